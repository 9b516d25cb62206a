import Link from "next/link";
import { DIFFICULTY_LABELS, linkClass, subsystemLabel } from "@/components/modules/labels";
import type { LearningPath, PathModule, PathModuleRef } from "@/db/queries/paths";
import { MODULE_STATUS_TAGS, PATH_STATUS_LABELS, prerequisiteKind } from "./labels";

/**
 * The path in words, in learning order: each module with what it needs (required or
 * recommended) and, in a subsystem view, what it leads to elsewhere. This is the drawing's text
 * alternative, and what phone and screen-reader users read.
 */
export function PathList({ path }: { path: LearningPath }) {
  const byId = new Map(path.modules.map((m) => [m.id, m]));
  const modules = path.modules.filter((m) => !m.ghost);
  if (modules.length === 0) return <p className="text-muted">No modules to show in this view.</p>;

  return (
    <ol className="space-y-3">
      {modules.map((m, index) => {
        const needs = path.edges.filter((e) => e.moduleId === m.id).map((e) => ({ module: byId.get(e.prerequisiteModuleId)!, required: e.required }));
        const leadsOut = path.edges
          .filter((e) => e.prerequisiteModuleId === m.id && byId.get(e.moduleId)!.ghost)
          .map((e) => ({ module: byId.get(e.moduleId)!, required: e.required }));
        return (
          <li key={m.id} className="rounded-lg border border-line bg-white p-3 shadow-sm">
            <p className="flex flex-wrap items-baseline gap-x-2">
              <span className="text-sm text-muted">{index + 1}.</span>
              <Link href={`/modules/${m.slug}`} className={linkClass}>
                {m.title}
              </Link>
              <span className="text-sm text-muted">{facts(m, path.view === "all")}</span>
            </p>
            <p className="mt-1 text-sm">
              <span className="font-medium">Needs:</span>{" "}
              {needs.length === 0 ? "nothing, a starting point" : <RefList items={needs} viewSubsystem={m.subsystem} />}
            </p>
            {leadsOut.length > 0 ? (
              <p className="mt-1 text-sm">
                <span className="font-medium">Leads on to:</span> <RefList items={leadsOut} viewSubsystem={m.subsystem} />
              </p>
            ) : null}
            {m.status === "locked" ? <LockedLine missing={m.missing} hidden={m.hiddenMissing} /> : null}
          </li>
        );
      })}
    </ol>
  );
}

/** "Power · Medium · Locked · Draft". */
function facts(m: PathModule, withSubsystem: boolean): string {
  return [
    withSubsystem ? subsystemLabel(m.subsystem) : null,
    DIFFICULTY_LABELS[m.difficulty],
    m.status ? PATH_STATUS_LABELS[m.status] : null,
    MODULE_STATUS_TAGS[m.moduleStatus] ?? null,
  ]
    .filter(Boolean)
    .join(" · ");
}

function RefList({ items, viewSubsystem }: { items: { module: PathModule; required: boolean }[]; viewSubsystem: string }) {
  return (
    <>
      {items.map(({ module, required }, i) => (
        <span key={module.id}>
          {i > 0 ? ", " : null}
          <Link href={`/modules/${module.slug}`} className={linkClass}>
            {module.title}
          </Link>{" "}
          ({[prerequisiteKind(required), module.subsystem !== viewSubsystem ? subsystemLabel(module.subsystem) : null, MODULE_STATUS_TAGS[module.moduleStatus]?.toLowerCase()].filter(Boolean).join(", ")})
        </span>
      ))}
    </>
  );
}

function LockedLine({ missing, hidden }: { missing: PathModuleRef[]; hidden: number }) {
  const unpublished = hidden === 0 ? null : hidden === 1 ? "a module not yet published" : `${hidden} modules not yet published`;
  return (
    <p className="mt-1 text-sm">
      <span className="font-medium">Locked:</span> master{" "}
      {missing.map((p, i) => (
        <span key={p.slug}>
          {i > 0 ? (i === missing.length - 1 && !unpublished ? " and " : ", ") : null}
          <Link href={`/modules/${p.slug}`} className={linkClass}>
            {p.title}
          </Link>
        </span>
      ))}
      {unpublished ? `${missing.length > 0 ? " and " : ""}${unpublished}` : null} first.
    </p>
  );
}
