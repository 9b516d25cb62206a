import { getTableColumns, getTableName, sql, type Table } from "drizzle-orm";
import type { PgTable } from "drizzle-orm/pg-core";
import type { Database, Executor } from "../client";
import * as schema from "../schema";
import { buildLearning } from "./demo-learning";
import { buildPeople } from "./demo-people";
import { buildProjects } from "./demo-projects";
import { SeededRandom } from "./random";

/** Changing the seed changes every demo row; tests pin the figures it produces. */
const DEMO_SEED = 20260824;
const BATCH_SIZE = 1000;

export function buildDemoData() {
  const random = new SeededRandom(DEMO_SEED);
  const people = buildPeople(random);
  const learning = buildLearning(random, people);
  const projects = buildProjects(random, people);
  return { people, learning, projects };
}

export interface SeedResult {
  inserted: number;
  perTable: Record<string, number>;
}

/**
 * Loads the demo data in one transaction. Every row carries a fixed primary key and conflicts
 * are skipped, so a second run inserts nothing and a partly seeded database is completed.
 */
export async function seedDemoData(db: Database): Promise<SeedResult> {
  const { people, learning, projects } = buildDemoData();
  // Parents before children, so foreign keys hold at every insert.
  const plan: [PgTable, Record<string, unknown>[]][] = [
    [schema.universities, people.universities],
    [schema.teams, people.teams],
    [schema.students, people.students],
    [schema.faculty, people.faculty],
    [schema.modules, learning.modules],
    [schema.moduleSections, learning.moduleSections],
    [schema.moduleVersionHistory, learning.moduleVersionHistory],
    [schema.modulePrerequisites, learning.modulePrerequisites],
    [schema.moduleAssignments, learning.moduleAssignments],
    [schema.learnerPerformance, learning.learnerPerformance],
    [schema.moduleProgress, learning.moduleProgress],
    [schema.moduleFeedback, learning.moduleFeedback],
    [schema.simulationEnvironments, projects.simulationEnvironments],
    [schema.projects, projects.projects],
    [schema.sandboxes, projects.sandboxes],
    [schema.riskFactors, projects.riskFactors],
    [schema.factorModels, projects.factorModels],
    [schema.modelFactors, projects.modelFactors],
    [schema.interfaces, projects.interfaces],
    [schema.factorValues, projects.factorValues],
    [schema.outcomes, projects.outcomes],
    [schema.modelValidations, projects.modelValidations],
    [schema.interfaceFactorValues, projects.interfaceFactorValues],
  ];

  return db.transaction(async (tx) => {
    const perTable: Record<string, number> = {};
    let inserted = 0;
    for (const [table, rows] of plan) {
      let count = 0;
      for (let i = 0; i < rows.length; i += BATCH_SIZE) {
        const result = await tx
          .insert(table)
          .values(rows.slice(i, i + BATCH_SIZE))
          .onConflictDoNothing()
          .returning({ one: sql<number>`1` });
        count += result.length;
      }
      await resetSequence(tx, table);
      perTable[getTableName(table)] = count;
      inserted += count;
    }
    if (inserted > 0) {
      await tx.insert(schema.agentLog).values({
        agentName: "demo-seed",
        actionType: "seed",
        status: "success",
        message: `Loaded the demo learning data: ${inserted} rows.`,
        metadata: { perTable },
      });
    }
    return { inserted, perTable };
  });
}

/** Rows were inserted with explicit ids; move the serial past them so app inserts don't collide. */
async function resetSequence(tx: Executor, table: Table): Promise<void> {
  const name = getTableName(table);
  const serial = Object.values(getTableColumns(table)).find(
    (column) => column.primary && column.columnType === "PgSerial",
  );
  if (!serial) return;
  const column = serial.name;
  await tx.execute(
    sql.raw(
      `SELECT setval(pg_get_serial_sequence('"${name}"', '${column}'), COALESCE((SELECT MAX("${column}") FROM "${name}"), 1), (SELECT COUNT(*) > 0 FROM "${name}"))`,
    ),
  );
}
