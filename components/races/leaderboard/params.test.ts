import { describe, expect, test } from "vitest";
import { NO_FILTERS, type LeaderboardFilters } from "@/db/queries/leaderboard-params";
import { hrefWith, leaderboardParams, otherParams, parseLeaderboardParams } from "./params";

describe("leaderboard URL state", () => {
  test.each<[string, Record<string, string | string[] | undefined>, Partial<LeaderboardFilters>]>([
    ["nothing is the unfiltered all-time board", {}, {}],
    ["every filter", { cohort: "1:Fall 2026", team: "4", university: "2", semester: "Spring 2026", window: "week", level: "competency" }, {
      cohort: { universityId: 1, semester: "Fall 2026" },
      teamId: 4,
      universityId: 2,
      semester: "Spring 2026",
      window: "week",
      level: "competency",
    }],
    ["a level of none is a filter", { level: "none" }, { level: "none" }],
    ["the first of repeated values", { team: ["3", "5"] }, { teamId: 3 }],
    ["blank values are no filter", { team: "", semester: "  ", window: "" }, {}],
    ["malformed values fall back to any", { cohort: "NIT", team: "x", university: "-1", window: "forever", level: "guru" }, {}],
    ["ids past the integer range are ignored", { team: "99999999999" }, {}],
  ])("%s", (_label, params, expected) => {
    expect(parseLeaderboardParams(params)).toEqual({ ...NO_FILTERS, ...expected });
  });

  test("filters round-trip through the query string, defaults left out", () => {
    const filters: LeaderboardFilters = { ...NO_FILTERS, cohort: { universityId: 3, semester: "Fall 2026" }, window: "semester", level: "none" };
    const pairs = leaderboardParams(filters);
    expect(pairs).toEqual([["cohort", "3:Fall 2026"], ["window", "semester"], ["level", "none"]]);
    expect(parseLeaderboardParams(Object.fromEntries(pairs))).toEqual(filters);
    expect(leaderboardParams(NO_FILTERS)).toEqual([]);
  });

  test("the page's own parameters are kept apart from the filters", () => {
    expect(otherParams({ ghost: "p25", team: "4", tab: ["a", "b"], window: "week", empty: undefined })).toEqual([["ghost", "p25"], ["tab", "a"], ["tab", "b"]]);
    expect(hrefWith("/races/x", [["ghost", "p25"], ["team", "4"]], "#leaderboard")).toBe("/races/x?ghost=p25&team=4#leaderboard");
    expect(hrefWith("/races/x", [])).toBe("/races/x");
  });
});
