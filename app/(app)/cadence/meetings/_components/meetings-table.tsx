"use client";

import type { ReactNode } from "react";
import { createColumnHelper } from "@tanstack/react-table";
import { DataTable } from "@/components/data-table/data-table";
import type { DataTableFeatures } from "@/components/data-table/features";
import type { TableView } from "@/components/data-table/url-state";
import type { MeetingRow } from "@/db/queries/cadence-tables";
import { DateText, Missing, ProjectLink, RecordLink, SubsystemText } from "../../_tables/cells";
import { specColumn } from "../../_tables/column-spec";

const column = createColumnHelper<DataTableFeatures, MeetingRow>();

const columns = [
  column.accessor("name", { ...specColumn("meetings", "name"), cell: (c) => <RecordLink href={`/cadence/meetings/${c.row.original.id}`}>{c.getValue()}</RecordLink> }),
  column.accessor("date", { ...specColumn("meetings", "date"), cell: (c) => <DateText value={c.getValue()} withTime /> }),
  column.accessor("projectName", { ...specColumn("meetings", "project"), cell: (c) => <ProjectLink id={c.row.original.projectId} name={c.getValue()} /> }),
  column.accessor("subsystem", { ...specColumn("meetings", "subsystem"), cell: (c) => <SubsystemText subsystem={c.getValue()} /> }),
  column.accessor("attendees", {
    ...specColumn("meetings", "attendees"),
    cell: (c) => (c.getValue() ? <span className="block min-w-64 max-w-md">{c.getValue()}</span> : <Missing label="No attendees recorded" />),
  }),
];

export function MeetingsTable({ rows, view, caption, empty }: { rows: MeetingRow[]; view: TableView; caption: string; empty: ReactNode }) {
  return (
    <DataTable columns={columns} data={rows} getRowId={(r) => String(r.id)} view={view} caption={caption} noun={{ singular: "meeting", plural: "meetings" }} empty={empty} />
  );
}
