import { describe, expect, test } from "vitest";
import type { RaceTimeTargets } from "@/app/lib/domain/race-data";
import type { Medal } from "@/app/lib/domain/races";
import { deltaAgainst, deltaText, deltaWords, noMedalReason, standingText } from "./race-format";

const TARGETS: RaceTimeTargets = { gold: 540, silver: 720, bronze: 900, source: "ghosts" };

describe("split deltas as the runner shows them", () => {
  test.each<[string, number, number | null, string | null, string | null]>([
    ["12 s faster is ahead", 247, 259, "▲ 0:12 ahead", "12 s ahead of the ghost"],
    ["20 s slower is behind", 279, 259, "▼ 0:20 behind", "20 s behind the ghost"],
    ["a tie is not behind", 259, 259, "▲ 0:00 ahead", "0 s ahead of the ghost"],
    ["over a minute reads as a clock", 400, 259, "▼ 2:21 behind", "2 min 21 s behind the ghost"],
    ["no ghost time, no delta", 259, null, null, null],
  ])("%s", (_label, mine, ghost, text, words) => {
    const delta = deltaAgainst(mine, ghost);
    expect(delta ? deltaText(delta) : null).toBe(text);
    expect(delta ? deltaWords(delta) : null).toBe(words);
  });
});

describe("why a finish won no medal", () => {
  test.each<[string, number, number, Medal | null, string | null]>([
    ["a medal needs no excuse", 500, 90, "gold", null],
    ["under mastery", 500, 65, null, "No medal: a medal needs mastery of 70 or more, and this run scored 65."],
    ["slower than bronze", 901, 90, null, "No medal: bronze needs 15:00 or less, and this run took 15:01."],
    ["mastery is named first when both apply", 1000, 40.25, null, "No medal: a medal needs mastery of 70 or more, and this run scored 40.3."],
  ])("%s", (_label, time, mastery, medal, expected) => {
    expect(noMedalReason(time, mastery, TARGETS, medal)).toBe(expected);
  });
});

describe("leaderboard standing", () => {
  test.each<[string, number, number | null, string]>([
    ["with the field size", 4, 37, "#4 of 37"],
    ["without it", 4, null, "#4"],
    ["a field size smaller than the rank is not shown", 5, 3, "#5"],
  ])("%s", (_label, rank, of, expected) => {
    expect(standingText(rank, of)).toBe(expected);
  });
});
