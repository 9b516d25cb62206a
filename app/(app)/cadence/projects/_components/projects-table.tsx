"use client";

import type { ReactNode } from "react";
import { createColumnHelper } from "@tanstack/react-table";
import { DataTable } from "@/components/data-table/data-table";
import type { DataTableFeatures } from "@/components/data-table/features";
import type { TableView } from "@/components/data-table/url-state";
import type { ProjectRow } from "@/db/queries/cadence-tables";
import { CountText, PersonLink, RecordLink, StatusBadge, SubsystemText } from "../../_tables/cells";
import { specColumn } from "../../_tables/column-spec";

const column = createColumnHelper<DataTableFeatures, ProjectRow>();

const columns = [
  column.accessor("name", { ...specColumn("projects", "name"), cell: (c) => <RecordLink href={`/cadence/projects/${c.row.original.id}`}>{c.getValue()}</RecordLink> }),
  column.accessor("status", { ...specColumn("projects", "status"), cell: (c) => <StatusBadge status={c.getValue()} /> }),
  column.accessor("subsystem", { ...specColumn("projects", "subsystem"), cell: (c) => <SubsystemText subsystem={c.getValue()} /> }),
  column.accessor("ownerName", { ...specColumn("projects", "owner"), cell: (c) => <PersonLink id={c.row.original.ownerId} name={c.getValue()} missing="No owner" /> }),
  column.accessor("taskCount", { ...specColumn("projects", "tasks"), cell: (c) => <CountText value={c.getValue()} /> }),
];

export function ProjectsTable({ rows, view, caption, empty }: { rows: ProjectRow[]; view: TableView; caption: string; empty: ReactNode }) {
  return (
    <DataTable columns={columns} data={rows} getRowId={(r) => String(r.id)} view={view} caption={caption} noun={{ singular: "project", plural: "projects" }} empty={empty} />
  );
}
