import Link from "next/link";
import type { ReactNode } from "react";
import { HOW_LEVELS_WORK } from "@/app/lib/domain/competency";
import { timelineHref } from "@/app/lib/agent-log/filters";
import { ChartFigure } from "@/components/charts/chart-figure";
import type { SortState, TableView } from "@/components/data-table/url-state";
import { RECENT_ATTEMPTS_LIMIT, type ModuleProgressItem, type StudentProgress, type SubsystemProgress } from "@/db/queries/progress";
import { ATTEMPT_COLUMNS, DEFAULT_ATTEMPT_SORT, sortAttempts } from "./attempts-sort";
import { AttemptsTable } from "./attempts-table";
import { CompetencyChart } from "./competency-chart";
import { dayText, LEVEL_BADGE_CLASSES, LEVEL_LABELS, levelRank, scoreText, subsystemName } from "./labels";
import { WeeklyChart } from "./weekly-chart";

const linkClass = "font-medium text-brand underline underline-offset-2 hover:no-underline";
const n = (value: number) => value.toLocaleString("en-US");

/**
 * A student's progress: the same view for the student (`/me`) and for the staff who may see
 * them (`/students/[id]`). `self` words it for the student; `basePath` and `search` are the
 * page's own URL, which the attempts table's sort links keep.
 */
export function ProgressView({
  progress,
  self,
  basePath,
  search,
  sort,
}: {
  progress: StudentProgress;
  self: boolean;
  basePath: string;
  search: string;
  sort: SortState;
}) {
  const { student } = progress;
  return (
    <div className="space-y-8">
      <header className="max-w-3xl space-y-2">
        <h1 className="text-3xl font-bold tracking-tight">{self ? "My progress" : `${student.name}'s progress`}</h1>
        <p className="text-lg text-muted">
          {self ? `${student.name}, ` : ""}
          {student.team ? `${student.team}, ` : ""}
          {student.university} · {student.semester}
        </p>
      </header>

      <Summary progress={progress} self={self} />

      <Card id="competency-heading" title="Competency per subsystem">
        <CompetencySection subsystems={progress.subsystems} self={self} />
      </Card>

      <div className="grid gap-6 lg:grid-cols-2">
        <Card id="mastered-heading" title={`Mastered modules (${progress.mastered.length})`}>
          <ModuleList
            items={progress.mastered}
            empty={self ? "None yet: a module counts as mastered once you finish an attempt scoring 70 or more." : "None yet."}
          />
        </Card>
        <Card id="in-progress-heading" title={`In progress (${progress.inProgress.length})`}>
          <ModuleList items={progress.inProgress} empty="Nothing in progress." />
        </Card>
      </div>

      <Card id="weekly-heading" title="Progress over time">
        <WeeklySection progress={progress} />
      </Card>

      <Card id="attempts-heading" title="Recent attempts">
        <AttemptsSection progress={progress} self={self} basePath={basePath} search={search} sort={sort} />
      </Card>

      <div className="grid gap-6 lg:grid-cols-2">
        <Card id="next-up-heading" title="Next up" action={<Link href="/modules" className={`text-sm ${linkClass}`}>All modules</Link>}>
          <NextUp progress={progress} self={self} />
        </Card>
        <Card
          id="feed-heading"
          title={self ? "Your feed" : "Feed"}
          action={
            <Link
              href={self ? "/agent-log" : timelineHref({ meta: [{ key: "studentId", value: student.id }] })}
              className={`text-sm ${linkClass}`}
            >
              All in the agent log
            </Link>
          }
        >
          <Feed progress={progress} self={self} />
        </Card>
      </div>
      {progress.attemptCount > 0 ? <p className="text-sm text-muted">Dates and times are in UTC.</p> : null}
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

function Summary({ progress, self }: { progress: StudentProgress; self: boolean }) {
  const beyond = progress.subsystems.filter((s) => s.level !== "orientation").length;
  const figures = [
    { value: progress.mastered.length, label: "modules mastered" },
    { value: progress.inProgress.length, label: "in progress" },
    { value: progress.attemptCount, label: progress.attemptCount === 1 ? "attempt" : "attempts" },
    { value: beyond, label: "subsystems past orientation" },
  ];
  return (
    <section aria-label={self ? "Your figures" : "Figures"}>
      <ul className="grid grid-cols-2 gap-3 sm:grid-cols-4">
        {figures.map((f) => (
          <li key={f.label} className="rounded-lg border border-line bg-white p-3 shadow-sm">
            <span className="block text-2xl font-semibold tabular-nums">{n(f.value)}</span>
            <span className="text-sm text-muted">{f.label}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}

function LevelBadge({ level }: { level: SubsystemProgress["level"] }) {
  return (
    <span className={`inline-flex whitespace-nowrap rounded-full border px-2 py-0.5 text-xs font-semibold ${LEVEL_BADGE_CLASSES[level]}`}>
      {LEVEL_LABELS[level]}
    </span>
  );
}

function CompetencySection({ subsystems, self }: { subsystems: SubsystemProgress[]; self: boolean }) {
  const data = subsystems.map((s) => ({ category: subsystemName(s.subsystem), level: s.level, rank: levelRank(s.level) }));
  const counts = (["autonomy", "integration", "competency"] as const)
    .map((level) => ({ level, count: subsystems.filter((s) => s.level === level).length }))
    .filter((c) => c.count > 0);
  const summary =
    counts.length === 0
      ? "All seven subsystems at orientation."
      : `${counts.map((c) => `${c.count} at ${c.level}`).join(", ")}; ${subsystems.length - counts.reduce((sum, c) => sum + c.count, 0)} at orientation.`;
  return (
    <div className="space-y-6">
      <ChartFigure
        label={`Bars of the competency level in each of the seven subsystems: ${summary}`}
        caption="Levels rise from orientation to competency, integration and autonomy as modules of the subsystem are mastered."
        table={
          <table className="w-full text-sm">
            <caption className="sr-only">Competency level and modules mastered per subsystem</caption>
            <thead>
              <tr className="border-b border-line text-left">
                <th scope="col" className="py-1 pr-2 font-medium">Subsystem</th>
                <th scope="col" className="px-2 py-1 font-medium">Level</th>
                <th scope="col" className="px-2 py-1 text-right font-medium">Modules mastered</th>
              </tr>
            </thead>
            <tbody>
              {subsystems.map((s) => (
                <tr key={s.subsystem} className="border-b border-line last:border-b-0">
                  <th scope="row" className="py-1 pr-2 text-left font-normal">{subsystemName(s.subsystem)}</th>
                  <td className="px-2 py-1">{LEVEL_LABELS[s.level]}</td>
                  <td className="px-2 py-1 text-right tabular-nums">
                    {s.modulesMastered} of {s.modulesTotal}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        }
      >
        <CompetencyChart data={data} />
      </ChartFigure>

      <div className="space-y-3">
        <h3 className="text-lg font-semibold">{self ? "Your seven levels" : "The seven levels"}</h3>
        <ul className="grid gap-3 md:grid-cols-2">
          {subsystems.map((s) => (
            <li key={s.subsystem} className="min-w-0 space-y-2 rounded-md border border-line p-3">
              <div className="flex flex-wrap items-center justify-between gap-2">
                <h4 className="font-semibold">{subsystemName(s.subsystem)}</h4>
                <LevelBadge level={s.level} />
              </div>
              <p className="text-sm text-muted">
                {s.modulesMastered} of {s.modulesTotal} modules mastered
                {s.lastActivity ? (
                  <>
                    {" "}· last activity <time dateTime={s.lastActivity}>{dayText(s.lastActivity)}</time>
                  </>
                ) : null}
              </p>
              {s.assessedLevel !== s.level ? (
                <p className="text-sm">
                  The evidence already meets <strong>{LEVEL_LABELS[s.assessedLevel].toLowerCase()}</strong>; the recorded
                  level catches up at the next finished attempt in this subsystem.
                </p>
              ) : null}
              {s.next ? (
                <div className="text-sm">
                  <p className="font-medium">For {LEVEL_LABELS[s.next.level].toLowerCase()}:</p>
                  <ul className="mt-1 list-disc space-y-0.5 pl-5">
                    {s.next.missing.map((line) => (
                      <li key={line}>{line}</li>
                    ))}
                  </ul>
                </div>
              ) : s.modulesTotal === 0 ? (
                <p className="text-sm">No published modules in this subsystem yet.</p>
              ) : (
                <p className="text-sm">The highest level: every module mastered.</p>
              )}
            </li>
          ))}
        </ul>
      </div>

      <details className="rounded-md border border-line bg-canvas p-3">
        <summary className="cursor-pointer font-medium text-brand">How levels work</summary>
        <dl className="mt-3 space-y-2 text-sm">
          {HOW_LEVELS_WORK.map((l) => (
            <div key={l.level}>
              <dt className="font-semibold">{LEVEL_LABELS[l.level]}</dt>
              <dd>{l.rule}</dd>
            </div>
          ))}
        </dl>
      </details>
    </div>
  );
}

function ModuleList({ items, empty }: { items: ModuleProgressItem[]; empty: string }) {
  if (items.length === 0) return <p className="text-muted">{empty}</p>;
  return (
    <ul className="divide-y divide-line">
      {items.map((m) => (
        <li key={m.id} className="flex flex-wrap items-baseline justify-between gap-x-3 gap-y-1 py-2">
          <span className="min-w-0">
            <Link href={`/modules/${m.slug}`} className={linkClass}>
              {m.title}
            </Link>
            <span className="block text-sm text-muted">{subsystemName(m.subsystem)}</span>
          </span>
          <span className="text-sm text-muted tabular-nums">
            {m.bestMastery !== null ? `best ${scoreText(m.bestMastery)}` : "no finished attempt"}
            {m.attempts > 0 ? ` · ${m.attempts} ${m.attempts === 1 ? "attempt" : "attempts"}` : ""}
          </span>
        </li>
      ))}
    </ul>
  );
}

function WeeklySection({ progress }: { progress: StudentProgress }) {
  const weeks = progress.weekly;
  if (weeks.length === 0) return <p className="text-muted">No attempts yet: the chart starts with the first one.</p>;
  const last = weeks[weeks.length - 1]!;
  const scored = weeks.filter((w) => w.meanMastery !== null);
  return (
    <ChartFigure
      label={`Lines over ${weeks.length} weeks from ${weeks[0]!.label} to ${last.label}: mean mastery per week, and modules mastered so far, reaching ${last.masteredTotal}.`}
      caption={`Per ISO week: the mean mastery of the week's finished attempts (${scored.length} weeks have one) and the running count of modules mastered, ${last.masteredTotal} by ${last.label}.`}
      table={
        <table className="w-full text-sm">
          <caption className="sr-only">Per week: attempts, mean mastery and modules mastered</caption>
          <thead>
            <tr className="border-b border-line text-left">
              <th scope="col" className="py-1 pr-2 font-medium">Week</th>
              <th scope="col" className="px-2 py-1 text-right font-medium">Attempts</th>
              <th scope="col" className="px-2 py-1 text-right font-medium">Mean mastery</th>
              <th scope="col" className="px-2 py-1 text-right font-medium">Newly mastered</th>
              <th scope="col" className="px-2 py-1 text-right font-medium">Mastered so far</th>
            </tr>
          </thead>
          <tbody>
            {weeks.map((w) => (
              <tr key={w.weekStart} className="border-b border-line last:border-b-0">
                <th scope="row" className="py-1 pr-2 text-left font-normal whitespace-nowrap">
                  {w.label} <span className="text-muted">(from <time dateTime={w.weekStart}>{dayText(w.weekStart)}</time>)</span>
                </th>
                <td className="px-2 py-1 text-right tabular-nums">{w.attempts}</td>
                <td className="px-2 py-1 text-right tabular-nums">{w.meanMastery === null ? "—" : w.meanMastery}</td>
                <td className="px-2 py-1 text-right tabular-nums">{w.newlyMastered}</td>
                <td className="px-2 py-1 text-right tabular-nums">{w.masteredTotal}</td>
              </tr>
            ))}
          </tbody>
        </table>
      }
    >
      <WeeklyChart data={weeks.map((w) => ({ label: w.label, meanMastery: w.meanMastery, masteredTotal: w.masteredTotal }))} />
    </ChartFigure>
  );
}

function AttemptsSection({
  progress,
  self,
  basePath,
  search,
  sort,
}: {
  progress: StudentProgress;
  self: boolean;
  basePath: string;
  search: string;
  sort: SortState;
}) {
  const rows = sortAttempts(progress.recentAttempts, sort);
  const ids = ATTEMPT_COLUMNS.map((c) => c.id);
  const view: TableView = {
    basePath,
    search,
    sort,
    defaultSort: DEFAULT_ATTEMPT_SORT,
    page: 1,
    pageCount: 1,
    size: RECENT_ATTEMPTS_LIMIT,
    defaultSize: RECENT_ATTEMPTS_LIMIT,
    pageSizes: [RECENT_ATTEMPTS_LIMIT],
    total: rows.length,
    columns: ids,
    defaultColumns: ids,
    fixedColumns: ids,
  };
  const column = ATTEMPT_COLUMNS.find((c) => c.id === sort.id)!;
  return (
    <div className="space-y-3">
      <p className="text-sm text-muted">
        {progress.attemptCount > rows.length
          ? `The latest ${rows.length} of ${n(progress.attemptCount)} attempts.`
          : "Every attempt so far."}{" "}
        Mastery is scored 0–100; an attempt of 70 or more masters its module.
      </p>
      <AttemptsTable
        rows={rows}
        view={view}
        caption={`Recent attempts, sorted by ${column.label.toLowerCase()}, ${sort.desc ? "descending" : "ascending"}`}
        empty={
          self ? (
            <p>
              No attempts yet. <Link href="/modules" className={linkClass}>Pick a module</Link> to start.
            </p>
          ) : (
            <p>No attempts yet.</p>
          )
        }
      />
    </div>
  );
}

function NextUp({ progress, self }: { progress: StudentProgress; self: boolean }) {
  if (progress.nextUp.length === 0) {
    return <p className="text-muted">{self ? "Nothing left to unlock: every module you can take is mastered." : "Nothing left: every open module is mastered."}</p>;
  }
  return (
    <ol className="divide-y divide-line">
      {progress.nextUp.map((m) => (
        <li key={m.slug} className="flex flex-wrap items-baseline justify-between gap-x-3 gap-y-1 py-2">
          <span className="min-w-0">
            <Link href={`/modules/${m.slug}`} className={linkClass}>
              {m.title}
            </Link>
            <span className="block text-sm text-muted">{subsystemName(m.subsystem)}</span>
          </span>
          <span className="text-sm text-muted tabular-nums">
            {m.difficulty} · about {m.estimatedMinutes} min
          </span>
        </li>
      ))}
    </ol>
  );
}

const FEED_TIME = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });

function Feed({ progress, self }: { progress: StudentProgress; self: boolean }) {
  if (progress.feed.length === 0) {
    return (
      <p className="text-muted">
        {self
          ? "No agent has recorded anything about you yet. Entries appear here when, for example, your competency in a subsystem moves."
          : "No agent has recorded anything about this student yet."}
      </p>
    );
  }
  return (
    <ol className="divide-y divide-line">
      {progress.feed.map((entry) => (
        <li key={entry.logId} className="space-y-1 py-2">
          <p className="flex flex-wrap items-baseline justify-between gap-x-3 text-sm text-muted">
            <span>
              {entry.agentName} · {entry.actionType}
              {entry.subsystem ? ` · ${subsystemName(entry.subsystem)}` : ""}
            </span>
            {entry.at ? <time dateTime={entry.at}>{FEED_TIME.format(new Date(entry.at))} UTC</time> : null}
          </p>
          <p className="break-words">{entry.message ?? `${entry.actionType.replace(/_/g, " ")}`}</p>
        </li>
      ))}
    </ol>
  );
}
