import type { Metadata } from "next";
import Link from "next/link";
import { STUDY_WORDS_PER_MINUTE, MIN_ESTIMATED_MINUTES } from "@/app/lib/domain/document-module";
import { requireRole } from "@/app/lib/session";
import { GenerateModulesForm } from "@/components/admin-modules/generate-form";
import { GeneratedModulesTable } from "@/components/admin-modules/generated-modules-table";
import { generatorRunHref } from "@/components/admin-modules/run-link";
import { linkClass, plural } from "@/components/modules/labels";
import { getGeneratorOverview, type GeneratorOverview } from "@/db/jobs/generated-modules";

export const dynamic = "force-dynamic";

export const metadata: Metadata = { title: "Modules from CADENCE documents" };

// The server cannot know the reader's time zone; UTC, said out loud, is never misread.
const WHEN = new Intl.DateTimeFormat("en-US", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });

export default async function AdminModulesPage() {
  const viewer = await requireRole("admin");
  const overview = await getGeneratorOverview(viewer);
  const drafts = overview.modules.filter((m) => m.status === "draft").length;
  return (
    <div className="space-y-10">
      <section className="max-w-3xl space-y-3">
        <nav aria-label="Breadcrumb" className="text-sm font-medium">
          <Link href="/admin" className="text-brand underline-offset-4 hover:underline">
            <span aria-hidden="true">← </span>Admin
          </Link>
        </nav>
        <h1 className="text-3xl font-bold tracking-tight">Modules from CADENCE documents</h1>
        <p className="text-lg text-muted">
          Each kept CADENCE technical document can become a draft module: its title, subsystem, first paragraph as
          the summary and its headings as sections. Drafts are hidden from students until faculty add checkpoints and
          publish them.
        </p>
      </section>

      <section aria-labelledby="generate-heading" className="max-w-3xl space-y-4">
        <h2 id="generate-heading" className="text-xl font-semibold">
          Draft new modules
        </h2>
        <Waiting overview={overview} />
        <p className="text-sm text-muted">
          A run also brings drafts nobody has edited up to date with their document (as a new version). Drafts a person
          has edited, and published or archived modules, are left alone. Estimated time assumes {STUDY_WORDS_PER_MINUTE}{" "}
          words a minute, at least {MIN_ESTIMATED_MINUTES} minutes. The same job runs from the command line as{" "}
          <code className="rounded bg-white px-1 py-0.5 font-mono text-[0.9em] text-ink ring-1 ring-line">npm run jobs:generate-modules</code>.
        </p>
        <GenerateModulesForm />
        {overview.lastRun ? (
          <p className="text-sm text-muted">
            Last run
            {overview.lastRun.at ? (
              <>
                {" "}
                <time dateTime={overview.lastRun.at}>{WHEN.format(new Date(overview.lastRun.at))} UTC</time>
              </>
            ) : null}
            : {overview.lastRun.message}{" "}
            <Link href={generatorRunHref(overview.lastRun.runId)} className={linkClass}>
              Agent-log entry #{overview.lastRun.logId}
            </Link>
          </p>
        ) : null}
      </section>

      <section aria-labelledby="generated-heading" className="space-y-4">
        <div className="flex flex-wrap items-baseline justify-between gap-2">
          <h2 id="generated-heading" className="text-xl font-semibold">
            Modules made from documents
          </h2>
          <p className="text-sm text-muted">
            {plural(overview.modules.length, "module")}, {drafts} still {drafts === 1 ? "a draft" : "drafts"}. Times in UTC.
          </p>
        </div>
        {overview.modules.length === 0 ? (
          <p className="rounded-lg border border-dashed border-line bg-white p-6 text-center text-muted">
            No module has been made from a document yet. Draft them above.
          </p>
        ) : (
          <GeneratedModulesTable modules={overview.modules} />
        )}
      </section>
    </div>
  );
}

function Waiting({ overview }: { overview: GeneratorOverview }) {
  const { documentsWithoutModule: waiting, withoutSubsystem } = overview;
  if (waiting === 0) {
    return <p>Every kept technical document has a module.</p>;
  }
  return (
    <p>
      <strong className="font-semibold">{plural(waiting, "technical document")}</strong> {waiting === 1 ? "has" : "have"} no module yet
      {withoutSubsystem > 0
        ? `; ${withoutSubsystem} of them ${withoutSubsystem === 1 ? "has" : "have"} no subsystem and will be skipped until a subsystem is set in the explorer`
        : ""}
      .
    </p>
  );
}
