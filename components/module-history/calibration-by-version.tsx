import type { MajorCalibration } from "@/db/modules/version-history";
import { durationText } from "@/components/modules/labels";
import { majorCalibrationText } from "./labels";

/**
 * What calibration measured on each major version. A major version changes scoring, so its
 * figures start from nothing; the earlier ones are kept for comparison.
 */
export function CalibrationByVersion({ calibrations }: { calibrations: MajorCalibration[] }) {
  if (calibrations.length === 0) return <p className="text-muted">No version of this module has been calibrated yet.</p>;
  return (
    <ul className="space-y-2">
      {calibrations.map((c) => (
        <li key={c.majorVersion} className="rounded-md border border-line bg-white px-4 py-3">
          <span className="font-medium">{majorCalibrationText(c)}</span>
          {c.averageTimeSeconds ? <span className="text-muted">, {durationText(c.averageTimeSeconds)} on average</span> : null}
          <span className="text-muted">{c.current ? " (current major version)" : " (archived when the next major version was saved)"}</span>
        </li>
      ))}
    </ul>
  );
}
