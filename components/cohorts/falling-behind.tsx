import Link from "next/link";
import { linkClass, scoreText } from "@/components/modules/labels";
import { MAX_QUIET_DAYS, MIN_QUIET_DAYS } from "@/db/queries/cohort-query";
import type { FallingBehindStudent } from "@/db/queries/cohort-students";
import { dayText, plural } from "./levels";

/**
 * Who is falling behind and why, in words: quiet for N days or more, or two failed attempts in
 * a row on a module (named, with its scores). N is a GET form, so it stays in the URL.
 */
export function FallingBehind({
  students,
  total,
  quietDays,
  hidden,
  tableHref,
}: {
  students: FallingBehindStudent[];
  total: number;
  quietDays: number;
  /** The rest of the page's state, kept when N changes. */
  hidden: [string, string][];
  /** The students table filtered to those falling behind. */
  tableHref: string;
}) {
  return (
    <div className="space-y-4">
      <form action="/cohorts" method="get" className="flex flex-wrap items-end gap-3">
        {hidden.map(([name, value]) => (
          <input key={name} type="hidden" name={name} value={value} />
        ))}
        <div className="space-y-1">
          <label htmlFor="quiet-days" className="block text-sm font-medium">
            Days without activity
          </label>
          <input
            id="quiet-days"
            name="days"
            type="number"
            inputMode="numeric"
            min={MIN_QUIET_DAYS}
            max={MAX_QUIET_DAYS}
            required
            defaultValue={quietDays}
            key={quietDays}
            aria-describedby="quiet-days-hint"
            className="w-28 rounded-md border border-line bg-white px-3 py-2 text-base"
          />
        </div>
        <button type="submit" className="rounded-md border border-line bg-white px-4 py-2 text-sm font-semibold text-brand hover:bg-blue-50">
          Update
        </button>
        <p id="quiet-days-hint" className="w-full text-sm text-muted">
          A student falls behind after {plural(quietDays, "day")} without an attempt, or with two failed attempts in a row on
          the same module (finished, under 70) and nothing mastered since.
        </p>
      </form>

      {students.length === 0 ? (
        <p className="text-muted">
          No one is falling behind: everyone was active in the last {plural(quietDays, "day")}, and no one failed a module twice in a row.
        </p>
      ) : (
        <>
          <p role="status" className="text-sm">
            {total > students.length
              ? `${plural(total, "student")} falling behind; the first ${students.length} by name are listed. `
              : `${plural(total, "student")} falling behind. `}
            <Link href={tableHref} className={linkClass}>
              Show them in the students table
            </Link>
          </p>
          <ul className="divide-y divide-line">
            {students.map((student) => (
              <li key={student.id} className="space-y-1 py-3">
                <Link href={`/students/${encodeURIComponent(student.id)}`} className={linkClass}>
                  {student.name}
                </Link>
                <ul className="list-disc space-y-0.5 pl-5 text-sm">
                  {student.quietDays !== null ? (
                    <li>
                      {student.lastActivity ? (
                        <>
                          No activity for {plural(student.quietDays, "day")} (last on{" "}
                          <time dateTime={student.lastActivity}>{dayText(student.lastActivity)}</time>).
                        </>
                      ) : (
                        `No activity at all in the ${plural(student.quietDays, "day")} since their record was created.`
                      )}
                    </li>
                  ) : null}
                  {student.stuck.map((module) => (
                    <li key={module.slug}>
                      Failed{" "}
                      <Link href={`/modules/${module.slug}`} className={linkClass}>
                        {module.title}
                      </Link>{" "}
                      twice in a row ({module.scores.map(scoreText).join(" then ")})
                      {module.lastAt ? (
                        <>
                          , last on <time dateTime={module.lastAt}>{dayText(module.lastAt)}</time>
                        </>
                      ) : null}
                      .
                    </li>
                  ))}
                </ul>
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
