import Link from "next/link";
import { linkClass } from "@/components/modules/labels";
import type { SubsystemLevels } from "@/db/queries/cohorts";
import { plural, subsystemName } from "./levels";

/**
 * Per subsystem, how many students are at competency or above. A subsystem with one such
 * student depends on them alone; one with none has no bench at all. Both are said in words.
 */
export function BenchDepth({ levels }: { levels: SubsystemLevels[] }) {
  const none = levels.filter((l) => l.bench === 0);
  const single = levels.filter((l) => l.bench === 1);
  const names = (list: SubsystemLevels[]) => list.map((l) => subsystemName(l.subsystem)).join(", ");
  return (
    <div className="space-y-4">
      <p>
        {none.length === 0 && single.length === 0
          ? "Every subsystem has at least two students at competency or above."
          : [
              single.length > 0 ? `${single.length === 1 ? "One subsystem depends" : `${single.length} subsystems depend`} on a single student (${names(single)}).` : "",
              none.length > 0 ? `${none.length === 1 ? "One subsystem has" : `${none.length} subsystems have`} nobody at competency or above (${names(none)}).` : "",
            ]
              .filter(Boolean)
              .join(" ")}
      </p>
      <ul className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
        {levels.map((entry) => (
          <li
            key={entry.subsystem}
            className={`space-y-1 rounded-md border p-3 ${
              entry.bench === 0 ? "border-red-300 bg-red-50" : entry.bench === 1 ? "border-amber-300 bg-amber-50" : "border-line"
            }`}
          >
            <h3 className="font-semibold">{subsystemName(entry.subsystem)}</h3>
            <p className="text-sm">
              <span className="text-2xl font-semibold tabular-nums">{entry.bench}</span>{" "}
              {entry.bench === 1 ? "student" : "students"} at competency or above
            </p>
            {entry.bench === 0 ? (
              <p className="text-sm font-semibold text-bad">No bench: nobody could take this subsystem over.</p>
            ) : entry.bench === 1 ? (
              <p className="text-sm font-semibold text-warn">
                Single point of failure: only{" "}
                {entry.onlyStudent ? (
                  <Link href={`/students/${encodeURIComponent(entry.onlyStudent.id)}`} className={linkClass}>
                    {entry.onlyStudent.name}
                  </Link>
                ) : (
                  "one student"
                )}
                .
              </p>
            ) : (
              <p className="text-sm text-muted">{plural(entry.bench, "student")} could cover it.</p>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
