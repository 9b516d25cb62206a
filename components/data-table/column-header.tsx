"use client";

import Link from "next/link";
import type { Column, RowData } from "@tanstack/react-table";
import type { DataTableFeatures } from "./features";
import { viewHref, type TableView } from "./url-state";

/**
 * A sortable header: a link to the same view sorted by this column (first click in the
 * column's natural direction, then flipping), so sorting works before hydration and each
 * sort is a history entry. The header cell carries aria-sort; the arrow is decoration.
 */
export function SortHeader<TData extends RowData>({ column, view }: { column: Column<DataTableFeatures, TData, unknown>; view: TableView }) {
  const sorted = column.getIsSorted();
  const next = column.getNextSortingOrder() || column.getFirstSortDir();
  const label = column.columnDef.meta?.label ?? column.id;
  return (
    <Link
      href={viewHref(view, { sort: { id: column.id, desc: next === "desc" }, page: 1 })}
      scroll={false}
      className="inline-flex items-center gap-1 rounded-sm uppercase hover:text-ink"
    >
      {label}
      <span aria-hidden="true" className={sorted ? "text-ink" : "text-line"}>
        {sorted === "asc" ? "▲" : sorted === "desc" ? "▼" : "↕"}
      </span>
    </Link>
  );
}
