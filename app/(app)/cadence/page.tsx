import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";
import { Suspense, type ReactNode } from "react";
import type { Viewer } from "@/app/lib/auth/roles";
import { SUBSYSTEM_LABELS, type Subsystem } from "@/app/lib/domain/vocabulary";
import { NONE } from "@/app/lib/explorer/table-params";
import { requireViewer } from "@/app/lib/session";
import { ExplorerNav } from "@/components/cadence/explorer-nav";
import { ChartFigure } from "@/components/charts/chart-figure";
import { CHART_COLORS } from "@/components/charts/palette";
import { StackedBarChart } from "@/components/charts/stacked-bar-chart";
import { TimelineChart } from "@/components/charts/timeline-chart";
import {
  COVERAGE_ENTITIES,
  coverageGaps,
  getCadenceCounts,
  getMeetingsPerMonth,
  getTasksCompletedOverTime,
  getTaskStatusBySubsystem,
  THIN_BELOW,
  type CoverageEntity,
  type CoverageGap,
} from "@/db/queries/cadence-overview";

export const dynamic = "force-dynamic";

export const metadata: Metadata = { title: "CADENCE explorer" };

const ENTITY_LABELS: Record<CoverageEntity, { plural: string; one: string; many: string }> = {
  people: { plural: "People", one: "person", many: "people" },
  projects: { plural: "Projects", one: "project", many: "projects" },
  tasks: { plural: "Tasks", one: "task", many: "tasks" },
  meetings: { plural: "Meetings", one: "meeting", many: "meetings" },
  documents: { plural: "Documents", one: "document", many: "documents" },
};

/** The tables' filter value for "no subsystem" / "no status". */
const UNASSIGNED = NONE;

const STATUS_ORDER = ["completed", "active", "in_progress", "todo", "blocked", "unknown"] as const;
const STATUS_COLORS: Record<string, string> = {
  completed: CHART_COLORS.ok,
  active: CHART_COLORS.accent,
  in_progress: CHART_COLORS.brand,
  todo: CHART_COLORS.neutral,
  blocked: CHART_COLORS.bad,
  unknown: CHART_COLORS.faint,
};
const NO_STATUS = "no_status";

function statusLabel(status: string): string {
  if (status === NO_STATUS) return "No status";
  const words = status.replace(/_/g, " ");
  return words.charAt(0).toUpperCase() + words.slice(1);
}

function subsystemLabel(subsystem: Subsystem | null): string {
  return subsystem ? SUBSYSTEM_LABELS[subsystem] : "Unassigned";
}

/** The filtered table behind a count. */
function tableHref(entity: CoverageEntity, filters: { subsystem?: Subsystem | null; status?: string }): string {
  const params = new URLSearchParams();
  if (filters.subsystem !== undefined) params.set("subsystem", filters.subsystem ?? UNASSIGNED);
  if (filters.status) params.set("status", filters.status === NO_STATUS ? NONE : filters.status);
  const search = params.toString();
  return search ? `/cadence/${entity}?${search}` : `/cadence/${entity}`;
}

function monthLabel(month: string, style: "short" | "long" = "short"): string {
  const [year, m] = month.split("-").map(Number) as [number, number];
  return new Date(Date.UTC(year, m - 1, 1)).toLocaleDateString("en-US", { month: style, year: "numeric", timeZone: "UTC" });
}

const n = (value: number) => value.toLocaleString("en-US");

export default async function CadenceOverviewPage() {
  const viewer = await requireViewer("/cadence");
  return (
    <div className="space-y-8">
      <ExplorerNav current="overview" />
      <section className="max-w-3xl space-y-3">
        <h1 className="text-3xl font-bold tracking-tight">CADENCE explorer</h1>
        <p className="text-lg text-muted">
          The imported record of the earlier CADENCE program: who worked on what, per subsystem, and how the work moved
          over time. Every number opens the records behind it.
        </p>
        <form action="/cadence/search" method="get" role="search" className="flex flex-wrap items-end gap-2">
          <div className="min-w-0 flex-1 space-y-1">
            <label htmlFor="overview-search" className="block text-sm font-medium">
              Search the record
            </label>
            <input
              id="overview-search"
              name="q"
              type="search"
              maxLength={200}
              placeholder="e.g. antenna deployment"
              className="w-full rounded-md border border-line bg-white px-3 py-2 text-base"
            />
          </div>
          <button type="submit" className="rounded-md bg-brand px-4 py-2 font-medium text-white hover:bg-brand-strong">
            Search
          </button>
        </form>
      </section>

      <Suspense fallback={<CardSkeleton label="Loading the counts…" height="h-96" />}>
        <CountsAndCoverage viewer={viewer} />
      </Suspense>

      <div className="grid gap-6 lg:grid-cols-2">
        <Suspense fallback={<CardSkeleton label="Loading tasks by status…" height="h-80" />}>
          <TaskStatusCard viewer={viewer} />
        </Suspense>
        <Suspense fallback={<CardSkeleton label="Loading meetings per month…" height="h-80" />}>
          <MeetingsCard viewer={viewer} />
        </Suspense>
        <Suspense fallback={<CardSkeleton label="Loading completed tasks…" height="h-80" />}>
          <CompletionCard viewer={viewer} />
        </Suspense>
      </div>
    </div>
  );
}

function Card({ id, title, action, children }: { id: string; title: string; action?: ReactNode; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className="min-w-0 space-y-4 rounded-lg border border-line bg-white p-4 shadow-sm sm:p-5">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 id={id} className="text-xl font-semibold">
          {title}
        </h2>
        {action}
      </div>
      {children}
    </section>
  );
}

function CardSkeleton({ label, height }: { label: string; height: string }) {
  return (
    <div className={`${height} animate-pulse rounded-lg border border-line bg-white`} role="status">
      <span className="sr-only">{label}</span>
    </div>
  );
}

function gapText(gap: CoverageGap): string {
  const labels = ENTITY_LABELS[gap.entity];
  const subsystem = SUBSYSTEM_LABELS[gap.subsystem];
  if (gap.kind === "empty") return `${subsystem}: no ${labels.many}`;
  return `${subsystem}: only ${gap.count} ${gap.count === 1 ? labels.one : labels.many}`;
}

async function CountsAndCoverage({ viewer }: { viewer: Viewer }) {
  await connection();
  const counts = await getCadenceCounts(viewer);
  const gaps = coverageGaps(counts.coverage);
  const gapAt = new Map(gaps.map((g) => [`${g.subsystem}:${g.entity}`, g]));
  return (
    <>
      <Card id="counts-heading" title="The record in numbers">
        <ul className="grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-6">
          {COVERAGE_ENTITIES.map((entity) => (
            <li key={entity}>
              <Link
                href={tableHref(entity, {})}
                className="block rounded-md border border-line p-3 hover:border-brand hover:bg-canvas"
              >
                <span className="block text-2xl font-semibold tabular-nums">{n(counts.totals[entity])}</span>
                <span className="text-sm text-muted">{ENTITY_LABELS[entity].plural}</span>
              </Link>
            </li>
          ))}
          <li className="rounded-md border border-line p-3">
            <span className="block text-2xl font-semibold tabular-nums">{n(counts.rawPages.kept)}</span>
            <span className="text-sm text-muted">
              Raw pages kept of {n(counts.rawPages.total)} imported
            </span>
          </li>
        </ul>
        <p className="text-sm text-muted">
          Raw pages are the Notion pages as exported; the ones not kept (templates, duplicates, archived or empty pages)
          are still found by <Link href="/cadence/search" className="text-brand underline underline-offset-2">search</Link>.
        </p>
      </Card>

      <Card id="coverage-heading" title="Coverage per subsystem">
        <p className="text-sm text-muted">
          How many records each subsystem has. Tasks and meetings count under their project&apos;s subsystem; those
          without one are unassigned. Cells with fewer than {THIN_BELOW} records are marked as gaps.
        </p>
        <div className="overflow-x-auto" role="region" aria-labelledby="coverage-heading" tabIndex={0}>
          <table className="w-full min-w-[34rem] text-sm">
            <caption className="sr-only">
              Records per subsystem and kind. Each number links to the filtered table.
            </caption>
            <thead>
              <tr className="border-b border-line text-left">
                <th scope="col" className="py-2 pr-3 font-medium">
                  Subsystem
                </th>
                {COVERAGE_ENTITIES.map((entity) => (
                  <th key={entity} scope="col" className="px-2 py-2 text-right font-medium">
                    {ENTITY_LABELS[entity].plural}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {counts.coverage.map((row) => (
                <tr key={row.subsystem ?? UNASSIGNED} className="border-b border-line last:border-b-0">
                  <th scope="row" className={`py-2 pr-3 text-left font-medium ${row.subsystem ? "" : "italic text-muted"}`}>
                    {subsystemLabel(row.subsystem)}
                  </th>
                  {COVERAGE_ENTITIES.map((entity) => {
                    const count = row.counts[entity];
                    const gap = row.subsystem ? gapAt.get(`${row.subsystem}:${entity}`) : undefined;
                    return (
                      <td key={entity} className={`px-2 py-2 text-right tabular-nums ${gap ? "bg-amber-50" : ""}`}>
                        <Link
                          href={tableHref(entity, { subsystem: row.subsystem })}
                          className="text-brand underline-offset-2 hover:underline"
                          aria-label={`${subsystemLabel(row.subsystem)}: ${n(count)} ${count === 1 ? ENTITY_LABELS[entity].one : ENTITY_LABELS[entity].many}${gap ? (gap.kind === "empty" ? ", none: a gap" : ", thin: a gap") : ""}`}
                        >
                          {n(count)}
                        </Link>
                        {gap ? (
                          <span className="ml-1 text-xs font-medium text-warn" aria-hidden="true">
                            {gap.kind === "empty" ? "⚠ none" : "⚠ thin"}
                          </span>
                        ) : null}
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <div className="space-y-2">
          <h3 className="font-semibold">Gaps</h3>
          {gaps.length === 0 ? (
            <p className="text-sm text-muted">
              None: every subsystem has at least {THIN_BELOW} records of each kind.
            </p>
          ) : (
            <ul className="flex flex-wrap gap-2 text-sm" aria-label="Subsystems with few or no records of a kind">
              {gaps.map((gap) => (
                <li key={`${gap.subsystem}:${gap.entity}`}>
                  <Link
                    href={tableHref(gap.entity, { subsystem: gap.subsystem })}
                    className="inline-block rounded-full border border-amber-300 bg-amber-50 px-3 py-1 text-amber-900 hover:underline"
                  >
                    {gapText(gap)}
                  </Link>
                </li>
              ))}
            </ul>
          )}
        </div>
      </Card>
    </>
  );
}

async function TaskStatusCard({ viewer }: { viewer: Viewer }) {
  await connection();
  const rows = await getTaskStatusBySubsystem(viewer);
  const present = new Set(rows.map((r) => r.status ?? NO_STATUS));
  const statuses = [...STATUS_ORDER.filter((s) => present.has(s)), ...[...present].filter((s) => !(STATUS_ORDER as readonly string[]).includes(s)).sort()];
  const subsystems = [...new Set(rows.map((r) => r.subsystem))];
  const cell = (subsystem: Subsystem | null, status: string) =>
    rows.find((r) => r.subsystem === subsystem && (r.status ?? NO_STATUS) === status)?.count ?? 0;
  const data = subsystems.map((subsystem) => ({
    category: subsystemLabel(subsystem),
    ...Object.fromEntries(statuses.map((s) => [s, cell(subsystem, s)])),
  }));
  const total = rows.reduce((sum, r) => sum + r.count, 0);
  const done = rows.filter((r) => r.status === "completed").reduce((sum, r) => sum + r.count, 0);
  return (
    <Card
      id="status-heading"
      title="Tasks by status per subsystem"
      action={<Link href="/cadence/tasks" className="text-sm font-medium text-brand hover:underline">All tasks</Link>}
    >
      {total === 0 ? (
        <p className="text-muted">No tasks imported yet.</p>
      ) : (
        <ChartFigure
          label={`Stacked bars of ${n(total)} tasks by status for each subsystem; ${n(done)} are completed.`}
          caption={`${n(total)} tasks, ${n(done)} completed. A task's subsystem is its project's.`}
          table={
            <table className="w-full text-sm">
              <caption className="sr-only">Tasks per subsystem and status</caption>
              <thead>
                <tr className="border-b border-line text-left">
                  <th scope="col" className="py-1 pr-2 font-medium">Subsystem</th>
                  {statuses.map((s) => (
                    <th key={s} scope="col" className="px-2 py-1 text-right font-medium">{statusLabel(s)}</th>
                  ))}
                  <th scope="col" className="px-2 py-1 text-right font-medium">Total</th>
                </tr>
              </thead>
              <tbody>
                {subsystems.map((subsystem) => (
                  <tr key={subsystem ?? UNASSIGNED} className="border-b border-line last:border-b-0">
                    <th scope="row" className="py-1 pr-2 text-left font-normal">{subsystemLabel(subsystem)}</th>
                    {statuses.map((s) => (
                      <td key={s} className="px-2 py-1 text-right tabular-nums">
                        <Link href={tableHref("tasks", { subsystem, status: s })} className="text-brand hover:underline">
                          {n(cell(subsystem, s))}
                        </Link>
                      </td>
                    ))}
                    <td className="px-2 py-1 text-right tabular-nums">
                      <Link href={tableHref("tasks", { subsystem })} className="text-brand hover:underline">
                        {n(statuses.reduce((sum, s) => sum + cell(subsystem, s), 0))}
                      </Link>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          }
        >
          <StackedBarChart
            data={data}
            series={statuses.map((s) => ({ key: s, label: statusLabel(s), color: STATUS_COLORS[s] ?? CHART_COLORS.muted }))}
          />
        </ChartFigure>
      )}
    </Card>
  );
}

async function MeetingsCard({ viewer }: { viewer: Viewer }) {
  await connection();
  const { months, undated } = await getMeetingsPerMonth(viewer);
  const dated = months.reduce((sum, m) => sum + m.count, 0);
  const busiest = months.reduce<(typeof months)[number] | null>((best, m) => (!best || m.count > best.count ? m : best), null);
  return (
    <Card
      id="meetings-heading"
      title="Meetings per month"
      action={<Link href="/cadence/meetings" className="text-sm font-medium text-brand hover:underline">All meetings</Link>}
    >
      {months.length === 0 ? (
        <p className="text-muted">No dated meetings imported yet.</p>
      ) : (
        <ChartFigure
          label={`Bars of meetings per month from ${monthLabel(months[0]!.month, "long")} to ${monthLabel(months.at(-1)!.month, "long")}; the busiest month is ${monthLabel(busiest!.month, "long")} with ${n(busiest!.count)}.`}
          caption={
            <>
              {n(dated)} meetings from {monthLabel(months[0]!.month, "long")} to {monthLabel(months.at(-1)!.month, "long")}.
              {undated > 0 ? ` ${n(undated)} ${undated === 1 ? "meeting has" : "meetings have"} no date and ${undated === 1 ? "is" : "are"} not shown.` : ""}
            </>
          }
          table={
            <table className="w-full max-w-xs text-sm">
              <caption className="sr-only">Meetings per month</caption>
              <thead>
                <tr className="border-b border-line text-left">
                  <th scope="col" className="py-1 pr-2 font-medium">Month</th>
                  <th scope="col" className="py-1 text-right font-medium">Meetings</th>
                </tr>
              </thead>
              <tbody>
                {months.map((m) => (
                  <tr key={m.month} className="border-b border-line last:border-b-0">
                    <th scope="row" className="py-1 pr-2 text-left font-normal">{monthLabel(m.month, "long")}</th>
                    <td className="py-1 text-right tabular-nums">{n(m.count)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          }
        >
          <TimelineChart
            kind="bars"
            valueLabel="Meetings"
            color={CHART_COLORS.brand}
            data={months.map((m) => ({ label: monthLabel(m.month), value: m.count }))}
          />
        </ChartFigure>
      )}
    </Card>
  );
}

async function CompletionCard({ viewer }: { viewer: Viewer }) {
  await connection();
  const { months, undated } = await getTasksCompletedOverTime(viewer);
  const total = months.at(-1)?.cumulative ?? 0;
  return (
    <Card
      id="completion-heading"
      title="Tasks completed over time"
      action={
        <Link href={tableHref("tasks", { status: "completed" })} className="text-sm font-medium text-brand hover:underline">
          Completed tasks
        </Link>
      }
    >
      {months.length === 0 ? (
        <p className="text-muted">No completed tasks with a due date yet.</p>
      ) : (
        <ChartFigure
          label={`Running total of completed tasks, rising to ${n(total)} by ${monthLabel(months.at(-1)!.month, "long")}.`}
          caption={
            <>
              Running total of completed tasks, each counted in the month of its <strong>due date</strong>: the Notion
              export has no completion date, so the due date stands in for it.
              {undated > 0 ? ` ${n(undated)} completed ${undated === 1 ? "task has" : "tasks have"} no due date and ${undated === 1 ? "is" : "are"} not counted.` : ""}
            </>
          }
          table={
            <table className="w-full max-w-sm text-sm">
              <caption className="sr-only">Completed tasks per month of their due date</caption>
              <thead>
                <tr className="border-b border-line text-left">
                  <th scope="col" className="py-1 pr-2 font-medium">Month due</th>
                  <th scope="col" className="px-2 py-1 text-right font-medium">Completed</th>
                  <th scope="col" className="py-1 text-right font-medium">Total so far</th>
                </tr>
              </thead>
              <tbody>
                {months.map((m) => (
                  <tr key={m.month} className="border-b border-line last:border-b-0">
                    <th scope="row" className="py-1 pr-2 text-left font-normal">{monthLabel(m.month, "long")}</th>
                    <td className="px-2 py-1 text-right tabular-nums">{n(m.count)}</td>
                    <td className="py-1 text-right tabular-nums">{n(m.cumulative)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          }
        >
          <TimelineChart
            kind="area"
            valueLabel="Completed, total so far"
            color={CHART_COLORS.ok}
            data={months.map((m) => ({ label: monthLabel(m.month), value: m.cumulative }))}
          />
        </ChartFigure>
      )}
    </Card>
  );
}
