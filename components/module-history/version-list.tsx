import Link from "next/link";
import type { VersionEntry } from "@/db/modules/version-history";
import { linkClass } from "@/components/modules/labels";
import { STEP_LABELS, whenText } from "./labels";
import { RestoreVersionForm } from "./restore-form";

/** Every version, newest first, each with a way to compare it and (if not current) restore it. */
export function VersionList({ slug, versions, currentVersion }: { slug: string; versions: VersionEntry[]; currentVersion: string | null }) {
  const historyPath = `/modules/${slug}/history`;
  return (
    <ol className="space-y-3">
      {versions.map((version, i) => {
        const isCurrent = version.versionNumber === currentVersion;
        const previous = versions.slice(i + 1).find((v) => v.readable);
        return (
          <li key={version.versionId} aria-labelledby={`version-${version.versionId}`} className="space-y-3 rounded-lg border border-line bg-white p-4 shadow-sm">
            <div className="flex flex-wrap items-baseline gap-x-3 gap-y-1">
              <h3 id={`version-${version.versionId}`} className="text-lg font-semibold">
                Version {version.versionNumber}
              </h3>
              {isCurrent ? (
                <span className="inline-flex rounded-full border border-green-200 bg-green-50 px-2 py-0.5 text-sm font-semibold text-ok">Current</span>
              ) : null}
              <span className="text-sm text-muted">{STEP_LABELS[version.step]}</span>
            </div>
            <p className="text-sm text-muted">
              Saved {whenText(version.createdAt)} by {version.createdBy ?? "an unknown author"}
            </p>
            {version.changeDescription ? <p className="whitespace-pre-wrap break-words">{version.changeDescription}</p> : null}
            {!version.readable ? <p className="text-sm text-warn">This version can no longer be read, so it cannot be compared or restored.</p> : null}
            {version.readable ? (
              <div className="flex flex-wrap items-start gap-x-6 gap-y-3">
                <p className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
                  {previous ? (
                    <Link href={`${historyPath}?from=${previous.versionNumber}&to=${version.versionNumber}#compare-heading`} className={linkClass}>
                      Changes from {previous.versionNumber}
                    </Link>
                  ) : null}
                  {!isCurrent && currentVersion ? (
                    <Link href={`${historyPath}?from=${version.versionNumber}&to=${currentVersion}#compare-heading`} className={linkClass}>
                      Compare with current
                    </Link>
                  ) : null}
                </p>
                {!isCurrent ? <RestoreVersionForm slug={slug} versionNumber={version.versionNumber} currentVersion={currentVersion} /> : null}
              </div>
            ) : null}
          </li>
        );
      })}
    </ol>
  );
}
