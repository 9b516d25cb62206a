import { columnVisibilityFeature, rowSortingFeature, tableFeatures } from "@tanstack/react-table";

/** What a column may say about itself beyond TanStack's own options. */
export interface DataColumnMeta {
  /** The column's name in the header and in the "Columns" menu. */
  label: string;
  /** Short values that should not wrap (dates, statuses). */
  nowrap?: boolean;
}

/**
 * The features every explorer table uses. Sorting and visibility only keep state: the rows
 * arrive sorted, filtered and paged from SQL, so no client row model is registered.
 */
export const dataTableFeatures = tableFeatures({
  rowSortingFeature,
  columnVisibilityFeature,
  columnMeta: {} as DataColumnMeta,
});

export type DataTableFeatures = typeof dataTableFeatures;
