import type { GhostKey, RaceTimeTargets } from "@/app/lib/domain/race-data";
import { RACE_RULES, splitDelta, type Medal, type SplitDelta } from "@/app/lib/domain/races";
import { clockText, durationText } from "@/components/modules/labels";

/** Words and numbers of the race page, shared by the header, the runner and the finish screen. */

export const MEDAL_LABELS: Record<Medal, string> = { gold: "Gold", silver: "Silver", bronze: "Bronze" };

/** The medal's symbol; always shown next to its name, never alone. */
export const MEDAL_ICONS: Record<Medal, string> = { gold: "🥇", silver: "🥈", bronze: "🥉" };

export const DEFAULT_GHOST: GhostKey = "median";

/** "▲ 0:12 ahead" / "▼ 0:20 behind": the sign is in the words and the arrow, not only the colour. */
export function deltaText(delta: SplitDelta): string {
  return `${delta.ahead ? "▲" : "▼"} ${clockText(Math.abs(delta.deltaSeconds))} ${delta.ahead ? "ahead" : "behind"}`;
}

/** The same for a screen reader: "12 s ahead of the ghost". */
export function deltaWords(delta: SplitDelta): string {
  return `${durationText(Math.abs(delta.deltaSeconds))} ${delta.ahead ? "ahead of" : "behind"} the ghost`;
}

export function deltaClass(delta: SplitDelta): string {
  return delta.ahead ? "text-ok" : "text-bad";
}

/** Where a split stands against the ghost's time at that point; null without a ghost time. */
export function deltaAgainst(seconds: number, ghostSeconds: number | null): SplitDelta | null {
  return ghostSeconds === null ? null : splitDelta(seconds, ghostSeconds);
}

/** Why the targets are what they are, in a sentence. */
export function targetSourceText(source: RaceTimeTargets["source"]): string {
  switch (source) {
    case "ghosts":
      return "From earlier cohorts' finish times: gold beats three quarters of them, silver half, bronze a quarter.";
    case "calibration":
      return "From the average time of students' finished attempts (no earlier cohort has enough recorded runs yet): silver is the average, gold a quarter faster, bronze a quarter slower.";
    case "estimate":
      return "From the module's estimated time (nobody has a recorded time yet): silver is the estimate, gold a quarter faster, bronze a quarter slower.";
  }
}

/** Why a finish won no medal, or null when it won one. */
export function noMedalReason(timeSeconds: number, masteryScore: number, targets: RaceTimeTargets, medal: Medal | null): string | null {
  if (medal) return null;
  if (!(masteryScore >= RACE_RULES.masteryThreshold)) {
    return `No medal: a medal needs mastery of ${RACE_RULES.masteryThreshold} or more, and this run scored ${Math.round(masteryScore * 10) / 10}.`;
  }
  if (timeSeconds > targets.bronze) {
    return `No medal: bronze needs ${clockText(targets.bronze)} or less, and this run took ${clockText(timeSeconds)}.`;
  }
  return "No medal for this run.";
}

/** "#4 of 37", or "#4" when the number of listed students is not known. */
export function standingText(rank: number, of: number | null): string {
  return of === null || of < rank ? `#${rank}` : `#${rank} of ${of}`;
}
