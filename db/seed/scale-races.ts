import { sql } from "drizzle-orm";
import { RACE_RULES } from "../../app/lib/domain/races";
import type { Executor } from "../client";
import { queryRows } from "../rows";

/**
 * Race history for the benchmark dataset, generated inside the database like the rest of it.
 * A share of the scale students' completed attempts becomes races, as the runtime records them:
 * a finished `module_attempts` row with each checkpoint's submit time, and a `race_runs` row
 * judged by the integrity rules against the module's targets. Mastered attempts are raced more
 * often (40 %) than the others (10 %) — students race what they are good at — which gives each
 * module about 2,700 listed runs at the default million attempts.
 */

const ISO = sql.raw(`'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'`);

/** Finished attempts (with checkpoint submit times) for the raced share of scale attempts. */
export async function insertRaceAttempts(tx: Executor): Promise<number> {
  const threshold = RACE_RULES.masteryThreshold;
  const [row] = await queryRows<{ n: number }>(
    tx,
    sql`WITH checkpoints AS (
        SELECT m.id AS module_id, v.version_id, v.version_number, c.cp ->> 'id' AS cp_id, c.i::int AS i,
          jsonb_array_length(v.spec_json -> 'checkpoints') AS n,
          ARRAY(SELECT q ->> 'id' FROM jsonb_array_elements(c.cp -> 'questions') WITH ORDINALITY AS qq(q, qi) ORDER BY qi) AS qids
        FROM modules m
        JOIN module_version_history v ON v.module_id = m.id AND v.version_number = m.current_version
        CROSS JOIN LATERAL jsonb_array_elements(
          CASE WHEN jsonb_typeof(v.spec_json -> 'checkpoints') = 'array' THEN v.spec_json -> 'checkpoints' ELSE '[]'::jsonb END
        ) WITH ORDINALITY AS c(cp, i)
      ), versions AS (
        SELECT DISTINCT module_id, version_id, version_number FROM checkpoints
      ), chosen AS (
        SELECT lp.log_id, lp.student_id, lp.module_id, lp.time_spent_seconds AS t, lp.mastery_score::float8 AS mastery,
          lp."timestamp" AS finished_at, lp."timestamp" - make_interval(secs => lp.time_spent_seconds) AS started_at
        FROM learner_performance lp
        WHERE lp.student_id LIKE 'scale-%' AND lp.completed AND lp.time_spent_seconds IS NOT NULL AND lp.mastery_score IS NOT NULL
          AND abs(hashtext('race:' || lp.log_id)) % 100 < CASE WHEN lp.mastery_score >= ${threshold} THEN 40 ELSE 10 END
      ), inserted AS (
        INSERT INTO module_attempts (student_id, module_id, version_id, version_number, status, started_at, last_activity_at, finished_at, answers, checkpoint_results, performance_log_id)
        SELECT c.student_id, c.module_id, v.version_id, v.version_number, 'finished', c.started_at, c.finished_at, c.finished_at, '{}'::jsonb, r.results, c.log_id
        FROM chosen c
        JOIN versions v ON v.module_id = c.module_id
        CROSS JOIN LATERAL (
          -- Checkpoint i of n is submitted within the i-th n-th of the first 85 % of the time, so
          -- the splits rise in order and the last leaves time to finish.
          SELECT jsonb_object_agg(k.cp_id, jsonb_build_object(
              'submittedAt', to_char(c.started_at + make_interval(secs => round(c.t * 0.85 * (k.i - 0.8 + (abs(hashtext(c.log_id || ':' || k.i)) % 80) / 100.0) / k.n)::float8), ${ISO}),
              'correct', k.correct, 'total', k.total, 'wrong', to_jsonb(k.qids[k.correct + 1 : k.total]))) AS results
          FROM (
            SELECT cp.cp_id, cp.i, cp.n, cp.qids, cardinality(cp.qids) AS total,
              LEAST(cardinality(cp.qids), round(c.mastery / 100 * cardinality(cp.qids))::int) AS correct
            FROM checkpoints cp WHERE cp.module_id = c.module_id
          ) k
        ) r
        ORDER BY c.log_id
        RETURNING 1
      )
      SELECT COUNT(*)::int AS n FROM inserted`,
  );
  return row!.n;
}

/**
 * The race runs of those attempts, against the targets the ghost build just wrote: the same
 * verdicts as `medalFor` and `integrityCheck` (the scale test compares them run by run),
 * computed in one statement. The floor is JavaScript's Math.round of the float product, hence
 * floor(x + 0.5) in float8, and mastery prints as `integrityCheck` prints it (tenths, truncated).
 */
export async function insertRaceRuns(tx: Executor): Promise<number> {
  const { masteryThreshold, integrityFloorShareOfGold } = RACE_RULES;
  const share = Math.round(integrityFloorShareOfGold * 100);
  const [row] = await queryRows<{ n: number }>(
    tx,
    sql`WITH runs AS (
        SELECT a.id AS attempt_id, a.student_id, a.module_id, a.started_at, a.finished_at, lp.time_spent_seconds AS t, lp.mastery_score AS mastery,
          (m.time_targets ->> 'gold')::int AS gold, (m.time_targets ->> 'silver')::int AS silver, (m.time_targets ->> 'bronze')::int AS bronze,
          floor((m.time_targets ->> 'gold')::float8 * ${integrityFloorShareOfGold}::float8 + 0.5)::int AS floor_seconds,
          (SELECT COALESCE(jsonb_agg(jsonb_build_object(
              'checkpointId', e.key,
              'seconds', GREATEST(0, round(EXTRACT(EPOCH FROM (((e.value ->> 'submittedAt')::timestamptz AT TIME ZONE 'UTC') - a.started_at))))::int,
              'at', e.value ->> 'submittedAt') ORDER BY e.value ->> 'submittedAt'), '[]'::jsonb)
            FROM jsonb_each(a.checkpoint_results) e) AS splits
        FROM module_attempts a
        JOIN learner_performance lp ON lp.log_id = a.performance_log_id
        JOIN race_metadata m ON m.module_id = a.module_id AND m.time_targets IS NOT NULL
        WHERE a.student_id LIKE 'scale-%' AND a.status = 'finished'
          AND NOT EXISTS (SELECT 1 FROM race_runs r WHERE r.attempt_id = a.id)
      ), judged AS (
        SELECT runs.*,
          CASE WHEN mastery >= ${masteryThreshold} THEN
            CASE WHEN t <= gold THEN 'gold' WHEN t <= silver THEN 'silver' WHEN t <= bronze THEN 'bronze' END
          END AS medal,
          (SELECT COALESCE(jsonb_agg(reason ORDER BY k), '[]'::jsonb)
            FROM unnest(ARRAY[
              CASE WHEN t < floor_seconds THEN 'Finished in ' || t || ' s, under the plausible floor of ' || floor_seconds || ' s (' || ${share}::int || ' % of the gold time)' END,
              CASE WHEN mastery < ${masteryThreshold} THEN 'Mastery ' || trim_scale(trunc(mastery, 1))::text || ' is under ' || ${masteryThreshold}::int END
            ]) WITH ORDINALITY AS x(reason, k) WHERE reason IS NOT NULL) AS reasons
        FROM runs
      ), inserted AS (
        INSERT INTO race_runs (attempt_id, student_id, module_id, ghost, status, started_at, finished_at, time_seconds, mastery_score, splits, medal, board_status, flag_reasons)
        SELECT attempt_id, student_id, module_id, 'median', 'finished', started_at, finished_at, t, mastery, splits, medal,
          CASE WHEN jsonb_array_length(reasons) = 0 THEN 'listed' ELSE 'flagged' END, reasons
        FROM judged ORDER BY attempt_id
        RETURNING 1
      )
      SELECT COUNT(*)::int AS n FROM inserted`,
  );
  return row!.n;
}
