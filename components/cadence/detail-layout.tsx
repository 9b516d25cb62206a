import Link from "next/link";
import type { ReactNode } from "react";
import { ExplorerNav, type ExplorerSection } from "./explorer-nav";

/** The frame of every CADENCE detail page: explorer tabs, breadcrumbs, title, where it came from. */

export interface Crumb {
  label: string;
  href: string;
}

export interface SourceOfRecord {
  /** cadence_raw_content.id, null when the page is not stored, undefined on the raw page itself. */
  rawPageId?: number | null;
  notionUrl: string | null;
}

export function DetailHeader({
  section,
  crumbs,
  kind,
  title,
  source,
}: {
  section: ExplorerSection;
  /** Links above the title; the title itself ends the trail. */
  crumbs: Crumb[];
  /** What the record is: "Task", "Person"… */
  kind: string;
  title: string;
  source: SourceOfRecord;
}) {
  return (
    <div className="space-y-5">
      <ExplorerNav current={section} />
      <nav aria-label="Breadcrumb" className="text-sm">
        <ol className="flex flex-wrap items-baseline gap-x-1.5 gap-y-1 text-muted">
          {crumbs.map((crumb) => (
            <li key={crumb.href} className="flex items-baseline gap-1.5">
              <Link href={crumb.href} className="font-medium text-brand underline-offset-4 hover:underline">
                {crumb.label}
              </Link>
              <span aria-hidden="true">›</span>
            </li>
          ))}
          <li aria-current="page" className="min-w-0 break-words text-ink">
            {title}
          </li>
        </ol>
      </nav>
      <header className="space-y-3">
        <div className="space-y-1">
          <p className="text-sm font-semibold uppercase tracking-wide text-muted">{kind}</p>
          <h1 className="text-2xl font-bold tracking-tight break-words sm:text-3xl">{title}</h1>
        </div>
        <SourceLinks source={source} />
      </header>
    </div>
  );
}

/** The stored raw page and the original page on notion.so (a new tab, and it says so). */
export function SourceLinks({ source }: { source: SourceOfRecord }) {
  return (
    <ul className="flex flex-wrap gap-2 text-sm" aria-label="Sources">
      {typeof source.rawPageId === "number" && (
        <li>
          <Link href={`/cadence/raw/${source.rawPageId}`} className={PILL}>
            Raw page
          </Link>
        </li>
      )}
      {source.rawPageId === null && <li className="px-1 py-1 text-muted">No stored raw page</li>}
      {source.notionUrl !== null && (
        <li>
          <ExternalLink href={source.notionUrl} className={PILL}>
            Open in Notion
          </ExternalLink>
        </li>
      )}
    </ul>
  );
}

const PILL = "inline-flex items-center gap-1 rounded-md border border-line bg-white px-3 py-1.5 font-medium text-brand hover:border-brand";

/** A link off the site, in a new tab, labelled as such for every reader. */
export function ExternalLink({ href, className, children }: { href: string; className?: string; children: ReactNode }) {
  return (
    <a href={href} target="_blank" rel="noopener noreferrer" className={className ?? "font-medium text-brand underline underline-offset-2 hover:no-underline break-all"}>
      {children}
      <span aria-hidden="true"> ↗</span>
      <span className="sr-only"> (external site, opens in a new tab)</span>
    </a>
  );
}

/** A section of a detail page, named by its own heading. */
export function DetailSection({
  id,
  title,
  count,
  description,
  children,
}: {
  id: string;
  title: string;
  count?: number;
  description?: ReactNode;
  children: ReactNode;
}) {
  return (
    <section aria-labelledby={id} className="min-w-0 space-y-3">
      <div className="space-y-1">
        <h2 id={id} className="text-xl font-semibold">
          {title}
          {count !== undefined && <span className="ml-2 text-base font-normal text-muted tabular-nums">({count.toLocaleString("en-US")})</span>}
        </h2>
        {description && <p className="text-sm text-muted">{description}</p>}
      </div>
      {children}
    </section>
  );
}

export interface Field {
  label: string;
  /** Null or undefined shows "Not recorded". */
  value: ReactNode;
}

/** The record's own fields as a definition list: label and value side by side from small tablets up. */
export function FieldList({ fields }: { fields: Field[] }) {
  return (
    <dl className="grid grid-cols-1 gap-x-6 rounded-lg border border-line bg-white p-4 sm:grid-cols-[minmax(8rem,max-content)_1fr] sm:gap-y-3">
      {fields.map((field) => (
        <div key={field.label} className="contents">
          <dt className="text-sm font-medium text-muted">{field.label}</dt>
          <dd className="mb-3 min-w-0 break-words sm:mb-0">{field.value ?? <span className="text-muted">Not recorded</span>}</dd>
        </div>
      ))}
    </dl>
  );
}

/** Under a capped list: how many more there are and where to see them all. */
export function CappedNote({ shown, total, href, noun }: { shown: number; total: number; href: string; noun: string }) {
  if (shown >= total) return null;
  return (
    <p className="text-sm text-muted">
      Showing the first {shown.toLocaleString("en-US")} of {total.toLocaleString("en-US")} {noun}.{" "}
      <Link href={href} className="font-medium text-brand underline underline-offset-2 hover:no-underline">
        See them all in the table
      </Link>
      .
    </p>
  );
}

export function EmptyNote({ children }: { children: ReactNode }) {
  return <p className="rounded-md border border-dashed border-line px-3 py-2 text-sm text-muted">{children}</p>;
}
