import { describe, expect, test } from "vitest";
import { cohortSearch, heatSortHref, parseCohortParams, studentFilterSearch } from "./params";

const parse = (search: string) => parseCohortParams(new URLSearchParams(search));

describe("parseCohortParams", () => {
  test.each<[string, string, Record<string, unknown>]>([
    ["nothing asked: default cohort and views", "", { teamId: null, quietDays: 14, heat: { sort: "name", desc: false, page: 1 } }],
    ["a team", "team=4", { teamId: 4 }],
    ["a subsystem sort of the heat map starts with the highest level", "hsort=power", { heat: { sort: "power", desc: true, page: 1 } }],
    ["an explicit heat-map direction wins", "hsort=power&hdir=asc&hpage=2", { heat: { sort: "power", desc: false, page: 2 } }],
    ["days without activity", "days=30", { quietDays: 30 }],
  ])("%s", (_label, search, expected) => {
    const parsed = parse(search);
    expect(parsed).toMatchObject(expected);
    expect(parsed.notices).toEqual([]);
  });

  test.each<[string, string, RegExp]>([
    ["a team that is no number", "team=abc", /not a team number/],
    ["days out of range", "days=0", /from 1 to 365/],
    ["an unknown heat-map sort", "hsort=weather", /heat-map sort/],
    ["an unknown subsystem", "subsystem=weather", /not one of the seven/],
    ["an unknown level", "subsystem=power&level=guru", /not a competency level/],
    ["levels without a subsystem", "level=competency", /pick the subsystem/],
    ["an unknown sort", "sort=shoe", /not a column/],
    ["a page size the table does not offer", "size=7", /choose 25, 50, 100/],
  ])("ignores %s, saying so", (_label, search, notice) => {
    const parsed = parse(search);
    expect(parsed.notices).toHaveLength(1);
    expect(parsed.notices[0]).toMatch(notice);
  });

  test("the students table's filters, sort and page", () => {
    const parsed = parse("q=okafor&subsystem=power&level=integration,none&behind=yes&sort=mastered&page=2&size=50");
    expect(parsed.students).toEqual({
      q: "okafor",
      subsystem: "power",
      // Levels in rank order, whatever the URL's order.
      levels: ["none", "integration"],
      behind: true,
      sort: "mastered",
      desc: true,
      page: 2,
      size: 50,
    });
  });

  test("hidden columns keep the name column", () => {
    expect(parse("cols=team,power").columns).toEqual(["name", "team", "power"]);
  });
});

describe("links", () => {
  test.each([
    "team=4",
    "team=4&days=7&hsort=power&hdir=asc",
    "team=4&q=eze&subsystem=thermal&level=none,orientation&behind=yes&sort=mean&dir=asc&page=2&size=100",
    "team=4&cols=team,mastered",
  ])("%s survives a parse and a write", (search) => {
    const { notices, teamId, ...view } = parse(search);
    expect(notices).toEqual([]);
    expect(cohortSearch(view, teamId!)).toBe(search);
  });

  test("sorting the heat map by the column it is sorted by flips it, and goes back to its first page", () => {
    const { notices: _n, teamId: _t, ...view } = parse("team=4&hsort=power&hpage=2&days=7");
    expect(heatSortHref(view, 4, "power")).toBe("/cohorts?team=4&days=7&hsort=power&hdir=asc");
    expect(heatSortHref(view, 4, "name")).toBe("/cohorts?team=4&days=7");
  });

  test("clearing the filters keeps the cohort, the sort and the period", () => {
    const { notices: _n, teamId: _t, ...view } = parse("team=4&days=7&q=eze&behind=yes&sort=mean&dir=asc&page=2");
    expect(studentFilterSearch(view, 4, false)).toBe("team=4&days=7&sort=mean&dir=asc");
    expect(studentFilterSearch(view, 4, true)).toBe("team=4&days=7&q=eze&behind=yes&sort=mean&dir=asc");
  });
});
