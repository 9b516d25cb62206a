import { describe, expect, test } from "vitest";
import { filterHref, viewHref, type TableView } from "./url-state";

const view: TableView = {
  basePath: "/cadence/tasks",
  search: "status=todo&sort=title&dir=asc&page=3",
  sort: { id: "title", desc: false },
  defaultSort: { id: "due", desc: true },
  page: 3,
  pageCount: 9,
  size: 25,
  defaultSize: 25,
  pageSizes: [10, 25, 50, 100],
  total: 220,
  columns: ["title", "status", "due"],
  defaultColumns: ["title", "status", "due", "assignee"],
  fixedColumns: ["title"],
};

describe("viewHref", () => {
  test.each<[string, Parameters<typeof viewHref>[1], string]>([
    ["another page", { page: 4 }, "/cadence/tasks?status=todo&sort=title&dir=asc&page=4"],
    ["page 1 leaves the URL", { page: 1 }, "/cadence/tasks?status=todo&sort=title&dir=asc"],
    ["a new sort from page 1", { sort: { id: "status", desc: true }, page: 1 }, "/cadence/tasks?status=todo&sort=status&dir=desc"],
    ["the default sort leaves the URL", { sort: { id: "due", desc: true }, page: 1 }, "/cadence/tasks?status=todo"],
    ["a page size", { size: 50, page: 1 }, "/cadence/tasks?status=todo&sort=title&dir=asc&size=50"],
    ["columns without the fixed one", { columns: ["title", "due"] }, "/cadence/tasks?status=todo&sort=title&dir=asc&page=3&cols=due"],
    ["the default columns leave the URL", { columns: ["title", "status", "due", "assignee"] }, "/cadence/tasks?status=todo&sort=title&dir=asc&page=3"],
  ])("%s", (_label, patch, expected) => {
    expect(viewHref(view, patch)).toBe(expected);
  });
});

describe("filterHref", () => {
  test("form fields replace theirs, join several values, drop empty ones and go back to page 1", () => {
    const form = new FormData();
    form.append("status", "blocked");
    form.append("status", "todo");
    form.append("q", "  ");
    form.append("assignee", "12");
    expect(filterHref("/cadence/tasks", view.search, ["q", "status", "subsystem", "assignee"], form)).toBe(
      "/cadence/tasks?status=blocked,todo&assignee=12&sort=title&dir=asc",
    );
  });

  test("an empty form clears the filters and keeps the rest", () => {
    expect(filterHref("/cadence/tasks", "status=todo&sort=title&dir=asc", ["status"], new FormData())).toBe("/cadence/tasks?sort=title&dir=asc");
  });
});
