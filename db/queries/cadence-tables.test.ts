import { sql } from "drizzle-orm";
import { parse } from "csv-parse/sync";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import type { Viewer } from "../../app/lib/auth/roles";
import { defaultTableQuery, NO_FILTERS, type CadenceEntity, type TableFilters, type TableQuery } from "../../app/lib/explorer/table-params";
import { queryRows } from "../rows";
import { importDemoCadence } from "../seed/cadence";
import { testTargets, type TestDatabase } from "../testing/databases";
import { AccessDenied } from "./access";
import {
  cadenceCsvChunks,
  csvSafe,
  exportFileName,
  getCadenceFacets,
  listCadenceTable,
  type CadenceRowOf,
  type TaskRow,
} from "./cadence-tables";

const STUDENT: Viewer = {
  userId: "demo-student",
  role: "student",
  name: "Emeka Eze",
  email: "student@basecamp.example.edu",
  studentId: "nit-26f-01",
  facultyId: null,
  universityId: null,
} as unknown as Viewer;

function tableQuery<E extends CadenceEntity>(entity: E, change: Partial<Omit<TableQuery, "filters">> & { filters?: Partial<TableFilters> } = {}) {
  const base = defaultTableQuery(entity);
  return { ...base, ...change, entity, filters: { ...NO_FILTERS, ...change.filters } } as TableQuery & { entity: E };
}

describe("csvSafe", () => {
  test.each<[string, string | number | null, string]>([
    ["plain text stays", "Thermal model", "Thermal model"],
    ["a formula is defused", "=HYPERLINK(\"x\")", "'=HYPERLINK(\"x\")"],
    ["a leading plus", "+1 spare", "'+1 spare"],
    ["a leading minus", "-5 V rail", "'-5 V rail"],
    ["a leading at", "@Maya", "'@Maya"],
    ["a number is a number", -3, "-3"],
    ["null is empty", null, ""],
  ])("%s", (_label, value, expected) => {
    expect(csvSafe(value)).toBe(expected);
  });

  test("the file name carries the entity and the UTC day", () => {
    expect(exportFileName("tasks", new Date("2026-11-25T23:30:00Z"))).toBe("cadence-tasks-2026-11-25.csv");
  });
});

describe.each(testTargets)("CADENCE tables on $name", (target) => {
  let database: TestDatabase;
  const db = () => database.handle.db;
  const count = async (query: ReturnType<typeof sql>) => (await queryRows<{ n: number }>(db(), query))[0]!.n;

  beforeAll(async () => {
    database = await target.open();
    await importDemoCadence(database.handle.db);
  });
  afterAll(() => database?.dispose());

  /** Every row of a view, page after page. */
  async function allRows<E extends CadenceEntity>(query: TableQuery & { entity: E }): Promise<CadenceRowOf[E][]> {
    const rows: CadenceRowOf[E][] = [];
    for (let page = 1; ; page++) {
      const result = await listCadenceTable(STUDENT, { ...query, page, size: 100 }, db());
      rows.push(...result.rows);
      if (page >= result.pageCount) return rows;
    }
  }

  async function csvOf(query: TableQuery, batchSize: number): Promise<string[][]> {
    let text = "";
    for await (const chunk of cadenceCsvChunks(STUDENT, query, { db: db(), batchSize })) text += chunk;
    return parse(text) as string[][];
  }

  test("every read needs a signed-in viewer", async () => {
    await expect(listCadenceTable(null, tableQuery("tasks"), db())).rejects.toThrow(AccessDenied);
    await expect(getCadenceFacets(null, tableQuery("tasks"), db())).rejects.toThrow(AccessDenied);
    await expect(cadenceCsvChunks(null, tableQuery("tasks"), { db: db() }).next()).rejects.toThrow(AccessDenied);
  });

  test("the plain tasks table: first page, total and page count", async () => {
    const total = await count(sql`SELECT count(*)::int AS n FROM cadence_tasks`);
    expect(total).toBeGreaterThan(100);
    const page = await listCadenceTable(STUDENT, tableQuery("tasks"), db());
    expect(page.total).toBe(total);
    expect(page.rows).toHaveLength(25);
    expect(page.page).toBe(1);
    expect(page.pageCount).toBe(Math.ceil(total / 25));
  });

  test("a task shows its assignee, its project and the project's subsystem", async () => {
    const [expected] = await queryRows<{ id: number; assignee: string; project: string; subsystem: string }>(
      db(),
      sql`SELECT t.task_id AS id, a.name AS assignee, p.name AS project, p.subsystem FROM cadence_tasks t
          JOIN cadence_people a ON a.person_id = t.assignee_id JOIN cadence_projects p ON p.project_id = t.project_id
          WHERE p.subsystem IS NOT NULL ORDER BY t.task_id LIMIT 1`,
    );
    const rows = await allRows(tableQuery("tasks"));
    const row = rows.find((r) => r.id === expected!.id)!;
    expect(row).toMatchObject({ assigneeName: expected!.assignee, projectName: expected!.project, subsystem: expected!.subsystem });
  });

  test.each<[string, CadenceEntity, Partial<TableFilters>, ReturnType<typeof sql>]>([
    ["tasks by status", "tasks", { status: ["todo", "blocked"] }, sql`SELECT count(*)::int AS n FROM cadence_tasks WHERE status IN ('todo', 'blocked')`],
    ["tasks without status or todo", "tasks", { status: ["todo", "none"] }, sql`SELECT count(*)::int AS n FROM cadence_tasks WHERE status = 'todo' OR status IS NULL`],
    [
      "tasks by their project's subsystem",
      "tasks",
      { subsystem: ["power"] },
      sql`SELECT count(*)::int AS n FROM cadence_tasks t JOIN cadence_projects p USING (project_id) WHERE p.subsystem = 'power'`,
    ],
    [
      "tasks without a subsystem",
      "tasks",
      { subsystem: ["none"] },
      sql`SELECT count(*)::int AS n FROM cadence_tasks t LEFT JOIN cadence_projects p USING (project_id) WHERE p.subsystem IS NULL`,
    ],
    [
      "tasks of one assignee",
      "tasks",
      { assignee: 13 },
      sql`SELECT count(*)::int AS n FROM cadence_tasks WHERE assignee_id = 13`,
    ],
    ["unassigned tasks", "tasks", { assignee: "none" }, sql`SELECT count(*)::int AS n FROM cadence_tasks WHERE assignee_id IS NULL`],
    ["tasks without a project", "tasks", { project: "none" }, sql`SELECT count(*)::int AS n FROM cadence_tasks WHERE project_id IS NULL`],
    [
      "tasks due in a range (both ends inclusive)",
      "tasks",
      { from: "2025-03-01", to: "2025-06-30" },
      sql`SELECT count(*)::int AS n FROM cadence_tasks WHERE due_date BETWEEN '2025-03-01' AND '2025-06-30'`,
    ],
    ["tasks by title words", "tasks", { q: "ANTENNA" }, sql`SELECT count(*)::int AS n FROM cadence_tasks WHERE title ILIKE '%antenna%'`],
    ["a % in the text is a character, not a wildcard", "tasks", { q: "%" }, sql`SELECT count(*)::int AS n FROM cadence_tasks WHERE strpos(title, '%') > 0`],
    [
      "meetings on the last day count whatever their time",
      "meetings",
      { from: "2025-03-06", to: "2025-03-31" },
      sql`SELECT count(*)::int AS n FROM cadence_meetings WHERE meeting_date >= '2025-03-06' AND meeting_date < '2025-04-01'`,
    ],
    [
      "meetings by their project's subsystem",
      "meetings",
      { subsystem: ["thermal", "power"] },
      sql`SELECT count(*)::int AS n FROM cadence_meetings m JOIN cadence_projects p USING (project_id) WHERE p.subsystem IN ('thermal', 'power')`,
    ],
    ["meetings of one project", "meetings", { project: 51 }, sql`SELECT count(*)::int AS n FROM cadence_meetings WHERE project_id = 51`],
    ["people by subsystem", "people", { subsystem: ["power"] }, sql`SELECT count(*)::int AS n FROM cadence_people WHERE subsystem = 'power'`],
    ["people by name", "people", { q: "an" }, sql`SELECT count(*)::int AS n FROM cadence_people WHERE name ILIKE '%an%'`],
    ["projects by status", "projects", { status: ["completed"] }, sql`SELECT count(*)::int AS n FROM cadence_projects WHERE status = 'completed'`],
    ["projects without an owner", "projects", { owner: "none" }, sql`SELECT count(*)::int AS n FROM cadence_projects WHERE owner_id IS NULL`],
    ["documents by type", "documents", { type: ["technical"] }, sql`SELECT count(*)::int AS n FROM cadence_documents WHERE doc_type = 'technical'`],
    [
      "documents by category",
      "documents",
      { category: ["documents_program", "documents_workflow"] },
      sql`SELECT count(*)::int AS n FROM cadence_documents WHERE category IN ('documents_program', 'documents_workflow')`,
    ],
    ["documents without subsystem", "documents", { subsystem: ["none"] }, sql`SELECT count(*)::int AS n FROM cadence_documents WHERE subsystem IS NULL`],
    [
      "filters combine",
      "tasks",
      { status: ["completed"], subsystem: ["avionics"], from: "2025-01-01" },
      sql`SELECT count(*)::int AS n FROM cadence_tasks t JOIN cadence_projects p USING (project_id)
          WHERE t.status = 'completed' AND p.subsystem = 'avionics' AND t.due_date >= '2025-01-01'`,
    ],
  ])("filter: %s", async (_label, entity, filters, oracle) => {
    const expected = await count(oracle);
    const page = await listCadenceTable(STUDENT, tableQuery(entity, { filters, size: 100 }), db());
    expect(page.total).toBe(expected);
    expect(page.rows.length).toBe(Math.min(expected, 100));
  });

  test("each filter finds some rows in the demo data, so the cases above test something", async () => {
    for (const filters of [{ status: ["blocked"] }, { assignee: "none" as const }, { q: "antenna" }]) {
      expect((await listCadenceTable(STUDENT, tableQuery("tasks", { filters }), db())).total).toBeGreaterThan(0);
    }
  });

  test.each<[string, boolean]>([
    ["ascending", false],
    ["descending", true],
  ])("sort by status %s: ties in id order, no status last, every row once", async (_label, desc) => {
    const rows = await allRows(tableQuery("tasks", { sort: "status", desc }));
    const total = await count(sql`SELECT count(*)::int AS n FROM cadence_tasks`);
    expect(new Set(rows.map((r) => r.id)).size).toBe(total);
    const key = (r: TaskRow) => r.status;
    for (let i = 1; i < rows.length; i++) {
      const [a, b] = [rows[i - 1]!, rows[i]!];
      if (key(a) === null) expect(key(b)).toBeNull();
      if (key(a) === key(b)) expect(desc ? a.id > b.id : a.id < b.id).toBe(true);
      else if (key(b) !== null) expect(desc ? key(a)! > key(b)! : key(a)! < key(b)!).toBe(true);
    }
  });

  test.each<[string, boolean]>([
    ["ascending", false],
    ["descending", true],
  ])("sort by due date %s keeps undated tasks last", async (_label, desc) => {
    const rows = await allRows(tableQuery("tasks", { sort: "due", desc }));
    const dates = rows.map((r) => r.dueDate);
    const firstNull = dates.indexOf(null);
    expect(firstNull).toBeGreaterThan(0);
    expect(dates.slice(firstNull).every((d) => d === null)).toBe(true);
    const dated = dates.slice(0, firstNull) as string[];
    expect(dated).toEqual([...dated].sort((a, b) => (desc ? b.localeCompare(a) : a.localeCompare(b))));
  });

  test("pages follow one another and a page past the end shows the last page", async () => {
    const all = await allRows(tableQuery("tasks", { sort: "title" }));
    const second = await listCadenceTable(STUDENT, tableQuery("tasks", { sort: "title", page: 2, size: 10 }), db());
    expect(second.rows.map((r) => r.id)).toEqual(all.slice(10, 20).map((r) => r.id));
    const beyond = await listCadenceTable(STUDENT, tableQuery("tasks", { sort: "title", page: 999, size: 10 }), db());
    expect(beyond.page).toBe(beyond.pageCount);
    expect(beyond.rows.map((r) => r.id)).toEqual(all.slice((beyond.pageCount - 1) * 10).map((r) => r.id));
  });

  test("an empty result has no rows, a zero total and one page", async () => {
    const page = await listCadenceTable(STUDENT, tableQuery("tasks", { filters: { q: "no task is called this" } }), db());
    expect(page).toEqual({ rows: [], total: 0, page: 1, pageCount: 1 });
  });

  test("people and projects carry their counts", async () => {
    const people = await allRows(tableQuery("people"));
    const tasks = await queryRows<{ id: number; n: number }>(db(), sql`SELECT assignee_id AS id, count(*)::int AS n FROM cadence_tasks GROUP BY 1`);
    for (const { id, n } of tasks.filter((t) => t.id !== null)) expect(people.find((p) => p.id === id)?.taskCount).toBe(n);
    const projects = await allRows(tableQuery("projects"));
    const byProject = await queryRows<{ id: number; n: number }>(db(), sql`SELECT project_id AS id, count(*)::int AS n FROM cadence_tasks GROUP BY 1`);
    for (const { id, n } of byProject.filter((t) => t.id !== null)) expect(projects.find((p) => p.id === id)?.taskCount).toBe(n);
  });

  test("facet counts come from SQL and leave out their own filter", async () => {
    const plain = await getCadenceFacets(STUDENT, tableQuery("tasks"), db());
    const statuses = await queryRows<{ status: string | null; n: number }>(db(), sql`SELECT status, count(*)::int AS n FROM cadence_tasks GROUP BY 1`);
    for (const { status, n } of statuses) expect(plain.options.status?.find((o) => o.value === (status ?? "none"))?.count).toBe(n);
    expect(plain.options.status?.map((o) => o.value).slice(0, 6)).toEqual(["completed", "in_progress", "blocked", "todo", "active", "unknown"]);
    expect(plain.options.subsystem?.find((o) => o.value === "power")?.label).toBe("Power");

    const filtered = await getCadenceFacets(STUDENT, tableQuery("tasks", { filters: { status: ["todo"], subsystem: ["power"] } }), db());
    // Status counts under the subsystem filter, all statuses still offered.
    const powerTodo = await count(
      sql`SELECT count(*)::int AS n FROM cadence_tasks t JOIN cadence_projects p USING (project_id) WHERE p.subsystem = 'power' AND t.status = 'todo'`,
    );
    expect(filtered.options.status?.find((o) => o.value === "todo")?.count).toBe(powerTodo);
    expect(filtered.options.status?.find((o) => o.value === "completed")?.count).toBeGreaterThan(0);
    // Subsystem counts under the status filter.
    const todoThermal = await count(
      sql`SELECT count(*)::int AS n FROM cadence_tasks t JOIN cadence_projects p USING (project_id) WHERE p.subsystem = 'thermal' AND t.status = 'todo'`,
    );
    expect(filtered.options.subsystem?.find((o) => o.value === "thermal")?.count).toBe(todoThermal);
  });

  test("record facets list names with counts, the unassigned group and a chosen record", async () => {
    const facets = await getCadenceFacets(STUDENT, tableQuery("tasks"), db());
    const assignees = facets.options.assignee!;
    const [top] = await queryRows<{ id: number; name: string; n: number }>(
      db(),
      sql`SELECT a.person_id AS id, a.name, count(*)::int AS n FROM cadence_tasks t JOIN cadence_people a ON a.person_id = t.assignee_id
          GROUP BY 1, 2 ORDER BY 3 DESC LIMIT 1`,
    );
    expect(assignees).toContainEqual({ value: String(top!.id), label: top!.name, count: top!.n });
    expect(assignees.at(-1)).toMatchObject({ value: "none", label: "Unassigned" });
    expect(facets.truncated.assignee).toBeUndefined();

    // A project outside the listed ones (none here) still shows when chosen, even with no rows.
    const filtered = await getCadenceFacets(STUDENT, tableQuery("tasks", { filters: { project: 1, status: ["unknown"] } }), db());
    expect(filtered.options.project?.some((o) => o.value === "1")).toBe(true);
  });

  test("the CSV holds every filtered row in the view's order, visible columns only", async () => {
    const query = tableQuery("tasks", {
      filters: { status: ["todo", "blocked"] },
      sort: "assignee",
      desc: true,
      columns: ["title", "status", "assignee"],
    });
    const expected = await allRows(query);
    const [header, ...rows] = await csvOf(query, 7);
    expect(header).toEqual(["id", "Title", "Status", "Assignee"]);
    expect(rows.map((r) => Number(r[0]))).toEqual(expected.map((r) => r.id));
    expect(rows[0]).toEqual([String(expected[0]!.id), csvSafe(expected[0]!.title), expected[0]!.status, expected[0]!.assigneeName ?? ""]);
    expect(rows.every((r) => r[2] === "todo" || r[2] === "blocked")).toBe(true);
  });

  test.each<[string, TableQuery]>([
    ["tasks by due date, undated last", tableQuery("tasks", { sort: "due", desc: false })],
    ["meetings by date, newest first", tableQuery("meetings")],
    ["projects by owner name", tableQuery("projects", { sort: "owner" })],
    ["documents by subsystem", tableQuery("documents", { sort: "subsystem", desc: true })],
    ["people by name", tableQuery("people")],
  ])("the CSV batches by keyset without losing or repeating a row: %s", async (_label, query) => {
    const expected = await allRows(query);
    const [, ...rows] = await csvOf(query, 5);
    expect(rows.map((r) => Number(r[0]))).toEqual(expected.map((r) => r.id));
  });

  test("an empty view exports just the header", async () => {
    const rows = await csvOf(tableQuery("meetings", { filters: { q: "nothing like this" } }), 10);
    expect(rows).toEqual([["id", "Name", "Date", "Project", "Subsystem", "Attendees"]]);
  });
});
