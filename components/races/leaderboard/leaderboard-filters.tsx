"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import type { FormEvent } from "react";
import { SUBSYSTEM_LABELS, type Subsystem } from "@/app/lib/domain/vocabulary";
import { COHORT_LEVEL_LABELS } from "@/components/cohorts/levels";
import { COHORT_LEVELS } from "@/db/queries/cohort-levels";
import type { LeaderboardFilterOptions } from "@/db/queries/leaderboard-filters";
import { cohortValue, LEADERBOARD_WINDOW_LABELS, LEADERBOARD_WINDOWS, NO_FILTERS, type LeaderboardFilters } from "@/db/queries/leaderboard-params";
import { hrefWith } from "./params";

const selectClass = "w-full rounded-md border border-line bg-white px-3 py-2 text-base";

/**
 * The leaderboard's filters: a GET form, so the filters are the URL (shareable, back button) and
 * work before any JavaScript. With JavaScript it navigates in place, leaving out the filters at
 * their defaults so links stay short. The page's other parameters ride along as hidden fields.
 */
export function LeaderboardFilterForm({
  path,
  filters,
  options,
  subsystem,
  kept,
  active,
}: {
  path: string;
  filters: LeaderboardFilters;
  options: LeaderboardFilterOptions;
  subsystem: Subsystem;
  kept: [string, string][];
  active: boolean;
}) {
  // Remounted when the URL changes, so the selects show the filters in force after back/forward.
  const key = JSON.stringify(filters);
  const router = useRouter();

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const chosen = [...new FormData(event.currentTarget)].flatMap(([name, value]): [string, string][] => {
      const text = typeof value === "string" ? value.trim() : "";
      const isDefault = text === "" || (name === "window" && text === NO_FILTERS.window);
      return isDefault ? [] : [[name, text]];
    });
    router.push(hrefWith(path, chosen), { scroll: false });
  }

  return (
    <form
      key={key}
      role="search"
      aria-label="Filter the leaderboard"
      action={path}
      method="get"
      onSubmit={submit}
      className="space-y-4 rounded-lg border border-line bg-canvas p-4"
    >
      {kept.map(([name, value], i) => (
        <input key={`${name}-${i}`} type="hidden" name={name} value={value} />
      ))}
      <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
        <Select id="lb-cohort" name="cohort" label="Cohort" hint="A university's students of one semester." value={filters.cohort ? cohortValue(filters.cohort) : ""}>
          <option value="">Any cohort</option>
          {options.cohorts.map((c) => (
            <option key={c.value} value={c.value}>
              {c.label}
            </option>
          ))}
        </Select>
        <Select id="lb-team" name="team" label="Team" value={filters.teamId === null ? "" : String(filters.teamId)}>
          <option value="">Any team</option>
          {options.teams.map((t) => (
            <option key={t.id} value={t.id}>
              {t.label}
            </option>
          ))}
        </Select>
        <Select id="lb-university" name="university" label="University" value={filters.universityId === null ? "" : String(filters.universityId)}>
          <option value="">Any university</option>
          {options.universities.map((u) => (
            <option key={u.id} value={u.id}>
              {u.name} ({u.shortName})
            </option>
          ))}
        </Select>
        <Select id="lb-semester" name="semester" label="Semester" value={filters.semester ?? ""}>
          <option value="">Any semester</option>
          {options.semesters.map((s) => (
            <option key={s} value={s}>
              {s}
            </option>
          ))}
        </Select>
        <Select id="lb-window" name="window" label="Time window" hint="This week is the last 7 days; a semester starts when its teams were formed." value={filters.window}>
          {LEADERBOARD_WINDOWS.map((w) => (
            <option key={w} value={w}>
              {LEADERBOARD_WINDOW_LABELS[w]}
            </option>
          ))}
        </Select>
        <Select
          id="lb-level"
          name="level"
          label="Competency bracket"
          hint={`The student's recorded level in ${SUBSYSTEM_LABELS[subsystem]}, this module's subsystem.`}
          value={filters.level ?? ""}
        >
          <option value="">Any level</option>
          {COHORT_LEVELS.map((level) => (
            <option key={level} value={level}>
              {COHORT_LEVEL_LABELS[level]}
            </option>
          ))}
        </Select>
      </div>
      <div className="flex flex-wrap items-center gap-3">
        <button type="submit" className="rounded-md bg-brand px-4 py-2 text-sm font-semibold text-white hover:bg-brand-strong">
          Apply filters
        </button>
        {active ? (
          <Link href={hrefWith(path, kept)} scroll={false} className="text-sm font-medium text-brand underline-offset-4 hover:underline">
            Clear filters
          </Link>
        ) : null}
      </div>
    </form>
  );
}

function Select({ id, name, label, hint, value, children }: { id: string; name: string; label: string; hint?: string; value: string; children: React.ReactNode }) {
  return (
    <div className="min-w-0 space-y-1">
      <label htmlFor={id} className="block text-sm font-medium">
        {label}
      </label>
      <select id={id} name={name} defaultValue={value} aria-describedby={hint ? `${id}-hint` : undefined} className={selectClass}>
        {children}
      </select>
      {hint ? (
        <p id={`${id}-hint`} className="text-xs text-muted">
          {hint}
        </p>
      ) : null}
    </div>
  );
}
