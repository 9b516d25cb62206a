import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { cache } from "react";
import type { Viewer } from "@/app/lib/auth/roles";
import { COMPETENCY_RULES } from "@/app/lib/domain/competency";
import { publishProblems, type ModuleSpec } from "@/app/lib/domain/module-spec";
import { requirePermission, requireViewer } from "@/app/lib/session";
import { ModuleEditor } from "@/components/module-editor/module-editor";
import { StatusControls } from "@/components/module-editor/status-controls";
import { linkClass, subsystemLabel } from "@/components/modules/labels";
import { getModuleForEditing } from "@/db/modules/versions";
import { getModuleOverview } from "@/db/queries/modules";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ slug: string }> };

function isSlug(slug: string): boolean {
  return /^[a-z0-9][a-z0-9-]{0,254}$/.test(slug);
}

/** Read once per request: the metadata and the page share it. */
const moduleOf = cache(async (viewer: Viewer, slug: string) => (isSlug(slug) ? getModuleForEditing(viewer, slug) : null));

async function staffViewer(slug: string): Promise<Viewer> {
  await requireViewer(`/modules/${slug}/edit`);
  return requirePermission("modules.edit");
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const { slug } = await props.params;
  const editing = await moduleOf(await staffViewer(slug), slug);
  return { title: editing?.spec ? `Edit ${editing.spec.title}` : editing ? "Edit module" : "Module not found" };
}

export default async function EditModulePage(props: Props) {
  const { slug } = await props.params;
  const viewer = await staffViewer(slug);
  const editing = await moduleOf(viewer, slug);
  if (!editing) notFound();
  // A module without a readable version (never saved, or saved by hand) starts from its catalogue details.
  const startingSpec = editing.spec ?? (await catalogueSpec(viewer, slug));
  if (!startingSpec) notFound();

  return (
    <div className="space-y-8">
      <header className="space-y-3">
        <nav aria-label="Breadcrumb" className="flex flex-wrap gap-x-6 gap-y-1 text-sm">
          <Link href={`/modules/${slug}`} className={linkClass}>
            <span aria-hidden="true">← </span>Back to the module
          </Link>
          <Link href={`/modules/${slug}/history`} className={linkClass}>
            Version history
          </Link>
        </nav>
        <p className="text-sm font-semibold uppercase tracking-wide text-muted">{subsystemLabel(startingSpec.subsystem)}</p>
        <h1 className="text-3xl font-bold tracking-tight">Edit “{startingSpec.title}”</h1>
        <p className="text-muted">
          {editing.currentVersion ? <>Current version {editing.currentVersion}. </> : <>No version saved yet. </>}
          Every save is a new version; older ones stay in the history and can be restored.
        </p>
      </header>
      <StatusControls slug={slug} status={editing.status} publishProblems={editing.spec ? publishProblems(editing.spec) : ["Save a first version before publishing."]} />
      <ModuleEditor slug={slug} baseSpec={editing.spec} baseVersion={editing.currentVersion} startingSpec={startingSpec} />
    </div>
  );
}

async function catalogueSpec(viewer: Viewer, slug: string): Promise<ModuleSpec | null> {
  const overview = await getModuleOverview(viewer, slug);
  if (!overview) return null;
  return {
    title: overview.title,
    summary: overview.summary,
    subsystem: overview.subsystem,
    difficulty: overview.authoredDifficulty,
    estimatedMinutes: overview.estimatedMinutes,
    sections: [],
    checkpoints: [],
    masteryThreshold: COMPETENCY_RULES.masteryThreshold,
  };
}
