import { sql } from "drizzle-orm";
import { RUN_STATUSES, SUBSYSTEMS } from "../../app/lib/domain/vocabulary";
import type { Database, Executor } from "../client";
import { buildGhosts } from "../races/build-ghosts";
import { refreshLeaderboards } from "../races/build-ghosts-modules";
import { queryRows } from "../rows";
import { insertRaceAttempts, insertRaceRuns } from "./scale-races";

/**
 * A benchmark dataset: the imported CADENCE record copied `factor - 1` more times (so the
 * tables hold `factor` × the demo data, relations kept within each copy) and `agentLogEntries`
 * synthetic agent-log entries. Everything is generated inside the database with
 * generate_series, so a million rows take seconds rather than a million round trips.
 *
 * Copies are told apart by a `-x<k>` suffix on notion_page_id (and ` #<k>` on people's names,
 * which meetings' attendee lists refer to); synthetic log entries carry `"scale": true` in their
 * metadata. Both make the seed idempotent: a second run finds them and adds nothing.
 *
 * Races: a share of the scale students' completed attempts becomes race history (see
 * scale-races.ts), then the ghost build runs so ghosts, targets and the cached leaderboards
 * cover the grown data, and the runs are judged against those targets.
 */
export interface ScaleOptions {
  factor?: number;
  agentLogEntries?: number;
  /** Students in total, the demo's included; the others are `scale-<n>`, spread over the demo teams. */
  students?: number;
  /** learner_performance rows in total, the demo's included; the added ones belong to scale students. */
  attempts?: number;
  onStep?: (step: string, rows: number, ms: number) => void;
}

export interface ScaleResult {
  copiesAdded: number;
  rowsAdded: Record<string, number>;
  agentLogAdded: number;
  studentsAdded: number;
  attemptsAdded: number;
  /** Finished race runs added for scale students (each with its module_attempts row). */
  raceRunsAdded: number;
  /** The ghost build's summary when this run rebuilt the ghosts. */
  ghosts: string | null;
}

const COPY_SUFFIX = "-x";

export async function seedScaleData(db: Database, options: ScaleOptions = {}): Promise<ScaleResult> {
  const factor = options.factor ?? 100;
  const agentLogEntries = options.agentLogEntries ?? 1_000_000;
  if (!Number.isInteger(factor) || factor < 1) throw new Error("factor must be a whole number of at least 1");
  const result: ScaleResult = { copiesAdded: 0, rowsAdded: {}, agentLogAdded: 0, studentsAdded: 0, attemptsAdded: 0, raceRunsAdded: 0, ghosts: null };

  const step = async (name: string, run: () => Promise<number>) => {
    const started = performance.now();
    const rows = await run();
    result.rowsAdded[name] = (result.rowsAdded[name] ?? 0) + rows;
    options.onStep?.(name, rows, performance.now() - started);
  };

  await db.transaction(async (tx) => {
    const [originals] = await queryRows<{ n: number }>(
      tx,
      sql`SELECT count(*)::int AS n FROM cadence_raw_content WHERE notion_page_id NOT LIKE ${`%${COPY_SUFFIX}%`}`,
    );
    if (!originals || originals.n === 0) {
      throw new Error("No CADENCE record to scale up: import an export first (npm run db:seed imports the demo export).");
    }
    const [present] = await queryRows<{ k: number | null }>(
      tx,
      sql`SELECT max(substring(notion_page_id FROM ${`${COPY_SUFFIX}(\\d+)$`})::int) AS k FROM cadence_raw_content
        WHERE notion_page_id ~ ${`${COPY_SUFFIX}\\d+$`}`,
    );
    const from = (present?.k ?? 0) + 1;
    const to = factor - 1;
    if (from <= to) {
      result.copiesAdded = to - from + 1;
      await copyCadence(tx, from, to, step);
    }
  });

  await db.transaction(async (tx) => {
    const [existing] = await queryRows<{ n: number }>(
      tx,
      sql`SELECT count(*)::int AS n FROM ascent_basecamp_agent_log WHERE metadata @> '{"scale": true}'::jsonb`,
    );
    const missing = agentLogEntries - (existing?.n ?? 0);
    if (missing > 0) {
      await step("ascent_basecamp_agent_log", () => insertAgentLog(tx, existing?.n ?? 0, missing));
      result.agentLogAdded = missing;
    }
  });

  await db.transaction(async (tx) => {
    const wanted = options.students ?? 10_000;
    const [count] = await queryRows<{ n: number; scale: number }>(
      tx,
      sql`SELECT count(*)::int AS n, count(*) FILTER (WHERE id LIKE 'scale-%')::int AS scale FROM students`,
    );
    const missing = wanted - count!.n;
    if (missing > 0) {
      await step("students", () => insertStudents(tx, count!.scale, missing));
      result.studentsAdded = missing;
    }
  });

  await db.transaction(async (tx) => {
    const wanted = options.attempts ?? 1_000_000;
    const [count] = await queryRows<{ n: number }>(tx, sql`SELECT count(*)::int AS n FROM learner_performance`);
    const missing = wanted - count!.n;
    const [scaled] = await queryRows<{ n: number }>(
      tx,
      sql`SELECT count(*)::int AS n FROM learner_performance WHERE student_id LIKE 'scale-%'`,
    );
    // Scale students' attempts are written once, all together: topping up would break their numbering.
    if (missing > 0 && scaled!.n === 0) {
      await step("learner_performance", () => insertAttempts(tx, missing));
      result.attemptsAdded = missing;
    }
  });

  await addRaces(db, result, step);

  // Fresh statistics, or the planner judges the grown tables by their demo-sized figures.
  for (const table of [
    "cadence_raw_content",
    "cadence_people",
    "cadence_projects",
    "cadence_tasks",
    "cadence_meetings",
    "cadence_documents",
    "ascent_basecamp_agent_log",
    "students",
    "learner_performance",
    "module_attempts",
    "race_runs",
    // Small, but never analysed otherwise where autovacuum is off: without statistics the planner
    // took `modules WHERE status = 'published'` for one row and scanned every attempt (1.1 s).
    "modules",
    "teams",
    "module_progress",
    "subsystem_competency",
    "ghost_cohorts",
    "race_metadata",
  ]) {
    await db.execute(sql.raw(`ANALYZE "${table}"`));
  }
  return result;
}

type Step = (name: string, run: () => Promise<number>) => Promise<void>;

/**
 * Scale students' race history, written once like their attempts: the raced attempts, then the
 * ghost build (targets from the grown history), then the runs judged against those targets and
 * every module's cached leaderboard refreshed, in the runs' transaction.
 */
async function addRaces(db: Database, result: ScaleResult, step: Step): Promise<void> {
  const [state] = await queryRows<{ attempts: number; recorded: number }>(
    db,
    sql`SELECT (SELECT count(*)::int FROM learner_performance WHERE student_id LIKE 'scale-%') AS attempts,
        (SELECT count(*)::int FROM module_attempts WHERE student_id LIKE 'scale-%') AS recorded`,
  );
  if (!state || state.attempts === 0 || state.recorded > 0) return;
  await db.transaction((tx) => step("module_attempts", () => insertRaceAttempts(tx)));
  await db.execute(sql`ANALYZE module_attempts`);
  await step("ghost_cohorts", async () => {
    const built = await buildGhosts(db);
    result.ghosts = built.message;
    return built.ghosts.length + built.paces.length;
  });
  await db.transaction(async (tx) => {
    await step("race_runs", async () => {
      result.raceRunsAdded = await insertRaceRuns(tx);
      return result.raceRunsAdded;
    });
    await step("race_metadata (leaderboards)", async () => (await refreshLeaderboards(tx)).length);
  });
}

async function copyCadence(tx: Executor, from: number, to: number, step: Step): Promise<void> {
  const suffix = (column: string) => sql.raw(`${column} || '${COPY_SUFFIX}' || k`);
  const original = (alias: string) => sql.raw(`${alias}.notion_page_id NOT LIKE '%${COPY_SUFFIX}%'`);
  const copies = sql`generate_series(${from}::int, ${to}::int) AS k`;
  const count = async (statement: ReturnType<typeof sql>) =>
    (await queryRows<{ n: number }>(tx, sql`WITH inserted AS (${statement} RETURNING 1) SELECT count(*)::int AS n FROM inserted`))[0]!.n;

  await step("cadence_raw_content", () =>
    count(sql`INSERT INTO cadence_raw_content
        (notion_page_id, title, export_path, parent_page_id, database_name, properties, content_markdown, content_hash, category, keep, exclude_reason, sync_id)
      SELECT ${suffix("r.notion_page_id")}, r.title, r.export_path || ' (copy ' || k || ')', ${suffix("r.parent_page_id")},
        r.database_name, r.properties, r.content_markdown, r.content_hash, r.category, r.keep, r.exclude_reason, r.sync_id
      FROM cadence_raw_content r CROSS JOIN ${copies} WHERE ${original("r")}`),
  );
  // People found only by name have no page; the copy's name is what links them within a copy.
  await step("cadence_people", () =>
    count(sql`INSERT INTO cadence_people (name, role, subsystem, email, notion_page_id)
      SELECT p.name || ' #' || k, p.role, p.subsystem, replace(p.email, '@', '+' || k || '@'), ${suffix("p.notion_page_id")}
      FROM cadence_people p CROSS JOIN ${copies} WHERE p.name !~ ' #\\d+$'`),
  );
  await step("cadence_projects", () =>
    count(sql`INSERT INTO cadence_projects (name, description, subsystem, status, owner_id, notion_page_id)
      SELECT pr.name, pr.description, pr.subsystem, pr.status, owner_copy.person_id, ${suffix("pr.notion_page_id")}
      FROM cadence_projects pr CROSS JOIN ${copies}
      LEFT JOIN cadence_people owner ON owner.person_id = pr.owner_id
      LEFT JOIN cadence_people owner_copy ON owner_copy.name = owner.name || ' #' || k
      WHERE ${original("pr")}`),
  );
  await step("cadence_tasks", () =>
    count(sql`INSERT INTO cadence_tasks (title, description, status, due_date, assignee_id, project_id, notion_page_id)
      SELECT t.title, t.description, t.status, t.due_date + (k % 53) * 7, assignee_copy.person_id, project_copy.project_id, ${suffix("t.notion_page_id")}
      FROM cadence_tasks t CROSS JOIN ${copies}
      LEFT JOIN cadence_people assignee ON assignee.person_id = t.assignee_id
      LEFT JOIN cadence_people assignee_copy ON assignee_copy.name = assignee.name || ' #' || k
      LEFT JOIN cadence_projects project ON project.project_id = t.project_id
      LEFT JOIN cadence_projects project_copy ON project_copy.notion_page_id = project.notion_page_id || ${COPY_SUFFIX} || k
      WHERE ${original("t")}`),
  );
  await step("cadence_meetings", () =>
    count(sql`INSERT INTO cadence_meetings (name, meeting_date, attendees, project_id, notes, notion_page_id)
      SELECT m.name, m.meeting_date + make_interval(days => (k % 53) * 7),
        regexp_replace(m.attendees, '([^,]+)', '\\1 #' || k, 'g'), project_copy.project_id, m.notes, ${suffix("m.notion_page_id")}
      FROM cadence_meetings m CROSS JOIN ${copies}
      LEFT JOIN cadence_projects project ON project.project_id = m.project_id
      LEFT JOIN cadence_projects project_copy ON project_copy.notion_page_id = project.notion_page_id || ${COPY_SUFFIX} || k
      WHERE ${original("m")}`),
  );
  await step("cadence_documents", () =>
    count(sql`INSERT INTO cadence_documents (title, url, doc_type, category, subsystem, notion_page_id)
      SELECT d.title, d.url, d.doc_type, d.category, d.subsystem, ${suffix("d.notion_page_id")}
      FROM cadence_documents d CROSS JOIN ${copies} WHERE ${original("d")}`),
  );
}

/** Agents and the actions they log, roughly as the product's own agents and an external one do. */
const AGENTS: readonly (readonly [agent: string, actions: readonly string[]])[] = [
  ["notion-importer", ["extract", "classify", "transform", "load"]],
  ["competency-engine", ["level_change", "recompute"]],
  ["calibration-job", ["calibrate"]],
  ["ghost-builder", ["build"]],
  ["module-generator", ["generate"]],
  ["ci-monitor", ["deploy_check", "link_check"]],
];

/**
 * `count` entries, newest first one minute apart from now, numbered on from `offset` so a
 * topped-up run continues the same sequence. Statuses: mostly success, some info, 3 % partial,
 * 2 % failed with an error and resolution; one in eight about a student (metadata.studentId).
 */
async function insertAgentLog(tx: Executor, offset: number, count: number): Promise<number> {
  const agents = `ARRAY[${AGENTS.map(([a]) => `'${a}'`).join(",")}]`;
  const actions = `ARRAY[${AGENTS.map(([, list]) => `ARRAY[${[0, 1, 2, 3].map((i) => `'${list[i % list.length]}'`).join(",")}]`).join(",")}]`;
  const subsystems = `ARRAY[${SUBSYSTEMS.map((s) => `'${s}'`).join(",")}]`;
  if (!RUN_STATUSES.includes("failed") || !RUN_STATUSES.includes("partial")) throw new Error("run statuses changed");
  const students = await queryRows<{ id: string }>(tx, sql`SELECT id FROM students ORDER BY id`);
  const studentIds = JSON.stringify(students.map((s) => s.id));
  const rows = await queryRows<{ n: number }>(
    tx,
    sql`WITH params AS (
        SELECT ${sql.raw(agents)} AS agents, ${sql.raw(actions)} AS actions, ${sql.raw(subsystems)} AS subsystems,
          ${studentIds}::jsonb AS students
      ), series AS (
        SELECT g, 1 + (g % ${AGENTS.length}) AS a, 1 + ((g / 7) % 4) AS act, g % 100 AS roll FROM generate_series(${offset + 1}::int, ${offset + count}::int) AS g
      ), inserted AS (
        INSERT INTO ascent_basecamp_agent_log (timestamp, agent_name, action_type, subsystem, status, error, resolution, message, metadata)
        SELECT
          date_trunc('second', CURRENT_TIMESTAMP) - make_interval(mins => g),
          params.agents[a],
          params.actions[a][act],
          CASE WHEN g % 9 = 0 THEN NULL ELSE params.subsystems[1 + (g % ${SUBSYSTEMS.length})] END,
          CASE WHEN roll < 2 THEN 'failed' WHEN roll < 5 THEN 'partial' WHEN roll < 20 THEN 'info' ELSE 'success' END,
          CASE WHEN roll < 2 THEN 'Timed out after 30 s waiting for the database (attempt ' || (g % 3 + 1) || ')' END,
          CASE WHEN roll < 2 THEN 'Retried on the next schedule' END,
          params.agents[a] || ' ' || params.actions[a][act] || ' #' || g,
          jsonb_build_object('scale', true, 'batch', g % 1000, 'durationMs', (g * 37) % 5000)
            || CASE WHEN g % 8 = 0 AND jsonb_array_length(params.students) > 0
                 THEN jsonb_build_object('studentId', params.students ->> (g % jsonb_array_length(params.students)))
                 ELSE '{}'::jsonb END
            || CASE WHEN g % 5 = 0 THEN jsonb_build_object('records', jsonb_build_array(jsonb_build_object('entity', 'task', 'id', 1 + g % 400)))
                 ELSE '{}'::jsonb END
        FROM series, params
        RETURNING 1
      )
      SELECT count(*)::int AS n FROM inserted`,
  );
  return rows[0]!.n;
}

const FIRST_NAMES = ["Ada", "Bo", "Chen", "Dara", "Eli", "Fatou", "Goran", "Hana", "Ines", "Jonas", "Kemi", "Lars", "Mei", "Nadia", "Omar", "Priya", "Quinn", "Rosa", "Sven", "Tara", "Umar", "Vera", "Wen", "Yusuf", "Zoe"];
const LAST_NAMES = ["Abara", "Berg", "Costa", "Dubois", "Eze", "Fischer", "Garcia", "Haddad", "Ito", "Jensen", "Kowalski", "Lopez", "Moreau", "Nakamura", "Okafor", "Petrov", "Quist", "Rossi", "Silva", "Tanaka", "Umeh", "Vogel", "Wang", "Yilmaz", "Zhou"];

/** A literal array of our own constant words (no quotes in them), for SQL text. */
function textArray(words: readonly string[]): string {
  return `ARRAY[${words.map((w) => `'${w.replaceAll("'", "''")}'`).join(", ")}]::text[]`;
}

/** `count` students numbered on from `offset`, spread round-robin over the demo's teams. */
async function insertStudents(tx: Executor, offset: number, count: number): Promise<number> {
  const rows = await queryRows<{ n: number }>(
    tx,
    sql`WITH team_list AS (
        SELECT row_number() OVER (ORDER BY id) - 1 AS i, id, university_id, semester FROM teams
      ), n_teams AS (SELECT count(*) AS n FROM team_list),
      inserted AS (
        INSERT INTO students (id, name, email, team_id, university_id, semester, public_leaderboard)
        SELECT 'scale-' || lpad(g::text, 5, '0'),
          (${sql.raw(textArray(FIRST_NAMES))})[1 + g % ${FIRST_NAMES.length}] || ' ' || (${sql.raw(textArray(LAST_NAMES))})[1 + (g / ${FIRST_NAMES.length}) % ${LAST_NAMES.length}],
          'scale-' || g || '@students.example.edu',
          t.id, t.university_id, t.semester, g % 4 = 0
        FROM generate_series(${offset + 1}::int, ${offset + count}::int) AS g
        CROSS JOIN n_teams
        JOIN team_list t ON t.i = g % n_teams.n
        RETURNING 1
      )
      SELECT count(*)::int AS n FROM inserted`,
  );
  return rows[0]!.n;
}

/**
 * `count` finished attempts over the scale students, about the same number each: a student
 * works through the catalogue from a starting point of their own and comes back for further
 * attempts after the last module, so attempt numbers count up per student and module. Scores,
 * times and dates come from a hash of the student and step, so a rebuild gives the same rows.
 */
async function insertAttempts(tx: Executor, count: number): Promise<number> {
  const rows = await queryRows<{ n: number }>(
    tx,
    sql`WITH scale_students AS (
        SELECT row_number() OVER (ORDER BY id) - 1 AS i, id FROM students WHERE id LIKE 'scale-%'
      ), sizes AS (
        SELECT (SELECT count(*) FROM scale_students) AS students, (SELECT count(*) FROM modules) AS modules
      ), module_list AS (
        SELECT row_number() OVER (ORDER BY id) - 1 AS i, id FROM modules
      ), steps AS (
        SELECT s.id AS student_id, s.i, k, sizes.modules
        FROM scale_students s CROSS JOIN sizes
        CROSS JOIN LATERAL generate_series(0, (${count}::bigint / sizes.students
          + CASE WHEN s.i < ${count}::bigint % sizes.students THEN 1 ELSE 0 END)::int - 1) AS k
      ), inserted AS (
        INSERT INTO learner_performance (student_id, module_id, attempt_number, time_spent_seconds, errors_count, mastery_score, completed, timestamp)
        SELECT steps.student_id, m.id, 1 + k / steps.modules,
          300 + abs(hashtext(steps.student_id || ':' || k)) % 3300,
          abs(hashtext(k || ':' || steps.student_id)) % 11,
          round((40 + (abs(hashtext(steps.student_id || '/' || k)) % 6001) / 100.0)::numeric, 2),
          abs(hashtext(steps.student_id || '#' || k)) % 20 <> 0,
          date_trunc('second', CURRENT_TIMESTAMP) - make_interval(days => 365 - least(364, k * 3), secs => abs(hashtext(steps.student_id)) % 86400)
        FROM steps JOIN module_list m ON m.i = (steps.i + k) % steps.modules
        RETURNING 1
      )
      SELECT count(*)::int AS n FROM inserted`,
  );
  return rows[0]!.n;
}
