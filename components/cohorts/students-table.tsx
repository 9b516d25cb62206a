"use client";

import Link from "next/link";
import type { ReactNode } from "react";
import { createColumnHelper } from "@tanstack/react-table";
import { SUBSYSTEMS } from "@/app/lib/domain/vocabulary";
import { DataTable } from "@/components/data-table/data-table";
import type { DataTableFeatures } from "@/components/data-table/features";
import type { TableView } from "@/components/data-table/url-state";
import { linkClass, scoreText } from "@/components/modules/labels";
import type { CohortLevel } from "@/db/queries/cohort-levels";
import type { CohortStudentRow } from "@/db/queries/cohort-students";
import { COHORT_LEVEL_ABBREVIATIONS, COHORT_LEVEL_CELL_CLASSES, COHORT_LEVEL_LABELS, dayText, subsystemName } from "./levels";

/** A row as the table receives it: the query's row and why the student is falling behind, in words. */
export type StudentTableRow = CohortStudentRow & { behindReason: string };

const column = createColumnHelper<DataTableFeatures, StudentTableRow>();

function Missing({ label }: { label: string }) {
  return (
    <span className="text-muted">
      <span aria-hidden="true">—</span>
      <span className="sr-only">{label}</span>
    </span>
  );
}

function LevelCell({ level }: { level: CohortLevel }) {
  return (
    <span className={`inline-flex items-center gap-1 whitespace-nowrap rounded-full px-2 py-0.5 text-xs font-semibold ${COHORT_LEVEL_CELL_CLASSES[level]}`}>
      <span aria-hidden="true">{COHORT_LEVEL_ABBREVIATIONS[level]}</span>
      {COHORT_LEVEL_LABELS[level]}
    </span>
  );
}

const columns = [
  column.accessor("name", {
    id: "name",
    header: "Name",
    enableHiding: false,
    meta: { label: "Name" },
    cell: (c) => (
      <Link href={`/students/${encodeURIComponent(c.row.original.id)}`} className={linkClass}>
        {c.getValue()}
      </Link>
    ),
  }),
  column.accessor("team", { id: "team", header: "Team", meta: { label: "Team", nowrap: true } }),
  column.accessor("modulesMastered", {
    id: "mastered",
    header: "Modules mastered",
    sortDescFirst: true,
    meta: { label: "Modules mastered" },
    cell: (c) => <span className="tabular-nums">{c.getValue()}</span>,
  }),
  column.accessor("meanMastery", {
    id: "mean",
    header: "Mean mastery",
    sortDescFirst: true,
    meta: { label: "Mean mastery" },
    cell: (c) => {
      const value = c.getValue();
      return value === null ? <Missing label="No finished attempt" /> : <span className="tabular-nums">{scoreText(value)}</span>;
    },
  }),
  column.accessor("lastActivity", {
    id: "lastActivity",
    header: "Last activity",
    sortDescFirst: true,
    meta: { label: "Last activity", nowrap: true },
    cell: (c) => {
      const value = c.getValue();
      return value === null ? <Missing label="No activity yet" /> : <time dateTime={value}>{dayText(value)}</time>;
    },
  }),
  column.display({
    id: "behind",
    header: "Falling behind",
    enableSorting: false,
    meta: { label: "Falling behind" },
    cell: (c) =>
      c.row.original.fallingBehind ? (
        <span className="block min-w-40 text-sm">
          <span className="font-semibold text-bad">Yes: </span>
          {c.row.original.behindReason}
        </span>
      ) : (
        <span className="text-muted">No</span>
      ),
  }),
  ...SUBSYSTEMS.map((subsystem) =>
    column.accessor((row) => row.levels[subsystem], {
      id: subsystem,
      header: subsystemName(subsystem),
      sortDescFirst: true,
      meta: { label: subsystemName(subsystem) },
      cell: (c) => <LevelCell level={c.getValue()} />,
    }),
  ),
];

export function StudentsTable({ rows, view, caption, empty }: { rows: StudentTableRow[]; view: TableView; caption: string; empty: ReactNode }) {
  return (
    <DataTable
      columns={columns}
      data={rows}
      getRowId={(row) => row.id}
      view={view}
      caption={caption}
      noun={{ singular: "student", plural: "students" }}
      empty={empty}
    />
  );
}
