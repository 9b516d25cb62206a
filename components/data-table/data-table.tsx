"use client";

import { useRouter } from "next/navigation";
import { startTransition, useOptimistic, type ReactNode } from "react";
import { useTable, type ColumnDef, type RowData, type ColumnVisibilityState, type SortingState, type Updater } from "@tanstack/react-table";
import { SortHeader } from "./column-header";
import { dataTableFeatures, type DataTableFeatures } from "./features";
import { Pagination } from "./pagination";
import { viewHref, type TableView } from "./url-state";
import { ViewOptions } from "./view-options";

// Column value types differ per column; TanStack's own examples type the array this way.
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a column list mixes value types
export type DataColumns<TData extends RowData> = ColumnDef<DataTableFeatures, TData, any>[];

const resolve = <T,>(updater: Updater<T>, current: T): T =>
  typeof updater === "function" ? (updater as (old: T) => T)(current) : updater;

/**
 * The one table of the explorer. Server-driven: the rows arrive filtered, sorted and paged by
 * SQL, and every change (sort, page, page size, columns) is a navigation to a new URL, so
 * links can be shared and the back button walks through the views.
 */
export function DataTable<TData extends RowData>({
  columns,
  data,
  getRowId,
  view,
  caption,
  noun,
  empty,
}: {
  columns: DataColumns<TData>;
  data: TData[];
  getRowId: (row: TData) => string;
  view: TableView;
  /** Names the table for assistive technology; also the scroll region's label. */
  caption: string;
  noun: { singular: string; plural: string };
  /** Shown in place of rows when there are none. */
  empty: ReactNode;
}) {
  const router = useRouter();
  // Shown at once, before the navigation that makes it the URL's state completes.
  const [shownColumns, showColumns] = useOptimistic(view.columns);
  const visible = new Set(shownColumns);
  const columnVisibility: ColumnVisibilityState = Object.fromEntries(
    columns.map((c) => [c.id ?? "", visible.has(c.id ?? "")]),
  );
  const sorting: SortingState = [{ id: view.sort.id, desc: view.sort.desc }];

  const table = useTable({
    features: dataTableFeatures,
    columns,
    data,
    getRowId: (row) => getRowId(row),
    state: { sorting, columnVisibility },
    manualSorting: true,
    enableMultiSort: false,
    enableSortingRemoval: false,
    sortDescFirst: false,
    onSortingChange: (updater) => {
      const [next] = resolve(updater, sorting);
      if (next) router.push(viewHref(view, { sort: next, page: 1 }), { scroll: false });
    },
    onColumnVisibilityChange: (updater) => {
      const next = resolve(updater, columnVisibility);
      const ids = table
        .getAllLeafColumns()
        .filter((c) => !c.getCanHide() || next[c.id])
        .map((c) => c.id);
      startTransition(() => {
        showColumns(ids);
        router.push(viewHref(view, { columns: ids }), { scroll: false });
      });
    },
  });

  const regionId = `${view.basePath.replace(/\W+/g, "-")}-table`;
  const leafColumns = table.getVisibleLeafColumns();

  return (
    <div className="space-y-3">
      <div className="flex flex-wrap items-center justify-end gap-2">
        <ViewOptions table={table} />
      </div>
      {/* Focusable so keyboard users can scroll it sideways on a narrow screen. */}
      <div
        id={regionId}
        role="region"
        aria-label={caption}
        tabIndex={0}
        className="relative overflow-x-auto rounded-lg border border-line bg-white shadow-sm"
      >
        <table className="min-w-full text-left text-sm">
          <caption className="sr-only">{caption}</caption>
          <thead className="border-b border-line bg-canvas text-xs uppercase tracking-wide text-muted">
            {table.getHeaderGroups().map((group) => (
              <tr key={group.id}>
                {group.headers.map((header) => {
                  const sorted = header.column.getIsSorted();
                  return (
                    <th
                      key={header.id}
                      scope="col"
                      aria-sort={sorted === "asc" ? "ascending" : sorted === "desc" ? "descending" : undefined}
                      className="whitespace-nowrap px-3 py-2 font-semibold"
                    >
                      {header.column.getCanSort() ? (
                        <SortHeader column={header.column} view={view} />
                      ) : (
                        (header.column.columnDef.meta?.label ?? header.column.id)
                      )}
                    </th>
                  );
                })}
              </tr>
            ))}
          </thead>
          <tbody className="divide-y divide-line">
            {table.getRowModel().rows.map((row) => (
              <tr key={row.id} className="align-top hover:bg-canvas">
                {row.getVisibleCells().map((cell, index) => {
                  const nowrap = cell.column.columnDef.meta?.nowrap ? " whitespace-nowrap" : "";
                  return index === 0 ? (
                    <th key={cell.id} scope="row" className="min-w-48 px-3 py-2 font-medium">
                      <table.FlexRender cell={cell} />
                    </th>
                  ) : (
                    <td key={cell.id} className={`px-3 py-2${nowrap}`}>
                      <table.FlexRender cell={cell} />
                    </td>
                  );
                })}
              </tr>
            ))}
            {data.length === 0 ? (
              <tr>
                <td colSpan={leafColumns.length} className="px-3 py-8 text-center text-base">
                  {empty}
                </td>
              </tr>
            ) : null}
          </tbody>
        </table>
      </div>
      <Pagination view={view} noun={noun} shown={data.length} />
    </div>
  );
}
