import Link from "next/link";
import type { ModuleStatus } from "@/app/lib/domain/vocabulary";
import { linkClass, subsystemLabel } from "@/components/modules/labels";
import { ScrollArea } from "@/components/ui/scroll-area";
import type { GeneratedModuleItem } from "@/db/jobs/generated-modules";

// The server cannot know the reader's time zone; UTC, said out loud, is never misread.
const WHEN = new Intl.DateTimeFormat("en-US", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });

const STATUS: Record<ModuleStatus, { label: string; className: string }> = {
  draft: { label: "Draft", className: "border-amber-200 bg-amber-50 text-warn" },
  published: { label: "Published", className: "border-green-200 bg-green-50 text-ok" },
  archived: { label: "Archived", className: "border-line bg-canvas text-muted" },
};

const header = "px-3 py-2 font-semibold";
const cell = "px-3 py-3";

/** The modules made from documents: where each stands, where it came from, where to edit it. */
export function GeneratedModulesTable({ modules }: { modules: GeneratedModuleItem[] }) {
  return (
    <ScrollArea label="Modules made from documents">
      {/* Positioned, so the sr-only header text is laid out inside the scroller, not past the page edge. */}
      <table className="relative min-w-full rounded-lg border border-line bg-white text-left text-sm shadow-sm">
        <caption className="sr-only">Modules made from CADENCE documents, drafts first, with their source and an edit link</caption>
        <thead className="border-b border-line bg-canvas text-xs uppercase tracking-wide text-muted">
          <tr>
            <th scope="col" className={header}>Module</th>
            <th scope="col" className={header}>Status</th>
            <th scope="col" className={header}>Version</th>
            <th scope="col" className={header}>Last change</th>
            <th scope="col" className={header}>Edited</th>
            <th scope="col" className={header}>Source</th>
            <th scope="col" className={header}>
              <span className="sr-only">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-line">
          {modules.map((m) => (
            <tr key={m.id} className="align-top">
              <th scope="row" className={`${cell} min-w-56 font-normal`}>
                <Link href={`/modules/${m.slug}`} className={linkClass}>
                  {m.title}
                </Link>
                <p className="text-xs text-muted">{subsystemLabel(m.subsystem)}</p>
              </th>
              <td className={cell}>
                <span className={`inline-flex rounded-full border px-2 py-0.5 text-xs font-semibold ${STATUS[m.status].className}`}>
                  {STATUS[m.status].label}
                </span>
              </td>
              <td className={`${cell} tabular-nums`}>
                {m.currentVersion ?? "—"}
                <p className="text-xs text-muted">{m.versionCount === 1 ? "1 version" : `${m.versionCount} versions`}</p>
              </td>
              <td className={`${cell} min-w-40`}>
                {m.lastChange ? (
                  <>
                    {m.lastChange.at ? <time dateTime={m.lastChange.at}>{WHEN.format(new Date(m.lastChange.at))}</time> : "Unknown time"}
                    <p className="text-xs text-muted">by {m.lastChange.by ?? "an unknown author"}</p>
                  </>
                ) : (
                  <span className="text-muted">No version</span>
                )}
              </td>
              <td className={`${cell} min-w-32`}>{m.editedByPerson ? "Edited by faculty" : <span className="text-muted">Not edited</span>}</td>
              <td className={`${cell} min-w-48`}>
                {m.document ? (
                  <Link href={`/cadence/documents/${m.document.id}`} aria-label={`Document: ${m.document.title}`} className={linkClass}>
                    Document
                  </Link>
                ) : (
                  <span className="text-muted">Document gone from the record</span>
                )}
                {m.rawPageId !== null ? (
                  <>
                    {" · "}
                    <Link href={`/cadence/raw/${m.rawPageId}`} aria-label={`Raw page: ${m.document?.title ?? m.title}`} className={linkClass}>
                      Raw page
                    </Link>
                  </>
                ) : null}
              </td>
              <td className={cell}>
                <Link href={`/modules/${m.slug}/edit`} aria-label={`Edit ${m.title}`} className={`${linkClass} whitespace-nowrap`}>
                  Edit
                </Link>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollArea>
  );
}
