"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { SUBSYSTEMS, type Subsystem } from "@/app/lib/domain/vocabulary";
import { filterHref } from "@/components/data-table/url-state";
import { COHORT_LEVELS, type CohortLevel } from "@/db/queries/cohort-levels";
import { STUDENT_FILTER_NAMES, type CohortStudentFilters } from "@/db/queries/cohort-query";
import { COHORT_LEVEL_LABELS, subsystemName } from "./levels";

const number = new Intl.NumberFormat("en-US");

/**
 * The students table's filters. A GET form that works before hydration; with JavaScript it
 * navigates with router.push, so the page keeps its scroll and each filter is a history entry.
 * Level counts come from SQL for the subsystem in the URL, under the other filters.
 */
export function StudentFilters({
  search,
  filters,
  facets,
  clearHref,
  active,
}: {
  /** The page's query string, whose other state the form keeps. */
  search: string;
  filters: CohortStudentFilters;
  facets: { levels: Record<CohortLevel, number>; behind: number };
  clearHref: string;
  active: boolean;
}) {
  const router = useRouter();
  const [subsystem, setSubsystem] = useState<string>(filters.subsystem ?? "");
  const kept = [...new URLSearchParams(search)].filter(([name]) => !(STUDENT_FILTER_NAMES as readonly string[]).includes(name) && name !== "page");
  const countsShown = subsystem !== "" && subsystem === filters.subsystem;

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    router.push(filterHref("/cohorts", search, STUDENT_FILTER_NAMES, new FormData(event.currentTarget)), { scroll: false });
  }

  return (
    <form
      role="search"
      aria-label="Filter students"
      action="/cohorts"
      method="get"
      onSubmit={submit}
      className="space-y-4 rounded-lg border border-line bg-canvas p-4"
    >
      {kept.map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <div className="flex flex-wrap items-start gap-x-6 gap-y-4">
        <div className="w-full space-y-1 sm:w-56">
          <label htmlFor="filter-q" className="block text-sm font-medium">
            Name contains
          </label>
          <input
            id="filter-q"
            name="q"
            type="search"
            maxLength={100}
            defaultValue={filters.q ?? ""}
            key={filters.q ?? ""}
            className="w-full rounded-md border border-line bg-white px-3 py-2 text-base"
          />
        </div>
        <div className="w-full space-y-1 sm:w-56">
          <label htmlFor="filter-subsystem" className="block text-sm font-medium">
            Level in subsystem
          </label>
          <select
            id="filter-subsystem"
            name="subsystem"
            value={subsystem}
            onChange={(event) => setSubsystem(event.target.value)}
            className="w-full rounded-md border border-line bg-white px-3 py-2 text-base"
          >
            <option value="">Any subsystem</option>
            {SUBSYSTEMS.map((s: Subsystem) => (
              <option key={s} value={s}>
                {subsystemName(s)}
              </option>
            ))}
          </select>
        </div>
        <fieldset disabled={subsystem === ""} className="min-w-0 max-w-full space-y-1 disabled:opacity-60" aria-describedby="filter-level-hint">
          <legend className="text-sm font-medium">Level</legend>
          <div className="flex flex-wrap gap-1.5 pt-1">
            {COHORT_LEVELS.map((level) => (
              <label
                key={level}
                className="inline-flex cursor-pointer items-center gap-1.5 rounded-full border border-line bg-white px-2.5 py-1 text-sm has-[:checked]:border-brand has-[:checked]:bg-blue-50"
              >
                <input type="checkbox" name="level" value={level} defaultChecked={filters.levels.includes(level)} className="size-4" />
                {COHORT_LEVEL_LABELS[level]}
                {countsShown ? (
                  <span className="text-muted">
                    <span className="sr-only">, </span>
                    {number.format(facets.levels[level])}
                    <span className="sr-only"> {facets.levels[level] === 1 ? "student" : "students"}</span>
                  </span>
                ) : null}
              </label>
            ))}
          </div>
          <p id="filter-level-hint" className="text-xs text-muted">
            {subsystem === "" ? "Choose a subsystem first; the levels filter on it." : "Students at any of the checked levels in that subsystem."}
          </p>
        </fieldset>
        <fieldset className="space-y-1">
          <legend className="text-sm font-medium">Progress</legend>
          <label className="inline-flex cursor-pointer items-center gap-1.5 rounded-full border border-line bg-white px-2.5 py-1 text-sm has-[:checked]:border-brand has-[:checked]:bg-blue-50">
            <input type="checkbox" name="behind" value="yes" defaultChecked={filters.behind} className="size-4" />
            Falling behind only
            <span className="text-muted">
              <span className="sr-only">, </span>
              {number.format(facets.behind)}
              <span className="sr-only"> {facets.behind === 1 ? "student" : "students"}</span>
            </span>
          </label>
        </fieldset>
      </div>
      <div className="flex flex-wrap items-center gap-3">
        <button type="submit" className="rounded-md bg-brand px-4 py-2 text-sm font-semibold text-white hover:bg-brand-strong">
          Apply filters
        </button>
        {active ? (
          <Link href={clearHref} scroll={false} className="text-sm font-medium text-brand underline-offset-4 hover:underline">
            Clear filters
          </Link>
        ) : null}
      </div>
    </form>
  );
}
