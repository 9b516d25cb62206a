import { sql } from "drizzle-orm";
import { cadenceCohortName, paceMilestones, type PaceMilestoneResult } from "../../app/lib/domain/ghosts";
import { SUBSYSTEMS, type Subsystem } from "../../app/lib/domain/vocabulary";
import type { Executor } from "../client";
import { queryRows } from "../rows";

/**
 * The CADENCE side of the ghost build: per subsystem, how fast the historical team got through
 * its tasks. A task's subsystem is its project's — the rule the /cadence overview uses — so a
 * task without a project (or whose project has no subsystem) belongs to no team's pace.
 */

export interface CadencePace {
  name: string;
  subsystem: Subsystem;
  totalItems: number;
  completedItems: number;
  /** Completed tasks without a due date: counted as done, but they have no day on the pace. */
  completedUndated: number;
  startedOn: string | null;
  milestones: PaceMilestoneResult[];
}

export interface CadenceDropped {
  subsystem: Subsystem;
  tasks: number;
  reason: string;
}

export interface CadencePaces {
  paces: CadencePace[];
  dropped: CadenceDropped[];
}

export async function collectCadencePaces(tx: Executor): Promise<CadencePaces> {
  const totals = await queryRows<{ subsystem: Subsystem; total: number; completed: number; undated: number; started_on: string | null }>(
    tx,
    sql`SELECT p.subsystem, COUNT(*)::int AS total,
        COUNT(*) FILTER (WHERE t.status = 'completed')::int AS completed,
        COUNT(*) FILTER (WHERE t.status = 'completed' AND t.due_date IS NULL)::int AS undated,
        to_char(MIN(t.due_date), 'YYYY-MM-DD') AS started_on
      FROM cadence_tasks t JOIN cadence_projects p ON p.project_id = t.project_id
      WHERE p.subsystem IS NOT NULL
      GROUP BY p.subsystem`,
  );
  // Only the completed, dated tasks: the few thousand rows a pace is read from even at scale.
  const completed = await queryRows<{ subsystem: Subsystem; task_id: number; due_date: string }>(
    tx,
    sql`SELECT p.subsystem, t.task_id, to_char(t.due_date, 'YYYY-MM-DD') AS due_date
      FROM cadence_tasks t JOIN cadence_projects p ON p.project_id = t.project_id
      WHERE p.subsystem IS NOT NULL AND t.status = 'completed' AND t.due_date IS NOT NULL
      ORDER BY p.subsystem, t.due_date, t.task_id`,
  );
  const bySubsystem = new Map(totals.map((t) => [t.subsystem, t]));
  const done = new Map<Subsystem, { taskId: number; dueDate: string }[]>();
  for (const row of completed) {
    const list = done.get(row.subsystem) ?? [];
    list.push({ taskId: Number(row.task_id), dueDate: row.due_date });
    done.set(row.subsystem, list);
  }

  const paces: CadencePace[] = [];
  const dropped: CadenceDropped[] = [];
  for (const subsystem of SUBSYSTEMS) {
    const total = bySubsystem.get(subsystem);
    const tasks = Number(total?.total ?? 0);
    const completedItems = Number(total?.completed ?? 0);
    const dated = done.get(subsystem) ?? [];
    if (tasks === 0) {
      dropped.push({ subsystem, tasks, reason: "No CADENCE tasks in this subsystem's projects." });
    } else if (completedItems === 0) {
      dropped.push({ subsystem, tasks, reason: `None of its ${tasks} tasks is completed.` });
    } else if (dated.length === 0 || !total?.started_on) {
      dropped.push({ subsystem, tasks, reason: `Its ${completedItems} completed tasks have no due date to place them in time.` });
    } else {
      paces.push({
        name: cadenceCohortName(subsystem),
        subsystem,
        totalItems: tasks,
        completedItems,
        completedUndated: Number(total.undated),
        startedOn: total.started_on,
        milestones: paceMilestones({ total: tasks, startedOn: total.started_on, completed: dated }),
      });
    }
  }
  return { paces, dropped };
}
