import { ChartFigure } from "@/components/charts/chart-figure";
import { StackedBarChart } from "@/components/charts/stacked-bar-chart";
import { COHORT_LEVELS } from "@/db/queries/cohort-levels";
import type { Cohort, MasteryComparison, MasteryWeek, SubsystemLevels } from "@/db/queries/cohorts";
import { COHORT_LEVEL_COLORS, COHORT_LEVEL_LABELS, dayText, plural, subsystemName } from "./levels";
import { MasteryChart, type MasteryChartPoint } from "./mastery-chart";

const th = "px-2 py-1 text-right font-medium";
const td = "px-2 py-1 text-right tabular-nums";

/** Stacked bars per subsystem: how many students at each level, lowest level at the left. */
export function LevelDistribution({ levels, students }: { levels: SubsystemLevels[]; students: number }) {
  const data = levels.map((entry) => ({ category: subsystemName(entry.subsystem), ...entry.counts }));
  const series = COHORT_LEVELS.map((level) => ({ key: level, label: COHORT_LEVEL_LABELS[level], color: COHORT_LEVEL_COLORS[level] }));
  const widest = [...levels].sort((a, b) => b.bench - a.bench)[0];
  return (
    <ChartFigure
      label={`Stacked bars of the ${plural(students, "student")} per level in each of the seven subsystems${
        widest && widest.bench > 0 ? `; ${subsystemName(widest.subsystem)} has the most at competency or above (${widest.bench})` : "; nobody is at competency or above yet"
      }.`}
      caption="Each bar is the whole cohort, split by the level recorded in that subsystem, from no level yet (left) to autonomy (right)."
      table={
        <table className="w-full text-sm">
          <caption className="sr-only">Students per level and subsystem</caption>
          <thead>
            <tr className="border-b border-line">
              <th scope="col" className="py-1 pr-2 text-left font-medium">Subsystem</th>
              {COHORT_LEVELS.map((level) => (
                <th key={level} scope="col" className={th}>
                  {COHORT_LEVEL_LABELS[level]}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {levels.map((entry) => (
              <tr key={entry.subsystem} className="border-b border-line last:border-b-0">
                <th scope="row" className="py-1 pr-2 text-left font-normal">{subsystemName(entry.subsystem)}</th>
                {COHORT_LEVELS.map((level) => (
                  <td key={level} className={td}>
                    {entry.counts[level]}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      }
    >
      <StackedBarChart data={data} series={series} categoryWidth={128} />
    </ChartFigure>
  );
}

/**
 * Modules mastered so far per week of the semester, against the previous semester's cohort of
 * the same university. The weeks count from each cohort's own start, so week 3 is week 3 for both.
 */
export function MasteryOverSemester({ cohort, comparison }: { cohort: Cohort; comparison: MasteryComparison }) {
  const current = comparison.cohort;
  const previous = comparison.previous;
  if (current.weeks.length === 0 && !previous) {
    return <p className="text-muted">No attempts yet in this cohort, and no cohort of an earlier semester to compare with.</p>;
  }
  const length = Math.max(current.weeks.length, previous?.weeks.length ?? 0);
  const at = (weeks: MasteryWeek[], i: number) => weeks[i]?.masteredTotal ?? null;
  const data: MasteryChartPoint[] = Array.from({ length }, (_, i) => ({
    label: `Week ${i + 1}`,
    cohort: at(current.weeks, i),
    previous: previous ? at(previous.weeks, i) : null,
  }));
  const cohortName = `${cohort.team} (${cohort.semester})`;
  const previousName = previous ? `${previous.teams.join(" and ")} (${previous.semester})` : null;
  const lastNow = current.weeks.at(-1);
  const sameWeek = previous && lastNow ? at(previous.weeks, lastNow.week - 1) : null;
  const summary = lastNow
    ? `${cohort.team} reached ${plural(lastNow.masteredTotal, "module")} mastered by week ${lastNow.week}`
    : `${cohort.team} has no attempts yet`;
  const comparisonText = previous
    ? sameWeek !== null
      ? `; the previous semester's cohort had ${sameWeek} by then`
      : `; the previous semester's cohort reached ${previous.weeks.at(-1)?.masteredTotal ?? 0}`
    : "";

  return (
    <ChartFigure
      label={`Lines of modules mastered per week of the semester: ${summary}${comparisonText}.`}
      caption={
        <>
          Modules mastered so far by the cohort&apos;s {plural(current.students, "student")}, counting each student&apos;s first
          finished attempt at 70 or more on a module, per week since the semester started on{" "}
          <time dateTime={current.start}>{dayText(current.start)}</time>.{" "}
          {previous ? (
            <>
              The dashed line is the previous semester&apos;s cohort of the same university ({previous.teams.join(" and ")},{" "}
              {previous.semester}, {plural(previous.students, "student")}), from its own start on{" "}
              <time dateTime={previous.start}>{dayText(previous.start)}</time>.
            </>
          ) : (
            "There is no cohort of an earlier semester at this university to compare with, so only this cohort is drawn."
          )}
        </>
      }
      table={
        <table className="w-full text-sm">
          <caption className="sr-only">Modules mastered so far per week of the semester</caption>
          <thead>
            <tr className="border-b border-line">
              <th scope="col" className="py-1 pr-2 text-left font-medium">Week</th>
              <th scope="col" className={th}>{cohort.team}: newly mastered</th>
              <th scope="col" className={th}>{cohort.team}: so far</th>
              {previous ? <th scope="col" className={th}>Previous semester: so far</th> : null}
            </tr>
          </thead>
          <tbody>
            {data.map((point, i) => (
              <tr key={point.label} className="border-b border-line last:border-b-0">
                <th scope="row" className="py-1 pr-2 text-left font-normal whitespace-nowrap">{point.label}</th>
                <td className={td}>{current.weeks[i]?.newlyMastered ?? "—"}</td>
                <td className={td}>{point.cohort ?? "—"}</td>
                {previous ? <td className={td}>{point.previous ?? "—"}</td> : null}
              </tr>
            ))}
          </tbody>
        </table>
      }
    >
      <MasteryChart data={data} cohortName={cohortName} previousName={previousName} />
    </ChartFigure>
  );
}
