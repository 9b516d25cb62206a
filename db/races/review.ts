import "server-only";
import { sql } from "drizzle-orm";
import { z } from "zod";
import { canViewStudent, type Viewer } from "../../app/lib/auth/roles";
import { recordAudit } from "../audit";
import type { Database } from "../client";
import { getDb } from "../index";
import { assertRole } from "../queries/access";
import { queryRows } from "../rows";
import type { BoardStatus } from "../schema/races";
import { refreshLeaderboardCache } from "./leaderboard-cache";

/**
 * Faculty review of flagged race runs (too fast to be plausible, or under the mastery line):
 * `list` puts the run on the leaderboard, `reject` keeps it off for good and takes its medal
 * away. Faculty review the runs of their own university's students (anyone else's run is "not
 * found", as if it did not exist); admins review all. The decision, the audit entry and the
 * module's cached leaderboard are written in one transaction.
 */

const ReviewInput = z.object({
  runId: z.number().int().positive(),
  decision: z.enum(["list", "reject"]),
  note: z.string().trim().max(1000).optional(),
});

export async function reviewRaceRun(
  viewer: Viewer | null,
  input: { runId: number; decision: "list" | "reject"; note?: string },
  db?: Database,
): Promise<{ ok: true } | { ok: false; message: string }> {
  assertRole(viewer, ["faculty", "admin"]);
  const parsed = ReviewInput.safeParse(input);
  if (!parsed.success) return { ok: false, message: "Choose to list or reject a run, with a note of at most 1,000 characters." };
  const { runId, decision, note } = parsed.data;
  const database = db ?? (await getDb());
  return database.transaction(async (tx) => {
    const [run] = await queryRows<{
      module_id: number;
      student_id: string;
      university_id: number;
      board_status: BoardStatus;
      flag_reasons: string[];
      medal: string | null;
      time_seconds: number | null;
    }>(
      tx,
      sql`SELECT r.module_id, r.student_id, s.university_id, r.board_status, r.flag_reasons, r.medal, r.time_seconds
        FROM race_runs r JOIN students s ON s.id = r.student_id
        WHERE r.id = ${runId} FOR UPDATE OF r`,
    );
    if (!run || !canViewStudent(viewer, { id: run.student_id, universityId: run.university_id })) {
      return { ok: false, message: "This race run was not found." };
    }
    if (run.board_status !== "flagged") {
      return { ok: false, message: `This run is not waiting for review: it is already ${run.board_status}.` };
    }
    const boardStatus: BoardStatus = decision === "list" ? "listed" : "rejected";
    await tx.execute(sql`UPDATE race_runs SET board_status = ${boardStatus}, reviewed_by = ${viewer.name}, reviewed_at = LOCALTIMESTAMP,
        medal = ${decision === "list" ? sql`medal` : sql`NULL`}
      WHERE id = ${runId}`);
    await recordAudit(tx, {
      actorId: viewer.userId,
      actorLabel: viewer.name,
      action: "race_run.review",
      entityType: "race_run",
      entityId: String(runId),
      before: { boardStatus: run.board_status, flagReasons: run.flag_reasons, medal: run.medal },
      after: {
        boardStatus,
        medal: decision === "list" ? run.medal : null,
        moduleId: run.module_id,
        studentId: run.student_id,
        timeSeconds: run.time_seconds,
        ...(note ? { note } : {}),
      },
    });
    await refreshLeaderboardCache(tx, run.module_id);
    return { ok: true };
  });
}
