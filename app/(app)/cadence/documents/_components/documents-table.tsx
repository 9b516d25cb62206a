"use client";

import type { ReactNode } from "react";
import { createColumnHelper } from "@tanstack/react-table";
import { DataTable } from "@/components/data-table/data-table";
import type { DataTableFeatures } from "@/components/data-table/features";
import type { TableView } from "@/components/data-table/url-state";
import { valueLabel } from "@/app/lib/explorer/table-params";
import type { DocumentRow } from "@/db/queries/cadence-tables";
import { Missing, RecordLink, SubsystemText } from "../../_tables/cells";
import { specColumn } from "../../_tables/column-spec";

const column = createColumnHelper<DataTableFeatures, DocumentRow>();

const columns = [
  column.accessor("title", { ...specColumn("documents", "title"), cell: (c) => <RecordLink href={`/cadence/documents/${c.row.original.id}`}>{c.getValue()}</RecordLink> }),
  column.accessor("type", { ...specColumn("documents", "type"), cell: (c) => (c.getValue() ? valueLabel("type", c.getValue()!) : <Missing label="No type" />) }),
  column.accessor("category", {
    ...specColumn("documents", "category"),
    cell: (c) => (c.getValue() ? valueLabel("category", c.getValue()!) : <Missing label="No category" />),
  }),
  column.accessor("subsystem", { ...specColumn("documents", "subsystem"), cell: (c) => <SubsystemText subsystem={c.getValue()} /> }),
  column.accessor("url", {
    ...specColumn("documents", "url"),
    // Only web links: an imported value must never become a javascript: link.
    cell: (c) =>
      /^https?:\/\//i.test(c.getValue() ?? "") ? (
        <a href={c.getValue()!} rel="noopener noreferrer" target="_blank" className="whitespace-nowrap text-brand underline-offset-4 hover:underline">
          Open in Notion<span className="sr-only">: {c.row.original.title} (opens in a new tab)</span>
        </a>
      ) : (
        <Missing label="No link" />
      ),
  }),
];

export function DocumentsTable({ rows, view, caption, empty }: { rows: DocumentRow[]; view: TableView; caption: string; empty: ReactNode }) {
  return (
    <DataTable columns={columns} data={rows} getRowId={(r) => String(r.id)} view={view} caption={caption} noun={{ singular: "document", plural: "documents" }} empty={empty} />
  );
}
