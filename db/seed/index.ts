import { getTableColumns, getTableName, sql, type Table } from "drizzle-orm";
import type { PgTable } from "drizzle-orm/pg-core";
import type { Database, Executor } from "../client";
import * as schema from "../schema";
import { SUBSYSTEMS } from "../../app/lib/domain/vocabulary";
import { recomputeAllCalibrations, recomputeStudentCompetency } from "../learning/recompute";
import { queryRows } from "../rows";
import { buildLearning, moduleSpec } from "./demo-learning";
import { buildPeople, SEEDED_AT } from "./demo-people";
import { MODULE_CATALOG } from "./module-catalog";
import { buildProjects } from "./demo-projects";
import { buildRaceHistory, insertRaceHistory, upgradeDemoRaces } from "./demo-races";
import { SeededRandom } from "./random";

/** Changing the seed changes every demo row; tests pin the figures it produces. */
const DEMO_SEED = 20260824;
const BATCH_SIZE = 1000;

export function buildDemoData() {
  const random = new SeededRandom(DEMO_SEED);
  const people = buildPeople(random);
  const learning = buildLearning(random, people);
  const projects = buildProjects(random, people);
  // Last, so the rows drawn before it stay exactly as they were before races existed.
  const races = buildRaceHistory(random, people, learning);
  return { people, learning, projects, races };
}

export interface SeedResult {
  inserted: number;
  perTable: Record<string, number>;
  derived: DerivedLearning;
}

/**
 * Loads the demo data in one transaction. Every row carries a fixed primary key and conflicts
 * are skipped, so a second run inserts nothing and a partly seeded database is completed.
 */
export async function seedDemoData(db: Database): Promise<SeedResult> {
  const { people, learning, projects, races } = buildDemoData();
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
    [schema.moduleEnvironments, projects.moduleEnvironments],
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
    // Linked to the attempts by performance_log_id, not by fixed ids: an older demo database
    // upgraded later may already hold attempts taken in the app under those ids.
    const history = await insertRaceHistory(tx, races);
    perTable.module_attempts = history.attempts;
    perTable.race_runs = history.runs;
    inserted += history.attempts + history.runs;
    const derived = await completeDemoLearning(tx, { recomputeAll: inserted > 0 });
    perTable.subsystem_competency = derived.competencyRowsAdded;
    perTable.module_difficulty_calibrations = derived.calibrationsWritten;
    inserted += derived.competencyRowsAdded + derived.calibrationsWritten;
    if (inserted > 0 || derived.specsUpgraded > 0) {
      await tx.insert(schema.agentLog).values({
        agentName: "demo-seed",
        actionType: "seed",
        status: "success",
        message: `Loaded the demo learning data: ${inserted} rows${derived.specsUpgraded > 0 ? `; question bank added to ${derived.specsUpgraded} module versions` : ""}.`,
        metadata: { perTable, specsUpgraded: derived.specsUpgraded },
      });
    }
    return { inserted, perTable, derived };
  });
}

export interface DerivedLearning {
  /** Version 1.0.0 specs of an older seed that had no checkpoints, now given the question bank's. */
  specsUpgraded: number;
  competencyRowsAdded: number;
  /** Calibration rows inserted or changed. */
  calibrationsWritten: number;
}

/**
 * Brings a demo database seeded by an earlier version up to date, without reloading it: the
 * question bank into version 1.0.0 specs that lack checkpoints, competency for students without
 * their seven rows, calibration for modules without one. `npm run dev` calls it on an existing
 * embedded database. Idempotent: a current database is left untouched.
 */
export async function upgradeDemoLearning(db: Database): Promise<DerivedLearning> {
  return db.transaction((tx) => completeDemoLearning(tx, { recomputeAll: false }));
}

/**
 * The demo's race history (finished attempts with checkpoint times, races) for a demo database
 * seeded before races existed; row by row idempotent. Run the ghost build afterwards so the
 * leaderboards include the runs.
 */
export async function upgradeDemoRaceHistory(db: Database): Promise<{ attempts: number; runs: number }> {
  return upgradeDemoRaces(db, buildDemoData().races);
}

/**
 * The learning state derived from the seeded attempts: every student's seven competency rows
 * with levels computed from their attempts, and every module's calibration. Timestamps come
 * from the attempts themselves (SEEDED_AT when there are none), so two seeds are identical.
 * With `recomputeAll` (the seed just inserted attempts) every student and module is recomputed;
 * otherwise only what is missing. Unchanged rows are not rewritten.
 */
async function completeDemoLearning(tx: Executor, options: { recomputeAll: boolean }): Promise<DerivedLearning> {
  const specs = MODULE_CATALOG.map((m) => ({ slug: m.slug, spec: moduleSpec(m) }));
  const upgraded = await queryRows<{ version_id: number }>(
    tx,
    sql`UPDATE module_version_history v SET spec_json = x.spec
      FROM jsonb_to_recordset(${JSON.stringify(specs)}::jsonb) AS x(slug text, spec jsonb), modules m
      WHERE m.slug = x.slug AND v.module_id = m.id AND v.version_number = '1.0.0'
        AND NOT jsonb_exists(COALESCE(v.spec_json, '{}'::jsonb), 'checkpoints')
      RETURNING v.version_id`,
  );

  const students = await queryRows<{ id: string }>(
    tx,
    sql`SELECT s.id FROM students s
      WHERE ${options.recomputeAll} OR (SELECT COUNT(*) FROM subsystem_competency c WHERE c.student_id = s.id) < ${SUBSYSTEMS.length}
      ORDER BY s.id`,
  );
  let competencyRowsAdded = 0;
  for (const student of students) {
    competencyRowsAdded += (await recomputeStudentCompetency(tx, student.id, { seededAt: SEEDED_AT })).rowsAdded;
  }

  const [uncalibrated] = await queryRows<{ n: number }>(
    tx,
    sql`SELECT COUNT(*)::int AS n FROM modules m WHERE NOT EXISTS (SELECT 1 FROM module_difficulty_calibrations c WHERE c.module_id = m.id)`,
  );
  let calibrationsWritten = 0;
  if (options.recomputeAll || Number(uncalibrated?.n ?? 0) > 0) {
    const changes = await recomputeAllCalibrations(tx, { seededAt: SEEDED_AT });
    calibrationsWritten = changes.filter((c) => c.written).length;
  }
  return { specsUpgraded: upgraded.length, competencyRowsAdded, calibrationsWritten };
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
