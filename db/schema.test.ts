import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import type { Database } from "./client";
import { queryRows } from "./rows";
import { testTargets, type TestDatabase } from "./testing/databases";
import { SUPPORT_TABLES, OUR_TABLES, SPEC_FOREIGN_KEYS, SPEC_INDEXES, SPEC_TABLES } from "./testing/spec-tables";

interface ColumnRow {
  table_name: string;
  column_name: string;
  data_type: string;
  character_maximum_length: number | null;
  numeric_precision: number | null;
  numeric_scale: number | null;
  is_nullable: "YES" | "NO";
  column_default: string | null;
}

/** Renders an information_schema column in SPEC_TABLES' notation. */
function notation(c: ColumnRow): string {
  if (c.data_type === "integer" && c.column_default?.startsWith("nextval(")) return "serial";
  const type =
    c.data_type === "character varying"
      ? `varchar(${c.character_maximum_length})`
      : c.data_type === "numeric"
        ? `numeric(${c.numeric_precision},${c.numeric_scale})`
        : c.data_type === "timestamp without time zone"
          ? "timestamp"
          : c.data_type;
  const notNull = c.is_nullable === "NO" ? "!" : "";
  const def = c.column_default === null ? "" : c.column_default === "CURRENT_TIMESTAMP" ? "=now" : `=${c.column_default}`;
  return `${type}${notNull}${def}`;
}

const rows = queryRows;

describe.each(testTargets)("schema on $name", (target) => {
  let test_db: TestDatabase;
  let db: Database;

  beforeAll(async () => {
    test_db = await target.open();
    db = test_db.handle.db;
  });
  afterAll(() => test_db?.dispose());

  test("has exactly the spec's 37 tables, besides sign-in's own", async () => {
    const tables = await rows<{ table_name: string }>(
      db,
      sql`SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE'`,
    );
    const names = tables.map((t) => t.table_name).filter((n) => !SUPPORT_TABLES.includes(n)).sort();
    expect(names).toEqual([...Object.keys(SPEC_TABLES), ...OUR_TABLES].sort());
    expect(names).toHaveLength(37);
  });

  test("the 15 specified tables have the spec's columns, types, nullability and defaults", async () => {
    const columns = await rows<ColumnRow>(
      db,
      sql`SELECT table_name, column_name, data_type, character_maximum_length, numeric_precision, numeric_scale, is_nullable, column_default
          FROM information_schema.columns WHERE table_schema = 'public' ORDER BY table_name, ordinal_position`,
    );
    for (const [table, expected] of Object.entries(SPEC_TABLES)) {
      const actual = Object.fromEntries(
        columns.filter((c) => c.table_name === table).map((c) => [c.column_name, notation(c)]),
      );
      expect(actual, table).toEqual(expected);
    }
  });

  test("every table has a primary key and the spec's serial keys are primary", async () => {
    const keys = await rows<{ table_name: string; column_name: string }>(
      db,
      sql`SELECT tc.table_name, kcu.column_name FROM information_schema.table_constraints tc
          JOIN information_schema.key_column_usage kcu ON kcu.constraint_name = tc.constraint_name AND kcu.table_schema = tc.table_schema
          WHERE tc.table_schema = 'public' AND tc.constraint_type = 'PRIMARY KEY'`,
    );
    const byTable = new Map(keys.map((k) => [k.table_name, k.column_name]));
    for (const table of [...Object.keys(SPEC_TABLES), ...OUR_TABLES]) expect(byTable.has(table), table).toBe(true);
    for (const [table, columns] of Object.entries(SPEC_TABLES)) {
      const serial = Object.entries(columns).find(([, type]) => type === "serial")![0];
      expect(byTable.get(table), table).toBe(serial);
    }
    const students = await rows<ColumnRow>(
      db,
      sql`SELECT * FROM information_schema.columns WHERE table_name = 'students' AND column_name = 'id'`,
    );
    expect(students[0]?.data_type).toBe("character varying");
    expect(byTable.get("students")).toBe("id");
    const modules = await rows<ColumnRow>(
      db,
      sql`SELECT * FROM information_schema.columns WHERE table_name = 'modules' AND column_name = 'id'`,
    );
    expect(modules[0]?.data_type).toBe("integer");
  });

  test("has the spec's foreign keys, and every foreign key states its ON DELETE rule", async () => {
    const fks = await rows<{ source: string; target: string; delete_rule: string }>(
      db,
      sql`SELECT kcu.table_name || '.' || kcu.column_name AS source,
                 ccu.table_name || '.' || ccu.column_name AS target, rc.delete_rule
          FROM information_schema.referential_constraints rc
          JOIN information_schema.key_column_usage kcu ON kcu.constraint_name = rc.constraint_name AND kcu.constraint_schema = rc.constraint_schema
          JOIN information_schema.constraint_column_usage ccu ON ccu.constraint_name = rc.constraint_name AND ccu.constraint_schema = rc.constraint_schema
          WHERE rc.constraint_schema = 'public'`,
    );
    const pairs = fks.map((f) => [f.source, f.target]);
    for (const fk of SPEC_FOREIGN_KEYS) expect(pairs, fk.join(" → ")).toContainEqual(fk);
    // Our own tables are related too: at least one foreign key leaves each of these.
    for (const table of ["teams", "students", "faculty", "module_sections", "module_progress", "sandboxes", "model_factors", "factor_values", "interface_factor_values", "cadence_raw_content"]) {
      expect(fks.some((f) => f.source.startsWith(`${table}.`)), table).toBe(true);
    }
    for (const fk of fks) expect(fk.delete_rule, fk.source).not.toBe("NO ACTION");
  });

  test("has the unique constraints that keep re-imports and runtime rows single", async () => {
    const uniques = await rows<{ table_name: string; columns: string }>(
      db,
      sql`SELECT tc.table_name, string_agg(kcu.column_name, ',' ORDER BY kcu.ordinal_position) AS columns
          FROM information_schema.table_constraints tc
          JOIN information_schema.key_column_usage kcu ON kcu.constraint_name = tc.constraint_name AND kcu.table_schema = tc.table_schema
          WHERE tc.table_schema = 'public' AND tc.constraint_type = 'UNIQUE'
          GROUP BY tc.table_name, tc.constraint_name`,
    );
    const has = (table: string, columns: string) =>
      uniques.some((u) => u.table_name === table && u.columns === columns);
    for (const table of ["cadence_people", "cadence_projects", "cadence_tasks", "cadence_meetings", "cadence_documents", "cadence_raw_content"]) {
      expect(has(table, "notion_page_id"), `${table}.notion_page_id`).toBe(true);
    }
    expect(has("cadence_people", "email")).toBe(true);
    expect(has("students", "email")).toBe(true);
    expect(has("faculty", "email")).toBe(true);
    expect(has("modules", "slug")).toBe(true);
    expect(has("module_prerequisites", "module_id,prerequisite_module_id")).toBe(true);
    expect(has("subsystem_competency", "student_id,subsystem")).toBe(true);
    expect(has("module_progress", "student_id,module_id")).toBe(true);
  });

  test("has every index the spec names", async () => {
    const indexes = await rows<{ tablename: string; indexdef: string }>(
      db,
      sql`SELECT tablename, indexdef FROM pg_indexes WHERE schemaname = 'public'`,
    );
    for (const [table, column] of SPEC_INDEXES) {
      const found = indexes.some(
        (i) => i.tablename === table && new RegExp(`\\(\\s*"?${column}"?[\\s,)]`).test(i.indexdef),
      );
      expect(found, `index on ${table}(${column})`).toBe(true);
    }
  });

  test.each([
    ["a subsystem outside the vocabulary", sql`INSERT INTO cadence_people (name, subsystem) VALUES ('A', 'propulsion')`],
    ["a task status outside the vocabulary", sql`INSERT INTO cadence_tasks (title, status) VALUES ('T', 'done')`],
    ["a competency level outside the four", sql`INSERT INTO subsystem_competency (subsystem, competency_level) VALUES ('power', 'expert')`],
    ["a feedback rating of 6", sql`INSERT INTO module_feedback (student_id, module_id, rating) VALUES ('nobody', 1, 6)`],
    ["a mastery score above 100", sql`INSERT INTO learner_performance (mastery_score) VALUES (100.5)`],
    ["an audit action that is not resource.verb", sql`INSERT INTO audit_logs (action, entity_type) VALUES ('Updated module', 'module')`],
  ])("refuses %s", async (_label, statement) => {
    await expect(db.execute(statement)).rejects.toThrow();
  });

  test("refuses a module as its own prerequisite, a duplicate pair and a duplicate notion_page_id", async () => {
    await db.execute(sql`INSERT INTO modules (id, slug, title, subsystem) VALUES (9001, 'x-a', 'A', 'power'), (9002, 'x-b', 'B', 'power')`);
    await expect(
      db.execute(sql`INSERT INTO module_prerequisites (module_id, prerequisite_module_id) VALUES (9001, 9001)`),
    ).rejects.toThrow();
    await db.execute(sql`INSERT INTO module_prerequisites (module_id, prerequisite_module_id) VALUES (9002, 9001)`);
    await expect(
      db.execute(sql`INSERT INTO module_prerequisites (module_id, prerequisite_module_id) VALUES (9002, 9001)`),
    ).rejects.toThrow();
    await db.execute(sql`INSERT INTO cadence_tasks (title, notion_page_id) VALUES ('T1', '0b8a3d6e-1111-4222-8333-444455556666')`);
    await expect(
      db.execute(sql`INSERT INTO cadence_tasks (title, notion_page_id) VALUES ('T2', '0b8a3d6e-1111-4222-8333-444455556666')`),
    ).rejects.toThrow();
  });
});
