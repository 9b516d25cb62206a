import { describe, expect, test } from "vitest";
import {
  CADENCE_ENTITIES,
  clearedHref,
  defaultTableQuery,
  exportHref,
  hasActiveFilters,
  parseTableQuery,
  tableHref,
  tableSearch,
  valueLabel,
  type CadenceEntity,
} from "./table-params";

const parse = (entity: CadenceEntity, search: string) => parseTableQuery(entity, new URLSearchParams(search));

describe("parseTableQuery", () => {
  test.each(CADENCE_ENTITIES)("the bare path of %s is the default view, with nothing to say", (entity) => {
    expect(parse(entity, "")).toEqual({ query: defaultTableQuery(entity), notices: [] });
  });

  test("reads every part of a tasks view", () => {
    const { query, notices } = parse(
      "tasks",
      "q=+antenna+&status=blocked,todo&subsystem=power&assignee=12&project=none&from=2025-01-01&to=2025-06-30&sort=title&dir=desc&page=3&size=50&cols=status,assignee",
    );
    expect(notices).toEqual([]);
    expect(query).toEqual({
      entity: "tasks",
      filters: {
        q: "antenna",
        status: ["blocked", "todo"],
        subsystem: ["power"],
        type: [],
        category: [],
        assignee: 12,
        owner: null,
        project: "none",
        from: "2025-01-01",
        to: "2025-06-30",
      },
      sort: "title",
      desc: true,
      page: 3,
      size: 50,
      columns: ["title", "status", "assignee"],
    });
  });

  test("reads repeated keys, as a plain HTML form sends them, in vocabulary order", () => {
    expect(parse("tasks", "status=todo&status=completed&status=todo").query.filters.status).toEqual(["completed", "todo"]);
  });

  test("takes a Next.js searchParams object too", () => {
    expect(parseTableQuery("documents", { type: ["program", "technical"], category: "documents_program", sort: undefined }).query.filters).toMatchObject({
      type: ["technical", "program"],
      category: ["documents_program"],
    });
  });

  test("a sort column alone starts in that column's natural direction", () => {
    expect(parse("tasks", "sort=due").query).toMatchObject({ sort: "due", desc: true });
    expect(parse("tasks", "sort=title").query).toMatchObject({ sort: "title", desc: false });
    expect(parse("meetings", "dir=asc").query).toMatchObject({ sort: "date", desc: false });
  });

  test.each<[string, CadenceEntity, string, string]>([
    ["an unknown status", "tasks", "status=done", "Ignored status “done”: not a known value."],
    ["an unknown subsystem", "people", "subsystem=propulsion", "Ignored subsystem “propulsion”: not a known value."],
    ["an assignee that is not a number", "tasks", "assignee=maya", "Ignored assignee “maya”: not a record number."],
    ["a negative project id", "meetings", "project=-4", "Ignored project “-4”: not a record number."],
    ["a date that does not exist", "tasks", "from=2025-02-30", "Ignored the start date “2025-02-30”: not a date (YYYY-MM-DD)."],
    ["a date in another format", "meetings", "to=03/04/2025", "Ignored the end date “03/04/2025”: not a date (YYYY-MM-DD)."],
    ["a column that does not sort", "meetings", "sort=attendees", "Ignored sort “attendees”: not a column this table sorts by."],
    ["a column of another table", "people", "sort=due", "Ignored sort “due”: not a column this table sorts by."],
    ["a bad direction", "tasks", "dir=up", "Ignored sort direction “up”: use asc or desc."],
    ["page zero", "tasks", "page=0", "Ignored page “0”: not a page number."],
    ["a page that is text", "tasks", "page=two", "Ignored page “two”: not a page number."],
    ["a page far away", "tasks", "page=99999999", "Ignored page “99999999”: too far."],
    ["an odd page size", "tasks", "size=7", "Ignored page size “7”: choose 10, 25, 50, 100."],
    ["an unknown column", "documents", "cols=type,secret", "Ignored column “secret”: this table has no such column."],
    ["a very long value", "tasks", `status=${"x".repeat(60)}`, `Ignored status “${"x".repeat(40)}…”: not a known value.`],
  ])("ignores %s and says so", (_label, entity, search, notice) => {
    const { query, notices } = parse(entity, search);
    expect(notices).toEqual([notice]);
    const plain = defaultTableQuery(entity);
    // Whatever was bad left the rest at its default.
    expect({ ...query, columns: plain.columns }).toEqual(plain);
  });

  test("filters another table offers are simply not read", () => {
    expect(parse("people", "status=todo&assignee=3")).toEqual({ query: defaultTableQuery("people"), notices: [] });
  });

  test("swaps a date range given backwards", () => {
    const { query, notices } = parse("tasks", "from=2025-06-30&to=2025-01-01");
    expect(query.filters).toMatchObject({ from: "2025-01-01", to: "2025-06-30" });
    expect(notices).toEqual(["The start date was after the end date; the two were swapped."]);
  });

  test("cuts a very long text filter", () => {
    const { query, notices } = parse("tasks", `q=${"a".repeat(150)}`);
    expect(query.filters.q).toHaveLength(100);
    expect(notices).toHaveLength(1);
  });

  test("the first column always stays visible; an empty cols shows only it", () => {
    expect(parse("tasks", "cols=").query.columns).toEqual(["title"]);
    expect(parse("tasks", "cols=due,title").query.columns).toEqual(["title", "due"]);
  });
});

describe("tableSearch", () => {
  test.each<[CadenceEntity, string]>([
    ["tasks", ""],
    ["tasks", "q=antenna&status=blocked,todo&subsystem=power,none&assignee=12&project=none&from=2025-01-01&to=2025-06-30&sort=title&dir=desc&page=3&size=50&cols=status,assignee"],
    ["tasks", "sort=due&dir=asc"],
    ["tasks", "cols="],
    ["people", "q=ma&subsystem=thermal&sort=email&dir=asc&cols=role,subsystem,email,tasks,projects"],
    ["projects", "status=none&owner=4&sort=owner&dir=desc&size=10"],
    ["meetings", "subsystem=avionics&project=51&from=2025-03-01&page=2"],
    ["documents", "type=technical&category=documents_technical&subsystem=none&cols=type,url"],
  ])("round trip: %s ?%s", (entity, search) => {
    const { query, notices } = parse(entity, search);
    expect(notices).toEqual([]);
    expect(tableSearch(query)).toBe(search);
    expect(parse(entity, tableSearch(query)).query).toEqual(query);
  });

  test("writes a canonical URL for a messy but valid one", () => {
    const { query } = parse("tasks", "status=todo&status=completed&sort=due&dir=desc&page=1&size=25&cols=status,due,assignee,project,subsystem");
    expect(tableHref(query)).toBe("/cadence/tasks?status=completed,todo");
  });

  test("the export link keeps filters, sort and columns but not the page", () => {
    const { query } = parse("tasks", "status=todo&sort=title&dir=asc&page=4&size=100&cols=status");
    expect(exportHref(query)).toBe("/api/cadence/tasks/export?status=todo&sort=title&dir=asc&cols=status");
    expect(exportHref(defaultTableQuery("people"))).toBe("/api/cadence/people/export");
  });

  test("clearing filters keeps the rest of the view", () => {
    const { query } = parse("tasks", "status=todo&q=x&sort=title&dir=asc&page=4&cols=status");
    expect(hasActiveFilters(query.filters)).toBe(true);
    expect(clearedHref(query)).toBe("/cadence/tasks?sort=title&dir=asc&cols=status");
    expect(hasActiveFilters(parse("tasks", "sort=title").query.filters)).toBe(false);
  });
});

describe("valueLabel", () => {
  test.each<[Parameters<typeof valueLabel>[0], string, string]>([
    ["status", "in_progress", "In progress"],
    ["subsystem", "mission_ops", "Mission operations"],
    ["category", "documents_technical", "Technical"],
    ["type", "workflow", "Workflow"],
  ])("%s %s reads %s", (key, value, label) => {
    expect(valueLabel(key, value)).toBe(label);
  });
});
