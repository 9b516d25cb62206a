import Link from "next/link";
import { viewHref, type TableView } from "./url-state";

const number = new Intl.NumberFormat("en-US");

/**
 * Where the reader is among all matching rows, links to the neighbouring pages, and the page
 * size. The summary is a live region, so a filter or page change is announced.
 */
export function Pagination({ view, noun, shown }: { view: TableView; noun: { singular: string; plural: string }; shown: number }) {
  const first = shown === 0 ? 0 : (view.page - 1) * view.size + 1;
  const last = first === 0 ? 0 : first + shown - 1;
  const totalWords = `${number.format(view.total)} ${view.total === 1 ? noun.singular : noun.plural}`;
  return (
    <div className="flex flex-wrap items-center justify-between gap-x-6 gap-y-3 text-sm">
      <p role="status" className="text-muted">
        {view.total === 0 ? `0 ${noun.plural}` : `Showing ${number.format(first)}–${number.format(last)} of ${totalWords}`}
      </p>
      {view.pageCount > 1 ? (
        <nav aria-label="Pages" className="flex flex-wrap items-center gap-1">
          <PageLink view={view} page={1} disabled={view.page <= 1} label="First" />
          <PageLink view={view} page={view.page - 1} disabled={view.page <= 1} label="Previous" rel="prev" />
          <span className="px-2 text-muted">
            Page {number.format(view.page)} of {number.format(view.pageCount)}
          </span>
          <PageLink view={view} page={view.page + 1} disabled={view.page >= view.pageCount} label="Next" rel="next" />
          <PageLink view={view} page={view.pageCount} disabled={view.page >= view.pageCount} label="Last" />
        </nav>
      ) : null}
      <nav aria-label="Rows per page" className="flex flex-wrap items-center gap-1">
        <span className="text-muted" aria-hidden="true">
          Rows per page:
        </span>
        {view.pageSizes.map((size) => (
          <Link
            key={size}
            href={viewHref(view, { size, page: 1 })}
            scroll={false}
            aria-current={size === view.size ? "true" : undefined}
            aria-label={`${size} rows per page`}
            className={`rounded-md px-2 py-1 font-medium ${
              size === view.size ? "bg-brand text-white" : "text-brand hover:bg-blue-50"
            }`}
          >
            {size}
          </Link>
        ))}
      </nav>
    </div>
  );
}

function PageLink({ view, page, disabled, label, rel }: { view: TableView; page: number; disabled: boolean; label: string; rel?: string }) {
  const className = "rounded-md border border-line px-3 py-1 font-medium";
  if (disabled) {
    return (
      <span aria-disabled="true" className={`${className} text-muted opacity-60`}>
        {label}
      </span>
    );
  }
  return (
    <Link href={viewHref(view, { page })} scroll={false} rel={rel} className={`${className} bg-white text-brand hover:bg-blue-50`}>
      {label}
    </Link>
  );
}
