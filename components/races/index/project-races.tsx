import { ScrollArea } from "@/components/ui/scroll-area";
import { daysText } from "@/components/races/leaderboard/format";
import { PACE_SHARES, type PacePoint, type ProjectPaces, type SubsystemPace } from "@/db/queries/races-pace";

const cell = "px-3 py-2 align-top";

/**
 * Project-scale races: the CADENCE team's pace through each subsystem beside the viewer's own
 * (a student) or a cohort's (staff, picked with a GET form), in days to each quarter of the work.
 */
export function ProjectRaces({ paces, cohortValue }: { paces: ProjectPaces; cohortValue: string | null }) {
  const runner = paces.runner;
  const hasGhosts = paces.subsystems.some((s) => s.ghost);
  const runnerName = runner?.kind === "student" ? "You" : (runner?.label ?? null);
  return (
    <div className="space-y-4">
      {paces.cohorts.length > 0 ? (
        <form action="/races#project-races" method="get" aria-label="Choose a cohort to compare" className="flex flex-wrap items-end gap-3">
          <div className="w-full space-y-1 sm:w-auto sm:min-w-64">
            <label htmlFor="pace-cohort" className="block text-sm font-medium">
              Cohort to compare
            </label>
            <select
              id="pace-cohort"
              name="cohort"
              defaultValue={cohortValue ?? paces.cohorts[0]?.value}
              key={cohortValue ?? ""}
              className="w-full rounded-md border border-line bg-white px-3 py-2 text-base"
            >
              {paces.cohorts.map((c) => (
                <option key={c.value} value={c.value}>
                  {c.label}
                </option>
              ))}
            </select>
          </div>
          <button type="submit" className="rounded-md bg-brand px-4 py-2 text-sm font-semibold text-white hover:bg-brand-strong">
            Compare
          </button>
        </form>
      ) : null}
      {!hasGhosts ? (
        <p className="rounded-lg border border-dashed border-line bg-white p-4 text-muted">
          No CADENCE team ghosts have been built yet. The ghost builder makes them from the imported CADENCE record (the team&apos;s tasks, their
          due dates and statuses); until then there is no historical pace to race here.
        </p>
      ) : null}
      <ScrollArea label="Project-scale races">
        <table className="w-full min-w-[36rem] border-collapse text-left text-sm">
          <caption className="mb-2 text-left text-sm text-muted">
            Days to each quarter of a subsystem&apos;s work. The CADENCE team: from its first task to 25, 50, 75 and 100 % of the subsystem&apos;s
            tasks completed.{" "}
            {runner?.kind === "cohort"
              ? `${runner.label}: the median of the students who got there (counted below each figure), from their first attempt in the subsystem to that share of its published modules mastered.`
              : runner
                ? "You: from your first attempt in the subsystem to that share of its published modules mastered."
                : ""}{" "}
            Fewer days is faster.
          </caption>
          <thead className="border-b border-line text-xs uppercase tracking-wide text-muted">
            <tr>
              <th scope="col" className={cell}>
                Subsystem
              </th>
              <th scope="col" className={cell}>
                Runner
              </th>
              {PACE_SHARES.map((share) => (
                <th key={share} scope="col" className={`${cell} text-right`}>
                  {share} %
                </th>
              ))}
            </tr>
          </thead>
          {paces.subsystems.map((s) => (
            <tbody key={s.subsystem}>
              <tr className="border-t border-line">
                <th scope="rowgroup" rowSpan={runnerName ? 2 : 1} className={`${cell} font-semibold`}>
                  {s.label}
                </th>
                <td className={cell}>
                  {s.ghost ? (
                    <>
                      <span className="italic">{s.ghost.name}</span>
                      <span className="block text-xs text-muted">
                        {s.ghost.completedItems} of {s.ghost.totalItems} tasks done
                      </span>
                    </>
                  ) : (
                    <span className="text-muted">No CADENCE team ghost</span>
                  )}
                </td>
                {PACE_SHARES.map((share, i) => (
                  <td key={share} className={`${cell} text-right`}>
                    {s.ghost ? <Days point={s.ghost.points[i]} missing="never reached" /> : "—"}
                  </td>
                ))}
              </tr>
              {runnerName ? <RunnerRow pace={s} name={runnerName} cohort={runner?.kind === "cohort"} /> : null}
            </tbody>
          ))}
        </table>
      </ScrollArea>
    </div>
  );
}

function RunnerRow({ pace, name, cohort }: { pace: SubsystemPace; name: string; cohort: boolean }) {
  return (
    <tr className="bg-blue-50/50">
      <td className={`${cell} font-medium`}>
        {name}
        <span className="block text-xs font-normal text-muted">
          {pace.runner
            ? `${pace.modules} published ${pace.modules === 1 ? "module" : "modules"}${cohort ? `, ${pace.runner.started} started` : ""}`
            : cohort
              ? "nobody has started"
              : "not started"}
        </span>
      </td>
      {PACE_SHARES.map((share, i) => {
        const point = pace.runner?.points[i];
        const ghostDays = pace.ghost?.points[i]?.days ?? null;
        return (
          <td key={share} className={`${cell} text-right`}>
            {point && pace.runner ? (
              <>
                <Days point={point} missing={cohort ? "nobody yet" : "not yet"} />
                {cohort && point.reached > 0 ? (
                  <span className="block text-xs text-muted">
                    {point.reached} of {pace.runner.started} {pace.runner.started === 1 ? "student" : "students"}
                  </span>
                ) : null}
                {point.days !== null && pace.ghost ? <Versus days={point.days} ghost={ghostDays} /> : null}
              </>
            ) : (
              "—"
            )}
          </td>
        );
      })}
    </tr>
  );
}

function Days({ point, missing }: { point: PacePoint | undefined; missing: string }) {
  if (!point || point.days === null) return <span className="text-muted">{missing}</span>;
  return <span className="tabular-nums">{daysText(point.days)}</span>;
}

/** Ahead or behind the CADENCE team at the same share, in words and an arrow, not colour alone. */
function Versus({ days, ghost }: { days: number; ghost: number | null }) {
  if (ghost === null) {
    return (
      <span className="block text-xs font-medium text-ok">
        <span aria-hidden="true">▲ </span>further than the team got
      </span>
    );
  }
  const delta = Math.round((days - ghost) * 10) / 10;
  if (delta === 0) return <span className="block text-xs text-ok">level with the team</span>;
  const ahead = delta < 0;
  return (
    <span className={`block text-xs font-medium ${ahead ? "text-ok" : "text-bad"}`}>
      <span aria-hidden="true">{ahead ? "▲ " : "▼ "}</span>
      {daysText(Math.abs(delta))} {ahead ? "ahead" : "behind"}
    </span>
  );
}
