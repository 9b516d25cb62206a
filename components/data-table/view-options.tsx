"use client";

import type { ReactTable, RowData } from "@tanstack/react-table";
import type { DataTableFeatures } from "./features";

/** Show or hide columns; each change is a navigation, so the choice lives in the URL. */
export function ViewOptions<TData extends RowData, TSelected>({ table }: { table: ReactTable<DataTableFeatures, TData, TSelected> }) {
  const hideable = table.getAllLeafColumns().filter((c) => c.getCanHide());
  if (hideable.length === 0) return null;
  return (
    <details className="relative">
      <summary className="cursor-pointer rounded-md border border-line bg-white px-3 py-1.5 text-sm font-medium">
        Columns
      </summary>
      <fieldset className="absolute right-0 z-10 mt-1 w-56 space-y-1 rounded-md border border-line bg-white p-3 shadow-lg">
        <legend className="sr-only">Visible columns</legend>
        {hideable.map((column) => (
          <label key={column.id} className="flex items-center gap-2 text-sm">
            <input
              type="checkbox"
              checked={column.getIsVisible()}
              onChange={(event) => column.toggleVisibility(event.target.checked)}
              className="size-4"
            />
            {column.columnDef.meta?.label ?? column.id}
          </label>
        ))}
      </fieldset>
    </details>
  );
}
