import { sql } from "drizzle-orm";
import type { Viewer } from "../../app/lib/auth/roles";
import type { Checkpoint, CheckpointAnswers, ModuleSpecInput } from "../../app/lib/domain/module-spec";
import type { RaceGhostData, RaceTimeTargets } from "../../app/lib/domain/race-data";
import type { Database } from "../client";
import { queryRows } from "../rows";

/**
 * Test fixtures for the race engine's integration tests: a two-checkpoint module with known
 * ghosts and targets, student viewers, and a way to move a race's start into the past (the
 * server's clock is the only clock, so elapsed time is simulated in the database).
 */

export const RACE_SPEC: ModuleSpecInput = {
  title: "Race fixture: battery energy",
  summary: "Two checkpoints, for timing splits.",
  subsystem: "power",
  difficulty: "medium",
  estimatedMinutes: 10,
  sections: [
    { title: "Energy", bodyMarkdown: "Energy is power times time.", isCheckpoint: true },
    { title: "Margins", bodyMarkdown: "Keep a margin.", isCheckpoint: true },
  ],
  checkpoints: [
    {
      id: "first",
      title: "First checkpoint",
      afterSection: 0,
      questions: [
        {
          id: "mc-energy",
          kind: "multiple_choice",
          prompt: "Energy is…",
          options: [
            { id: "a", text: "power divided by time" },
            { id: "b", text: "power times time" },
          ],
          correctOptionId: "b",
          explanation: "E = P·t.",
        },
      ],
    },
    {
      id: "second",
      title: "Second checkpoint",
      afterSection: 1,
      questions: [
        {
          id: "mc-margin",
          kind: "multiple_choice",
          prompt: "A margin is kept…",
          options: [
            { id: "a", text: "for what the model misses" },
            { id: "b", text: "never" },
          ],
          correctOptionId: "a",
          explanation: "Models miss things.",
        },
      ],
    },
  ],
  masteryThreshold: 70,
};

export const RIGHT: Record<string, CheckpointAnswers> = { first: { "mc-energy": { optionId: "b" } }, second: { "mc-margin": { optionId: "a" } } };
export const WRONG: Record<string, CheckpointAnswers> = { first: { "mc-energy": { optionId: "a" } }, second: { "mc-margin": { optionId: "b" } } };

/** Targets: gold 4:00, silver 5:00, bronze 7:00; the integrity floor is 30 % of gold, 72 s. */
export const TARGETS: RaceTimeTargets = { gold: 240, silver: 300, bronze: 420, source: "ghosts" };
export const COHORT_ID = 901;

export const GHOSTS: RaceGhostData = {
  builtAt: "2026-08-01T00:00:00.000Z",
  pooled: {
    subsystem: "power",
    students: 12,
    attempts: 12,
    splits: [
      { checkpointId: "first", p25: 90, median: 120, p75: 150, n: 12 },
      { checkpointId: "second", p25: 220, median: 280, p75: 340, n: 12 },
    ],
    finish: { p25: 240, median: 300, p75: 420 },
    mastery: { p25: 70, median: 80, p75: 90 },
  },
  ghosts: [
    {
      cohortId: COHORT_ID,
      name: "NIT Spring 2026 · Power",
      university: "NIT",
      semester: "Spring 2026",
      subsystem: "power",
      students: 6,
      attempts: 6,
      splits: [
        { checkpointId: "first", p25: 100, median: 130, p75: 160, n: 6 },
        { checkpointId: "second", p25: 230, median: 290, p75: 350, n: 6 },
      ],
      finish: { p25: 250, median: 310, p75: 430 },
      mastery: { p25: 72, median: 81, p75: 88 },
    },
  ],
};

/** A published copy of the fixture module; with `ghosts`, race_metadata as the ghost builder writes it. */
export async function createRaceModule(db: Database, slug: string, options: { ghosts: boolean }): Promise<number> {
  const [module] = await queryRows<{ id: number }>(
    db,
    sql`INSERT INTO modules (slug, title, subsystem, status, current_version, estimated_minutes)
      VALUES (${slug}, ${RACE_SPEC.title}, 'power', 'published', '1.0.0', 10) RETURNING id`,
  );
  await db.execute(
    sql`INSERT INTO module_version_history (module_id, version_number, spec_json) VALUES (${module!.id}, '1.0.0', ${JSON.stringify(RACE_SPEC)}::jsonb)`,
  );
  if (options.ghosts) {
    await db.execute(sql`INSERT INTO race_metadata (module_id, ghost_data, time_targets, checkpoints)
      VALUES (${module!.id}, ${JSON.stringify(GHOSTS)}::jsonb, ${JSON.stringify(TARGETS)}::jsonb,
        ${JSON.stringify([{ id: "first", title: "First checkpoint", position: 1 }, { id: "second", title: "Second checkpoint", position: 2 }])}::jsonb)`);
  }
  return module!.id;
}

/** A student viewer for a seeded student record. */
export async function studentViewer(db: Database, id: string): Promise<Viewer> {
  const [row] = await queryRows<{ name: string; university_id: number }>(db, sql`SELECT name, university_id FROM students WHERE id = ${id}`);
  if (!row) throw new Error(`No seeded student ${id}`);
  return { userId: `user-${id}`, role: "student", name: row.name, email: `${id}@example.edu`, studentId: id, facultyId: null, universityId: row.university_id };
}

export function staffViewer(role: "faculty" | "admin", universityId: number | null): Viewer {
  return {
    userId: `${role}-${universityId ?? "all"}`,
    role,
    name: `Test ${role} ${universityId ?? ""}`.trim(),
    email: `${role}@example.edu`,
    studentId: null,
    facultyId: role === "faculty" ? 1 : null,
    universityId,
  };
}

/** Makes the race (and its attempt) have started `seconds` ago by the database clock. */
export async function startedAgo(db: Database, attemptId: number, seconds: number): Promise<void> {
  await db.execute(sql`UPDATE race_runs SET started_at = LOCALTIMESTAMP - make_interval(secs => ${seconds}) WHERE attempt_id = ${attemptId}`);
  await db.execute(sql`UPDATE module_attempts SET started_at = LOCALTIMESTAMP - make_interval(secs => ${seconds}) WHERE id = ${attemptId}`);
}

export function answersFor(checkpoint: Pick<Checkpoint, "id">, right: boolean): CheckpointAnswers {
  return (right ? RIGHT : WRONG)[checkpoint.id]!;
}
