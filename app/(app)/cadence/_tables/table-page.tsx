import Link from "next/link";
import { Suspense, type ReactNode } from "react";
import type { Viewer } from "@/app/lib/auth/roles";
import {
  clearedHref,
  defaultTableQuery,
  ENTITY_SPECS,
  exportHref,
  FILTER_LABELS,
  hasActiveFilters,
  MULTI_FILTERS,
  PAGE_SIZES,
  tablePath,
  tableSearch,
  type CadenceEntity,
  type IdFilterKey,
  type MultiFilterKey,
  type TableQuery,
} from "@/app/lib/explorer/table-params";
import { ExplorerNav } from "@/components/cadence/explorer-nav";
import { FacetedFilters } from "@/components/data-table/faceted-filters";
import { TableNotices } from "@/components/data-table/notices";
import type { FilterField } from "@/components/data-table/types";
import type { TableView } from "@/components/data-table/url-state";
import { FACET_LIMIT, getCadenceFacets, listCadenceTable, type CadenceFacets, type CadenceRowOf } from "@/db/queries/cadence-tables";
import { TableSkeleton } from "./table-skeleton";

export type PageSearchParams = Promise<Record<string, string | string[] | undefined>>;

export interface TableRenderProps<E extends CadenceEntity> {
  rows: CadenceRowOf[E][];
  view: TableView;
  caption: string;
  empty: ReactNode;
}

/**
 * The frame of each explorer table page: sub-navigation, heading, what the URL asked for but
 * could not be used, then filters and table, streamed in behind a skeleton.
 */
export function CadenceTablePage<E extends CadenceEntity>({
  viewer,
  query,
  notices,
  intro,
  renderTable,
}: {
  viewer: Viewer;
  query: TableQuery & { entity: E };
  notices: string[];
  intro: string;
  renderTable: (props: TableRenderProps<E>) => ReactNode;
}) {
  const spec = ENTITY_SPECS[query.entity];
  return (
    <div className="space-y-6">
      <ExplorerNav current={query.entity} />
      <header className="max-w-3xl space-y-2">
        <h1 className="text-3xl font-bold tracking-tight">{spec.title}</h1>
        <p className="text-lg text-muted">{intro}</p>
      </header>
      <TableNotices notices={notices} />
      <Suspense fallback={<TableSkeleton />}>
        <TableSection viewer={viewer} query={query} renderTable={renderTable} />
      </Suspense>
    </div>
  );
}

async function TableSection<E extends CadenceEntity>({
  viewer,
  query,
  renderTable,
}: {
  viewer: Viewer;
  query: TableQuery & { entity: E };
  renderTable: (props: TableRenderProps<E>) => ReactNode;
}) {
  const spec = ENTITY_SPECS[query.entity];
  const [page, facets] = await Promise.all([listCadenceTable(viewer, query), getCadenceFacets(viewer, query)]);
  const shown = { ...query, page: page.page };
  const defaults = defaultTableQuery(query.entity);
  const view: TableView = {
    basePath: tablePath(query.entity),
    search: tableSearch(shown),
    sort: { id: query.sort, desc: query.desc },
    defaultSort: { id: defaults.sort, desc: defaults.desc },
    page: page.page,
    pageCount: page.pageCount,
    size: query.size,
    defaultSize: defaults.size,
    pageSizes: PAGE_SIZES,
    total: page.total,
    columns: query.columns,
    defaultColumns: defaults.columns,
    fixedColumns: spec.columns.filter((c) => !c.hideable).map((c) => c.id),
  };
  const filtered = hasActiveFilters(query.filters);
  const clearHref = clearedHref(query);
  const sortColumn = spec.columns.find((c) => c.id === query.sort);
  const caption = `${spec.title}, sorted by ${sortColumn?.label.toLowerCase() ?? query.sort}, ${query.desc ? "descending" : "ascending"}`;
  const empty = filtered ? (
    <p>
      No {spec.plural} match these filters.{" "}
      <Link href={clearHref} className="font-medium text-brand underline underline-offset-4">
        Clear filters
      </Link>
    </p>
  ) : (
    <p>No {spec.plural} yet: an admin imports the CADENCE export on the Imports page.</p>
  );

  return (
    <div className="space-y-4">
      <FacetedFilters
        basePath={view.basePath}
        search={view.search}
        fields={filterFields(query, facets)}
        label={`Filter ${spec.plural}`}
        clearHref={clearHref}
        active={filtered}
      />
      <div className="flex flex-wrap items-center justify-between gap-3">
        {page.page !== query.page ? (
          <p className="text-sm text-muted">
            Page {query.page} is past the end; showing page {page.page}.
          </p>
        ) : (
          <span />
        )}
        {/* A plain link: the browser downloads the file the route sends as an attachment. */}
        <a
          href={exportHref(query)}
          download
          className="rounded-md border border-line bg-white px-3 py-1.5 text-sm font-medium text-brand hover:bg-blue-50"
        >
          Export CSV<span className="sr-only"> of these {spec.plural}, all pages</span>
        </a>
      </div>
      {renderTable({ rows: page.rows, view, caption, empty })}
    </div>
  );
}

const ID_PLURALS: Record<IdFilterKey, string> = { assignee: "assignees", owner: "owners", project: "projects" };

function filterFields(query: TableQuery, facets: CadenceFacets): FilterField[] {
  const spec = ENTITY_SPECS[query.entity];
  const fields: FilterField[] = [];
  for (const key of spec.filters) {
    if (key === "q") fields.push({ kind: "text", name: "q", label: spec.textLabel, value: query.filters.q ?? "" });
    else if (key === "from") {
      fields.push({
        kind: "date-range",
        label: spec.dateLabel ?? "Date",
        from: { name: "from", value: query.filters.from ?? "" },
        to: { name: "to", value: query.filters.to ?? "" },
      });
    } else if (key === "to") continue;
    else if (key in MULTI_FILTERS) {
      const multiKey = key as MultiFilterKey;
      fields.push({
        kind: "checkboxes",
        name: multiKey,
        label: FILTER_LABELS[multiKey],
        options: facets.options[multiKey] ?? [],
        selected: query.filters[multiKey],
      });
    } else {
      const idKey = key as IdFilterKey;
      const all = facets.truncated[idKey];
      const selected = query.filters[idKey];
      fields.push({
        kind: "select",
        name: idKey,
        label: FILTER_LABELS[idKey],
        anyLabel: `Any ${FILTER_LABELS[idKey].toLowerCase()}`,
        options: facets.options[idKey] ?? [],
        selected: selected === null ? null : String(selected),
        hint: all
          ? `Lists the ${FACET_LIMIT} ${ID_PLURALS[idKey]} with the most ${spec.plural} (of ${all}); narrow the other filters to find the rest.`
          : undefined,
      });
    }
  }
  return fields;
}
