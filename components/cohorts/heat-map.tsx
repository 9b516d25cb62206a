import Link from "next/link";
import { SUBSYSTEMS } from "@/app/lib/domain/vocabulary";
import { ScrollArea } from "@/components/ui/scroll-area";
import { linkClass } from "@/components/modules/labels";
import { COHORT_LEVELS } from "@/db/queries/cohort-levels";
import { HEAT_MAP_PAGE_SIZE, type HeatMapPage, type SubsystemLevels } from "@/db/queries/cohorts";
import { COHORT_LEVEL_ABBREVIATIONS, COHORT_LEVEL_CELL_CLASSES, COHORT_LEVEL_LABELS, subsystemName } from "./levels";
import { heatPageHref, heatSortHref, heatSortLabel, type CohortParams, type HeatSort } from "./params";

type View = Omit<CohortParams, "notices" | "teamId">;

/** The student column stays in view while the subsystems scroll sideways on a narrow screen. */
const STICKY = "sticky left-0 z-10 bg-white";

/** Highest level first in the counts, as the eye reads the darkest cells first. */
const COUNT_ORDER = [...COHORT_LEVELS].reverse();

/**
 * Students × subsystems: each cell the student's recorded level, as a colour and a letter (and
 * the word for screen readers); below, how many students are at each level per subsystem.
 * Sorting is a link per column header, so it lives in the URL and works without JavaScript.
 */
export function HeatMap({ page, levels, view, teamId }: { page: HeatMapPage; levels: SubsystemLevels[]; view: View; teamId: number }) {
  const caption = `Competency level of each student per subsystem, sorted by ${heatSortLabel(view.heat.sort).toLowerCase()}, ${view.heat.desc ? "descending" : "ascending"}`;
  const first = (page.page - 1) * HEAT_MAP_PAGE_SIZE + 1;
  return (
    <div className="space-y-3">
      <Legend />
      <ScrollArea label="Heat map">
        {/* Positioned, so the cells' screen-reader text stays inside the scroll area instead of widening the page. */}
        <table className="relative min-w-full border-separate border-spacing-0.5 text-sm">
          <caption className="sr-only">{caption}</caption>
          <thead>
            <tr>
              <SortableHeader view={view} teamId={teamId} sort="name" className={`min-w-32 text-left ${STICKY}`} />
              {SUBSYSTEMS.map((subsystem) => (
                <SortableHeader key={subsystem} view={view} teamId={teamId} sort={subsystem} className="min-w-16 text-center sm:min-w-20" />
              ))}
            </tr>
          </thead>
          <tbody>
            {page.rows.map((row) => (
              <tr key={row.id}>
                <th scope="row" className={`py-1 pr-2 text-left font-normal ${STICKY}`}>
                  <Link href={`/students/${encodeURIComponent(row.id)}`} className={linkClass}>
                    {row.name}
                  </Link>
                </th>
                {SUBSYSTEMS.map((subsystem) => {
                  const level = row.levels[subsystem];
                  return (
                    <td key={subsystem} className={`rounded-sm px-2 py-1.5 text-center font-semibold ${COHORT_LEVEL_CELL_CLASSES[level]}`}>
                      <span aria-hidden="true">{COHORT_LEVEL_ABBREVIATIONS[level]}</span>
                      <span className="sr-only">{COHORT_LEVEL_LABELS[level]}</span>
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <td colSpan={SUBSYSTEMS.length + 1} className="pt-3 text-xs font-semibold uppercase tracking-wide text-muted">
                Students per level{page.pageCount > 1 ? " (whole cohort)" : ""}
              </td>
            </tr>
            {COUNT_ORDER.map((level) => (
              <tr key={level}>
                <th scope="row" className={`py-0.5 pr-2 text-left font-normal whitespace-nowrap ${STICKY}`}>
                  <span aria-hidden="true" className={`mr-2 inline-block w-6 rounded-sm text-center font-semibold ${COHORT_LEVEL_CELL_CLASSES[level]}`}>
                    {COHORT_LEVEL_ABBREVIATIONS[level]}
                  </span>
                  {COHORT_LEVEL_LABELS[level]}
                </th>
                {levels.map((entry) => (
                  <td key={entry.subsystem} className="py-0.5 text-center tabular-nums">
                    {entry.counts[level]}
                  </td>
                ))}
              </tr>
            ))}
          </tfoot>
        </table>
      </ScrollArea>
      {page.pageCount > 1 ? (
        <nav aria-label="Heat-map pages" className="flex flex-wrap items-center gap-3 text-sm">
          <span className="text-muted">
            Students {first.toLocaleString("en-US")}–{(first + page.rows.length - 1).toLocaleString("en-US")} of {page.total.toLocaleString("en-US")}
          </span>
          {page.page > 1 ? (
            <Link href={heatPageHref(view, teamId, page.page - 1)} scroll={false} rel="prev" className={linkClass}>
              Previous students
            </Link>
          ) : null}
          {page.page < page.pageCount ? (
            <Link href={heatPageHref(view, teamId, page.page + 1)} scroll={false} rel="next" className={linkClass}>
              Next students
            </Link>
          ) : null}
        </nav>
      ) : null}
    </div>
  );
}

function SortableHeader({ view, teamId, sort, className }: { view: View; teamId: number; sort: HeatSort; className: string }) {
  const active = view.heat.sort === sort;
  const label = sort === "name" ? "Student" : subsystemName(sort);
  return (
    <th
      scope="col"
      aria-sort={active ? (view.heat.desc ? "descending" : "ascending") : undefined}
      className={`px-1 pb-2 align-bottom text-xs font-semibold ${className}`}
    >
      <Link href={heatSortHref(view, teamId, sort)} scroll={false} className="inline-flex items-center gap-1 rounded-sm text-brand hover:underline">
        {label}
        <span aria-hidden="true" className={active ? "text-ink" : "text-muted"}>
          {active ? (view.heat.desc ? "▼" : "▲") : "↕"}
        </span>
      </Link>
    </th>
  );
}

function Legend() {
  return (
    <ul aria-label="Levels" className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
      {COHORT_LEVELS.map((level) => (
        <li key={level} className="inline-flex items-center gap-1.5">
          <span aria-hidden="true" className={`inline-block w-6 rounded-sm border border-line text-center font-semibold ${COHORT_LEVEL_CELL_CLASSES[level]}`}>
            {COHORT_LEVEL_ABBREVIATIONS[level]}
          </span>
          {COHORT_LEVEL_LABELS[level]}
        </li>
      ))}
    </ul>
  );
}
