"use client";

import type { ReactNode } from "react";
import { createColumnHelper } from "@tanstack/react-table";
import { DataTable } from "@/components/data-table/data-table";
import type { DataTableFeatures } from "@/components/data-table/features";
import type { TableView } from "@/components/data-table/url-state";
import type { PersonRow } from "@/db/queries/cadence-tables";
import { CountText, Missing, RecordLink, SubsystemText } from "../../_tables/cells";
import { specColumn } from "../../_tables/column-spec";

const column = createColumnHelper<DataTableFeatures, PersonRow>();

const columns = [
  column.accessor("name", { ...specColumn("people", "name"), cell: (c) => <RecordLink href={`/cadence/people/${c.row.original.id}`}>{c.getValue()}</RecordLink> }),
  column.accessor("role", { ...specColumn("people", "role"), cell: (c) => c.getValue() ?? <Missing label="No role" /> }),
  column.accessor("subsystem", { ...specColumn("people", "subsystem"), cell: (c) => <SubsystemText subsystem={c.getValue()} /> }),
  column.accessor("email", { ...specColumn("people", "email"), cell: (c) => c.getValue() ?? <Missing label="No e-mail" /> }),
  column.accessor("taskCount", { ...specColumn("people", "tasks"), cell: (c) => <CountText value={c.getValue()} /> }),
  column.accessor("projectCount", { ...specColumn("people", "projects"), cell: (c) => <CountText value={c.getValue()} /> }),
];

export function PeopleTable({ rows, view, caption, empty }: { rows: PersonRow[]; view: TableView; caption: string; empty: ReactNode }) {
  return (
    <DataTable columns={columns} data={rows} getRowId={(r) => String(r.id)} view={view} caption={caption} noun={{ singular: "person", plural: "people" }} empty={empty} />
  );
}
