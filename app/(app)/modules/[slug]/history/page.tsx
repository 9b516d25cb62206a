import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { cache } from "react";
import { z } from "zod";
import type { Viewer } from "@/app/lib/auth/roles";
import { requirePermission, requireViewer } from "@/app/lib/session";
import { CalibrationByVersion } from "@/components/module-history/calibration-by-version";
import { CompareForm } from "@/components/module-history/compare-form";
import { VersionDiff } from "@/components/module-history/version-diff";
import { VersionList } from "@/components/module-history/version-list";
import { linkClass } from "@/components/modules/labels";
import { getModuleHistory } from "@/db/modules/version-history";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

const VERSION = z.string().regex(/^\d{1,9}\.\d{1,9}\.\d{1,9}$/);
const Compare = z.object({ from: VERSION.optional().catch(undefined), to: VERSION.optional().catch(undefined) });

function isSlug(slug: string): boolean {
  return /^[a-z0-9][a-z0-9-]{0,254}$/.test(slug);
}

async function staffViewer(slug: string): Promise<Viewer> {
  await requireViewer(`/modules/${slug}/history`);
  return requirePermission("modules.edit");
}

/** Read once per request: the metadata and the page share it. */
const historyOf = cache(async (viewer: Viewer, slug: string, from: string | undefined, to: string | undefined) =>
  isSlug(slug) ? getModuleHistory(viewer, slug, { from, to }) : null,
);

export async function generateMetadata(props: Props): Promise<Metadata> {
  const { slug } = await props.params;
  const { from, to } = Compare.parse(await props.searchParams);
  const history = await historyOf(await staffViewer(slug), slug, from, to);
  return { title: history ? `History of ${history.module.title}` : "Module not found" };
}

export default async function ModuleHistoryPage(props: Props) {
  const { slug } = await props.params;
  const viewer = await staffViewer(slug);
  const { from, to } = Compare.parse(await props.searchParams);
  const history = await historyOf(viewer, slug, from, to);
  if (!history) notFound();
  const { module, versions, comparison } = history;

  return (
    <div className="space-y-10">
      <header className="max-w-3xl space-y-3">
        <nav aria-label="Breadcrumb" className="flex flex-wrap gap-x-6 gap-y-1 text-sm">
          <Link href={`/modules/${slug}`} className={linkClass}>
            <span aria-hidden="true">← </span>Back to the module
          </Link>
          <Link href={`/modules/${slug}/edit`} className={linkClass}>
            Edit the module
          </Link>
        </nav>
        <h1 className="text-3xl font-bold tracking-tight">Version history: {module.title}</h1>
        <p className="text-muted">
          {module.currentVersion ? <>Students take version {module.currentVersion}. </> : <>No version is current yet. </>}
          Every save is kept. Restoring an old version saves its content as a new version, so nothing is lost. Times in UTC.
        </p>
      </header>

      <section aria-labelledby="compare-heading" className="max-w-4xl space-y-4">
        <h2 id="compare-heading" className="text-xl font-semibold">
          Compare two versions
        </h2>
        {versions.filter((v) => v.readable).length < 2 ? (
          <p className="text-muted">There is only one version so far: save a change to compare versions.</p>
        ) : (
          <>
            <CompareForm slug={slug} versions={versions} from={comparison?.from ?? null} to={comparison?.to ?? null} />
            {history.comparisonProblem ? (
              <p role="status" className="rounded-md border border-amber-300 bg-amber-50 px-4 py-3 text-warn">
                {history.comparisonProblem}
              </p>
            ) : null}
            {comparison ? <VersionDiff from={comparison.from} to={comparison.to} diff={comparison.diff} /> : null}
          </>
        )}
      </section>

      <section aria-labelledby="versions-heading" className="max-w-4xl space-y-4">
        <h2 id="versions-heading" className="text-xl font-semibold">
          Versions <span className="text-base font-normal text-muted">({versions.length}, newest first)</span>
        </h2>
        {versions.length === 0 ? (
          <p className="text-muted">No version of this module has been saved yet.</p>
        ) : (
          <VersionList slug={slug} versions={versions} currentVersion={module.currentVersion} />
        )}
      </section>

      <section aria-labelledby="calibration-heading" className="max-w-3xl space-y-3">
        <h2 id="calibration-heading" className="text-xl font-semibold">
          Calibration by major version
        </h2>
        <p className="text-sm text-muted">
          A major version changes what is scored, so its calibration starts from its own attempts; the figures of earlier major versions are kept here.
        </p>
        <CalibrationByVersion calibrations={history.calibrations} />
      </section>
    </div>
  );
}
