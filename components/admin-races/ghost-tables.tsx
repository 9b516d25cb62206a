import Link from "next/link";
import { clockText, durationText, linkClass, subsystemLabel } from "@/components/modules/labels";
import { ScrollArea } from "@/components/ui/scroll-area";
import type { DroppedRow, GhostRow, ModuleTargetRow } from "@/db/races/ghosts-overview";

const head = "px-2 py-2 font-medium";
const cell = "px-2 py-2";

/** The cohort ghosts as stored, with their size and reach from the last build. */
export function GhostsTable({ ghosts }: { ghosts: readonly GhostRow[] }) {
  return (
    <ScrollArea label="Cohort ghosts">
      <table className="w-full min-w-[36rem] text-sm">
        <caption className="sr-only">Cohort ghosts: one per university, semester and subsystem</caption>
        <thead>
          <tr className="border-b border-line text-left">
            <th scope="col" className={head}>Cohort</th>
            <th scope="col" className={head}>Semester</th>
            <th scope="col" className={head}>Subsystem</th>
            <th scope="col" className={`${head} text-right`}>Students</th>
            <th scope="col" className={`${head} text-right`}>Modules covered</th>
          </tr>
        </thead>
        <tbody>
          {ghosts.map((g) => (
            <tr key={g.cohortId} className="border-b border-line last:border-b-0">
              <th scope="row" className={`${cell} text-left font-medium`}>
                {g.name}
              </th>
              <td className={cell}>{g.semester ?? "—"}</td>
              <td className={cell}>{g.subsystem ? subsystemLabel(g.subsystem) : "—"}</td>
              <td className={`${cell} text-right tabular-nums`}>{g.students ?? "—"}</td>
              <td className={`${cell} text-right tabular-nums`}>{g.modules ?? "—"}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollArea>
  );
}

/** Cohorts the last build did not turn into ghosts, and why. */
export function DroppedTable({ dropped }: { dropped: readonly DroppedRow[] }) {
  return (
    <ScrollArea label="Dropped cohorts">
      <table className="w-full min-w-[36rem] text-sm">
        <caption className="sr-only">Cohorts dropped by the last build, with the reason</caption>
        <thead>
          <tr className="border-b border-line text-left">
            <th scope="col" className={head}>University</th>
            <th scope="col" className={head}>Semester</th>
            <th scope="col" className={head}>Subsystem</th>
            <th scope="col" className={`${head} text-right`}>Students</th>
            <th scope="col" className={head}>Reason</th>
          </tr>
        </thead>
        <tbody>
          {dropped.map((d) => (
            <tr key={`${d.university}|${d.semester}|${d.subsystem ?? ""}`} className="border-b border-line last:border-b-0">
              <th scope="row" className={`${cell} text-left font-medium`}>
                {d.university}
              </th>
              <td className={cell}>{d.semester}</td>
              <td className={cell}>{d.subsystem ? subsystemLabel(d.subsystem) : "all"}</td>
              <td className={`${cell} text-right tabular-nums`}>{d.students}</td>
              <td className={cell}>{d.reason}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollArea>
  );
}

const SOURCE_LABELS = {
  ghosts: "Ghosts' finish quartiles",
  calibration: "Calibrated average time",
  estimate: "Estimated minutes",
} as const;

function targetCell(seconds: number) {
  return (
    <>
      <span aria-hidden="true">{clockText(seconds)}</span>
      <span className="sr-only">{durationText(seconds)}</span>
    </>
  );
}

/** Every published module's medal targets and where they came from. */
export function ModuleTargetsTable({ modules }: { modules: readonly ModuleTargetRow[] }) {
  return (
    <ScrollArea label="Time targets per module">
      <table className="w-full min-w-[48rem] text-sm">
        <caption className="sr-only">Medal time targets per published module, with their source</caption>
        <thead>
          <tr className="border-b border-line text-left">
            <th scope="col" className={head}>Module</th>
            <th scope="col" className={head}>Subsystem</th>
            <th scope="col" className={`${head} text-right`}>Gold</th>
            <th scope="col" className={`${head} text-right`}>Silver</th>
            <th scope="col" className={`${head} text-right`}>Bronze</th>
            <th scope="col" className={head}>Source</th>
            <th scope="col" className={`${head} text-right`}>Ghosts</th>
            <th scope="col" className={`${head} text-right`}>Students pooled</th>
          </tr>
        </thead>
        <tbody>
          {modules.map((m) => (
            <tr key={m.moduleId} className="border-b border-line last:border-b-0">
              <th scope="row" className={`${cell} text-left font-normal`}>
                <Link href={`/races/${m.slug}`} className={linkClass}>
                  {m.title}
                </Link>
              </th>
              <td className={cell}>{subsystemLabel(m.subsystem)}</td>
              {m.targets ? (
                <>
                  <td className={`${cell} text-right tabular-nums`}>{targetCell(m.targets.gold)}</td>
                  <td className={`${cell} text-right tabular-nums`}>{targetCell(m.targets.silver)}</td>
                  <td className={`${cell} text-right tabular-nums`}>{targetCell(m.targets.bronze)}</td>
                  <td className={cell}>{SOURCE_LABELS[m.targets.source]}</td>
                </>
              ) : (
                <td colSpan={4} className={`${cell} text-muted`}>
                  Not built yet
                </td>
              )}
              <td className={`${cell} text-right tabular-nums`}>{m.ghosts}</td>
              <td className={`${cell} text-right tabular-nums`}>{m.pooledStudents ?? "—"}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollArea>
  );
}
