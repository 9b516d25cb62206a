import type { CohortChoice } from "@/db/queries/cohorts";
import { plural } from "./levels";

/**
 * Picks the cohort: one select of the teams the viewer may review, grouped by university, each
 * named with its semester. A plain GET form, so the choice is the URL (`?team=`) and works
 * without JavaScript; a new cohort starts from the default view.
 */
export function CohortPicker({ choices, teamId, quietDays }: { choices: CohortChoice[]; teamId: number; quietDays: number | null }) {
  const universities = [...new Map(choices.map((c) => [c.universityId, c.university])).entries()];
  return (
    <form action="/cohorts" method="get" aria-label="Choose a cohort" className="flex flex-wrap items-end gap-3 rounded-lg border border-line bg-white p-4 shadow-sm">
      {quietDays !== null ? <input type="hidden" name="days" value={quietDays} /> : null}
      <div className="w-full space-y-1 sm:w-auto sm:min-w-80">
        <label htmlFor="cohort-team" className="block text-sm font-medium">
          Cohort (university, team and semester)
        </label>
        <select
          id="cohort-team"
          name="team"
          defaultValue={String(teamId)}
          key={teamId}
          className="w-full rounded-md border border-line bg-white px-3 py-2 text-base"
        >
          {universities.map(([universityId, university]) => (
            <optgroup key={universityId} label={university}>
              {choices
                .filter((c) => c.universityId === universityId)
                .map((c) => (
                  <option key={c.teamId} value={c.teamId}>
                    {c.team}, {c.semester} ({plural(c.students, "student")})
                  </option>
                ))}
            </optgroup>
          ))}
        </select>
      </div>
      <button type="submit" className="rounded-md bg-brand px-4 py-2 text-sm font-semibold text-white hover:bg-brand-strong">
        Show cohort
      </button>
    </form>
  );
}
