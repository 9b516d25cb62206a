import "server-only";
import { sql } from "drizzle-orm";
import type { Viewer } from "../../app/lib/auth/roles";
import { SUBSYSTEMS, type Subsystem } from "../../app/lib/domain/vocabulary";
import type { Executor } from "../client";
import { getDb } from "../index";
import { queryRows } from "../rows";
import { ANY_ROLE, assertRole } from "./access";

/**
 * The explorer's overview: how much of the CADENCE record there is, per subsystem, and how it
 * moved over time. Every figure is one GROUP BY in SQL, so the page costs the same few queries
 * at 100× the demo size; the shaping (gaps, missing months, running totals) is pure and below.
 *
 * Tasks and meetings have no subsystem of their own: theirs is their project's, and one without
 * a project (or whose project has none) counts as unassigned.
 */

export const COVERAGE_ENTITIES = ["people", "projects", "tasks", "meetings", "documents"] as const;
export type CoverageEntity = (typeof COVERAGE_ENTITIES)[number];

/** A cell below this many records is thin: too little to learn a subsystem's story from. */
export const THIN_BELOW = 3;

export interface CoverageRow {
  /** null: records without a subsystem. */
  subsystem: Subsystem | null;
  counts: Record<CoverageEntity, number>;
}

export interface CadenceCounts {
  totals: Record<CoverageEntity, number>;
  rawPages: { total: number; kept: number };
  /** The seven subsystems in vocabulary order, then the unassigned row. */
  coverage: CoverageRow[];
}

export interface CoverageGap {
  subsystem: Subsystem;
  entity: CoverageEntity;
  count: number;
  kind: "empty" | "thin";
}

export interface TaskStatusCount {
  subsystem: Subsystem | null;
  /** null when the export gave the task no status. */
  status: string | null;
  count: number;
}

export interface MonthCount {
  /** "YYYY-MM" */
  month: string;
  count: number;
}

export interface MeetingTimeline {
  months: MonthCount[];
  /** Meetings the export gives no date. */
  undated: number;
}

export interface CompletionPoint extends MonthCount {
  /** Completed tasks due in this month or earlier. */
  cumulative: number;
}

export interface CompletionTimeline {
  months: CompletionPoint[];
  /** Completed tasks without a due date: counted in no month. */
  undated: number;
}

async function database(db?: Executor): Promise<Executor> {
  return db ?? (await getDb());
}

function emptyCounts(): Record<CoverageEntity, number> {
  return { people: 0, projects: 0, tasks: 0, meetings: 0, documents: 0 };
}

/** Records per subsystem and entity, the totals, and the raw pages kept of those imported. */
export async function getCadenceCounts(viewer: Viewer | null, db?: Executor): Promise<CadenceCounts> {
  assertRole(viewer, ANY_ROLE);
  const d = await database(db);
  const [cells, raw] = await Promise.all([
    queryRows<{ entity: CoverageEntity; subsystem: string | null; n: number }>(
      d,
      sql`
        select 'people' as entity, subsystem, count(*)::int as n from cadence_people group by subsystem
        union all
        select 'projects', subsystem, count(*)::int from cadence_projects group by subsystem
        union all
        select 'tasks', p.subsystem, count(*)::int
          from cadence_tasks t left join cadence_projects p on p.project_id = t.project_id
          group by p.subsystem
        union all
        select 'meetings', p.subsystem, count(*)::int
          from cadence_meetings m left join cadence_projects p on p.project_id = m.project_id
          group by p.subsystem
        union all
        select 'documents', subsystem, count(*)::int from cadence_documents group by subsystem`,
    ),
    queryRows<{ total: number; kept: number }>(
      d,
      sql`select count(*)::int as total, count(*) filter (where keep)::int as kept from cadence_raw_content`,
    ),
  ]);
  return { ...shapeCoverage(cells), rawPages: raw[0] ?? { total: 0, kept: 0 } };
}

/** Pure: the grid from (entity, subsystem, n) cells; every subsystem gets a row, even an empty one. */
export function shapeCoverage(cells: readonly { entity: CoverageEntity; subsystem: string | null; n: number }[]) {
  const rows = new Map<Subsystem | null, CoverageRow>();
  for (const subsystem of [...SUBSYSTEMS, null]) rows.set(subsystem, { subsystem, counts: emptyCounts() });
  const totals = emptyCounts();
  for (const cell of cells) {
    // The check constraints keep subsystems in the vocabulary; anything else would be a new
    // value without its migration, and is shown as unassigned rather than dropped.
    const key = (SUBSYSTEMS as readonly string[]).includes(cell.subsystem ?? "") ? (cell.subsystem as Subsystem) : null;
    const row = rows.get(key)!;
    row.counts[cell.entity] += Number(cell.n);
    totals[cell.entity] += Number(cell.n);
  }
  return { totals, coverage: [...rows.values()] };
}

/**
 * Pure: the subsystem cells with no records or fewer than `thinBelow`. The unassigned row is no
 * gap: it is where records without a subsystem go, and empty is its best state.
 */
export function coverageGaps(coverage: readonly CoverageRow[], thinBelow = THIN_BELOW): CoverageGap[] {
  const gaps: CoverageGap[] = [];
  for (const row of coverage) {
    if (row.subsystem === null) continue;
    for (const entity of COVERAGE_ENTITIES) {
      const count = row.counts[entity];
      if (count === 0) gaps.push({ subsystem: row.subsystem, entity, count, kind: "empty" });
      else if (count < thinBelow) gaps.push({ subsystem: row.subsystem, entity, count, kind: "thin" });
    }
  }
  return gaps;
}

/** Tasks per (project's) subsystem and status. */
export async function getTaskStatusBySubsystem(viewer: Viewer | null, db?: Executor): Promise<TaskStatusCount[]> {
  assertRole(viewer, ANY_ROLE);
  const rows = await queryRows<{ subsystem: string | null; status: string | null; n: number }>(
    await database(db),
    sql`
      select p.subsystem, t.status, count(*)::int as n
        from cadence_tasks t left join cadence_projects p on p.project_id = t.project_id
        group by p.subsystem, t.status
        order by p.subsystem nulls last, t.status nulls last`,
  );
  return rows.map((r) => ({ subsystem: (r.subsystem as Subsystem | null) ?? null, status: r.status, count: Number(r.n) }));
}

/** Meetings per calendar month of their date, gap months included as zero. */
export async function getMeetingsPerMonth(viewer: Viewer | null, db?: Executor): Promise<MeetingTimeline> {
  assertRole(viewer, ANY_ROLE);
  const rows = await queryRows<{ month: string | null; n: number }>(
    await database(db),
    sql`
      select to_char(date_trunc('month', meeting_date), 'YYYY-MM') as month, count(*)::int as n
        from cadence_meetings
        group by 1
        order by 1 nulls last`,
  );
  return {
    months: fillMonths(rows.filter((r) => r.month !== null).map((r) => ({ month: r.month!, count: Number(r.n) }))),
    undated: Number(rows.find((r) => r.month === null)?.n ?? 0),
  };
}

/**
 * Completed tasks over time. The export has no completion timestamp, so a completed task counts
 * in the month of its due date: the closest stand-in there is, and the chart says so.
 */
export async function getTasksCompletedOverTime(viewer: Viewer | null, db?: Executor): Promise<CompletionTimeline> {
  assertRole(viewer, ANY_ROLE);
  const rows = await queryRows<{ month: string | null; n: number }>(
    await database(db),
    sql`
      select to_char(date_trunc('month', due_date), 'YYYY-MM') as month, count(*)::int as n
        from cadence_tasks
        where status = 'completed'
        group by 1
        order by 1 nulls last`,
  );
  let cumulative = 0;
  const months = fillMonths(rows.filter((r) => r.month !== null).map((r) => ({ month: r.month!, count: Number(r.n) }))).map(
    (m) => ({ ...m, cumulative: (cumulative += m.count) }),
  );
  return { months, undated: Number(rows.find((r) => r.month === null)?.n ?? 0) };
}

/**
 * Pure: the months from the first to the last, each once and in order, with zero where there
 * was nothing. Capped at 50 years of months so one mistyped year cannot make a huge chart.
 */
export function fillMonths(sorted: readonly MonthCount[]): MonthCount[] {
  if (sorted.length === 0) return [];
  const byMonth = new Map(sorted.map((m) => [m.month, m.count]));
  const months = [...byMonth.keys()].sort();
  const [firstYear, firstMonth] = months[0]!.split("-").map(Number) as [number, number];
  const [lastYear, lastMonth] = months[months.length - 1]!.split("-").map(Number) as [number, number];
  const span = (lastYear - firstYear) * 12 + (lastMonth - firstMonth) + 1;
  if (span > 600) return months.map((month) => ({ month, count: byMonth.get(month)! }));
  const out: MonthCount[] = [];
  for (let i = 0; i < span; i++) {
    const y = firstYear + Math.floor((firstMonth - 1 + i) / 12);
    const m = ((firstMonth - 1 + i) % 12) + 1;
    const month = `${y}-${String(m).padStart(2, "0")}`;
    out.push({ month, count: byMonth.get(month) ?? 0 });
  }
  return out;
}
