import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { z } from "zod";
import { can } from "@/app/lib/auth/roles";
import { SUBSYSTEM_LABELS } from "@/app/lib/domain/vocabulary";
import { requireViewer } from "@/app/lib/session";
import { GetForm } from "@/components/agent-log/get-form";
import { plural, secondaryButton } from "@/components/modules/labels";
import { AddEdgeForm, RemoveEdgeForm, type EdgeChoice } from "@/components/paths/edge-forms";
import { PATH_STATUS_LABELS } from "@/components/paths/labels";
import { PathGraph } from "@/components/paths/path-graph";
import { PathLegend } from "@/components/paths/path-legend";
import { PathList } from "@/components/paths/path-list";
import { getLearningPath, listPathStudents, listPrerequisiteModuleChoices, PATH_STATUSES, PATH_VIEWS, type LearningPath, type PathView } from "@/db/queries/paths";
import { addPrerequisite, removePrerequisite } from "./actions";

export const dynamic = "force-dynamic";

export const metadata: Metadata = { title: "Learning path" };

const SearchParams = z.object({
  subsystem: z.enum(PATH_VIEWS).catch("all"),
  student: z.string().trim().min(1).max(255).optional().catch(undefined),
});

const viewLabel = (view: PathView) => (view === "all" ? "All subsystems" : SUBSYSTEM_LABELS[view]);

function pathHref(view: PathView, student: string | undefined): string {
  const query = new URLSearchParams({ subsystem: view, ...(student ? { student } : {}) });
  return `/paths?${query}`;
}

export default async function PathsPage(props: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const viewer = await requireViewer("/paths");
  const params = SearchParams.parse(await props.searchParams);
  const staff = can(viewer, "prerequisites.edit");

  const [path, students, choices] = await Promise.all([
    getLearningPath(viewer, { view: params.subsystem, studentId: params.student ?? null }),
    staff ? listPathStudents(viewer) : Promise.resolve([]),
    staff ? listPrerequisiteModuleChoices(viewer) : Promise.resolve([]),
  ]);
  if (!path) notFound();

  const label = `Prerequisite graph: ${viewLabel(path.view)}`;

  return (
    <div className="space-y-8">
      <section className="max-w-3xl space-y-3">
        <h1 className="text-3xl font-bold tracking-tight">Learning path</h1>
        <p className="text-lg text-muted">
          {staff
            ? "How the modules build on each other: each arrow runs from a prerequisite to the module that needs it. Pick a student to see where they stand; add and remove prerequisites below."
            : "How the modules build on each other: each arrow runs from a prerequisite to the module that needs it, and each box shows where you stand."}
        </p>
      </section>

      <nav aria-label="Learning path views" className="border-b border-line">
        <ul className="-mb-px flex flex-wrap gap-x-1">
          {PATH_VIEWS.map((view) => {
            const active = view === path.view;
            return (
              <li key={view}>
                <Link
                  href={pathHref(view, params.student)}
                  aria-current={active ? "page" : undefined}
                  className={`block border-b-2 px-3 py-2 text-sm font-medium ${active ? "border-brand text-brand" : "border-transparent text-muted hover:border-line hover:text-ink"}`}
                >
                  {viewLabel(view)}
                </Link>
              </li>
            );
          })}
        </ul>
      </nav>

      {staff ? (
        <GetForm action="/paths" aria-label="Show a student's statuses" className="flex max-w-3xl flex-wrap items-end gap-3">
          <input type="hidden" name="subsystem" value={path.view} />
          <div className="min-w-0 flex-1 basis-64 space-y-1">
            <label htmlFor="path-student" className="block text-sm font-medium">
              Student
            </label>
            <select id="path-student" name="student" defaultValue={path.student?.id ?? ""} className="w-full rounded-md border border-line bg-white px-3 py-2 text-base">
              <option value="">Nobody: colour by difficulty only</option>
              {[...new Set(students.map((s) => s.group))].map((group) => (
                <optgroup key={group} label={group}>
                  {students
                    .filter((s) => s.group === group)
                    .map((s) => (
                      <option key={s.id} value={s.id}>
                        {s.name}
                      </option>
                    ))}
                </optgroup>
              ))}
            </select>
          </div>
          <button type="submit" className={secondaryButton}>
            Show
          </button>
        </GetForm>
      ) : null}

      <section aria-labelledby="graph-heading" className="space-y-4">
        <div className="space-y-1">
          <h2 id="graph-heading" className="text-xl font-semibold">
            {viewLabel(path.view)}
          </h2>
          <Summary path={path} self={!staff} />
        </div>
        {path.cycle ? (
          <p role="status" className="rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm text-bad">
            The prerequisites form a cycle, so the path cannot be drawn: {path.cycle}. Remove one of these prerequisites.
          </p>
        ) : path.modules.length === 0 ? null : (
          <>
            <a href="#path-list-heading" className="sr-only focus:not-sr-only focus:inline-block focus:px-2 focus:py-1">
              Skip the drawing to the list of modules
            </a>
            <PathLegend statuses={path.student !== null} ghosts={path.modules.some((m) => m.ghost)} drafts={staff} />
            <PathGraph path={path} label={label} />
          </>
        )}
      </section>

      {staff ? (
        <section aria-labelledby="edit-heading" className="space-y-4">
          <h2 id="edit-heading" className="text-xl font-semibold">
            Edit prerequisites
          </h2>
          <p className="max-w-3xl text-sm text-muted">
            A prerequisite that would close a cycle is refused. Removing one that leaves modules without a way in from the start of the path
            asks you to confirm first. Every change is recorded in the audit log.
          </p>
          <div className="grid gap-6 lg:grid-cols-2">
            <AddEdgeForm modules={choices} action={addPrerequisite} />
            <RemoveEdgeForm edges={edgeChoices(path)} action={removePrerequisite} />
          </div>
        </section>
      ) : null}

      <section aria-labelledby="path-list-heading" className="space-y-4">
        <h2 id="path-list-heading" className="text-xl font-semibold" tabIndex={-1}>
          Modules in learning order
        </h2>
        <p className="max-w-3xl text-sm text-muted">Each module comes after everything it needs: the path above, in words.</p>
        <PathList path={path} />
      </section>
    </div>
  );
}

function Summary({ path, self }: { path: LearningPath; self: boolean }) {
  const own = path.modules.filter((m) => !m.ghost);
  const ghosts = path.modules.length - own.length;
  const cross = path.edges.filter((e) => e.crossSubsystem).length;
  const counts = PATH_STATUSES.map((s) => [s, own.filter((m) => m.status === s).length] as const);
  return (
    <div className="space-y-1 text-sm text-muted">
      <p>
        {plural(own.length, "module")}, {plural(path.edges.length, "prerequisite")} ({cross} across subsystems)
        {ghosts > 0 ? `, and ${plural(ghosts, "module")} of other subsystems they connect to` : ""}.
      </p>
      {path.student ? (
        <p>
          {self ? "You" : path.student.name}: {counts.map(([s, n]) => `${n} ${PATH_STATUS_LABELS[s].toLowerCase()}`).join(", ")}.
        </p>
      ) : null}
    </div>
  );
}

function edgeChoices(path: LearningPath): EdgeChoice[] {
  const byId = new Map(path.modules.map((m) => [m.id, m]));
  return path.edges
    .map((e) => {
      const dependent = byId.get(e.moduleId)!;
      const prerequisite = byId.get(e.prerequisiteModuleId)!;
      return {
        moduleSlug: dependent.slug,
        moduleTitle: dependent.title,
        moduleSubsystem: dependent.subsystem,
        prerequisiteSlug: prerequisite.slug,
        prerequisiteTitle: prerequisite.title,
        required: e.required,
      };
    })
    .sort((a, b) => a.moduleTitle.localeCompare(b.moduleTitle, "en") || a.prerequisiteTitle.localeCompare(b.prerequisiteTitle, "en"));
}
