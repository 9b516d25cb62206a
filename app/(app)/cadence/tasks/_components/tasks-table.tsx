"use client";

import type { ReactNode } from "react";
import { createColumnHelper } from "@tanstack/react-table";
import { DataTable } from "@/components/data-table/data-table";
import type { DataTableFeatures } from "@/components/data-table/features";
import type { TableView } from "@/components/data-table/url-state";
import type { TaskRow } from "@/db/queries/cadence-tables";
import { DateText, PersonLink, ProjectLink, RecordLink, StatusBadge, SubsystemText } from "../../_tables/cells";
import { specColumn } from "../../_tables/column-spec";

const column = createColumnHelper<DataTableFeatures, TaskRow>();

const columns = [
  column.accessor("title", { ...specColumn("tasks", "title"), cell: (c) => <RecordLink href={`/cadence/tasks/${c.row.original.id}`}>{c.getValue()}</RecordLink> }),
  column.accessor("status", { ...specColumn("tasks", "status"), cell: (c) => <StatusBadge status={c.getValue()} /> }),
  column.accessor("dueDate", { ...specColumn("tasks", "due"), cell: (c) => <DateText value={c.getValue()} /> }),
  column.accessor("assigneeName", {
    ...specColumn("tasks", "assignee"),
    cell: (c) => <PersonLink id={c.row.original.assigneeId} name={c.getValue()} missing="Unassigned" />,
  }),
  column.accessor("projectName", { ...specColumn("tasks", "project"), cell: (c) => <ProjectLink id={c.row.original.projectId} name={c.getValue()} /> }),
  column.accessor("subsystem", { ...specColumn("tasks", "subsystem"), cell: (c) => <SubsystemText subsystem={c.getValue()} /> }),
];

export function TasksTable({ rows, view, caption, empty }: { rows: TaskRow[]; view: TableView; caption: string; empty: ReactNode }) {
  return (
    <DataTable columns={columns} data={rows} getRowId={(r) => String(r.id)} view={view} caption={caption} noun={{ singular: "task", plural: "tasks" }} empty={empty} />
  );
}
