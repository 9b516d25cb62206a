import type { Metadata } from "next";
import { Suspense } from "react";
import type { Viewer } from "@/app/lib/auth/roles";
import { requireViewer } from "@/app/lib/session";
import Link from "next/link";
import { linkClass, plural, subsystemLabel } from "@/components/modules/labels";
import { ModuleCard } from "@/components/modules/module-card";
import { listCatalogue, listDrafts, nextUp } from "@/db/queries/modules";

export const dynamic = "force-dynamic";

export const metadata: Metadata = { title: "Modules" };

const NEXT_UP = 4;

export default async function ModulesPage() {
  const viewer = await requireViewer("/modules");
  const student = viewer.role === "student" ? viewer.studentId : null;

  return (
    <div className="space-y-10">
      <section className="max-w-3xl space-y-3">
        <h1 className="text-3xl font-bold tracking-tight">Modules</h1>
        <p className="text-lg text-muted">
          {viewer.role === "student"
            ? "Short lessons on each CubeSat subsystem, each ending in checkpoints. A module opens once you have mastered the modules it builds on."
            : "The published modules by subsystem, with their difficulty as calibrated from students' attempts. Students see their own status and locks here."}
        </p>
      </section>

      {viewer.role === "student" && !student ? (
        <p className="max-w-3xl rounded-lg border border-dashed border-line bg-white p-6 text-muted">
          Your account is not linked to a student record yet, so your progress cannot be shown or recorded. Ask an admin to link your account.
        </p>
      ) : null}

      {student ? (
        <section aria-labelledby="next-up-heading" className="space-y-4">
          <h2 id="next-up-heading" className="text-xl font-semibold">
            Next up
          </h2>
          <Suspense fallback={<CardsSkeleton count={NEXT_UP} label="Loading your next modules" />}>
            <NextUp viewer={viewer} studentId={student} />
          </Suspense>
        </section>
      ) : null}

      {viewer.role !== "student" ? (
        <Suspense fallback={<CardsSkeleton count={3} label="Loading the drafts" />}>
          <Drafts viewer={viewer} />
        </Suspense>
      ) : null}

      <Suspense fallback={<CardsSkeleton count={9} label="Loading the catalogue" />}>
        <Catalogue viewer={viewer} personal={student !== null} />
      </Suspense>
    </div>
  );
}

async function NextUp({ viewer, studentId }: { viewer: Viewer; studentId: string }) {
  const modules = await nextUp(viewer, studentId, NEXT_UP);
  if (modules.length === 0) {
    return <p className="text-muted">Nothing left to unlock: every module you can open is mastered.</p>;
  }
  return (
    <ol className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4" aria-label="Next up, in learning-path order">
      {modules.map((module) => (
        <li key={module.id}>
          <ModuleCard module={module} showSubsystem />
        </li>
      ))}
    </ol>
  );
}

async function Catalogue({ viewer, personal }: { viewer: Viewer; personal: boolean }) {
  const subsystems = (await listCatalogue(viewer)).filter((s) => s.modules.length > 0);
  return (
    <div className="space-y-10">
      <nav aria-label="Subsystems" className="flex flex-wrap gap-x-5 gap-y-2 text-sm">
        {subsystems.map((s) => (
          <a key={s.subsystem} href={`#subsystem-${s.subsystem}`} className={linkClass}>
            {s.label}
          </a>
        ))}
      </nav>
      {subsystems.map((s) => {
        const mastered = s.modules.filter((m) => m.mastered).length;
        const locked = s.modules.filter((m) => m.locked).length;
        return (
          <section key={s.subsystem} id={`subsystem-${s.subsystem}`} aria-labelledby={`subsystem-${s.subsystem}-heading`} className="scroll-mt-4 space-y-4">
            <div className="flex flex-wrap items-baseline justify-between gap-x-6 gap-y-1">
              <h2 id={`subsystem-${s.subsystem}-heading`} className="text-xl font-semibold">
                {s.label}
              </h2>
              <p className="text-sm text-muted">
                {personal
                  ? `${mastered} of ${plural(s.modules.length, "module")} mastered${locked ? `, ${locked} locked` : ""}`
                  : plural(s.modules.length, "module")}
              </p>
            </div>
            <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
              {s.modules.map((module) => (
                <li key={module.id}>
                  <ModuleCard module={module} />
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </div>
  );
}

/** Staff only: drafts stay out of the catalogue until they are published. */
async function Drafts({ viewer }: { viewer: Viewer }) {
  const drafts = await listDrafts(viewer);
  if (drafts.length === 0) return null;
  return (
    <section aria-labelledby="drafts-heading" className="space-y-3">
      <div className="flex flex-wrap items-baseline justify-between gap-x-6 gap-y-1">
        <h2 id="drafts-heading" className="text-xl font-semibold">
          Drafts (not visible to students)
        </h2>
        <p className="text-sm text-muted">{plural(drafts.length, "draft")}</p>
      </div>
      <ul className="grid gap-x-6 gap-y-2 rounded-lg border border-dashed border-line bg-white p-4 text-sm sm:grid-cols-2 lg:grid-cols-3">
        {drafts.map((draft) => (
          <li key={draft.id} className="min-w-0 break-words">
            <Link href={`/modules/${draft.slug}`} className={linkClass}>
              {draft.title}
            </Link>
            <span className="block text-xs text-muted">
              {subsystemLabel(draft.subsystem)}
              {draft.versionNumber ? ` · v${draft.versionNumber}` : ""}
              {draft.fromCadence ? " · from a CADENCE document" : ""}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}

function CardsSkeleton({ count, label }: { count: number; label: string }) {
  return (
    <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3" aria-busy="true" aria-label={label}>
      {Array.from({ length: count }, (_, i) => (
        <li key={i} className="h-40 animate-pulse rounded-lg border border-line bg-white" />
      ))}
    </ul>
  );
}
