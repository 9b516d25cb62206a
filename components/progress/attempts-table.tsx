"use client";

import Link from "next/link";
import type { ReactNode } from "react";
import { createColumnHelper } from "@tanstack/react-table";
import { DataTable } from "@/components/data-table/data-table";
import type { DataTableFeatures } from "@/components/data-table/features";
import type { TableView } from "@/components/data-table/url-state";
import type { AttemptRow } from "@/db/queries/progress";
import { ATTEMPT_COLUMNS, type AttemptColumnId } from "./attempts-sort";
import { dayText, durationText, scoreText } from "./labels";

const column = createColumnHelper<DataTableFeatures, AttemptRow>();

function options(id: AttemptColumnId) {
  const spec = ATTEMPT_COLUMNS.find((c) => c.id === id)!;
  return { id, header: spec.label, enableSorting: true, enableHiding: false, sortDescFirst: spec.descFirst, meta: { label: spec.label } };
}

function Missing({ label }: { label: string }) {
  return (
    <span className="text-muted">
      <span aria-hidden="true">—</span>
      <span className="sr-only">{label}</span>
    </span>
  );
}

function Result({ row }: { row: AttemptRow }) {
  const [text, classes] = row.mastered
    ? ["Mastered", "border-green-200 bg-green-50 text-ok"]
    : row.completed
      ? ["Below 70", "border-amber-200 bg-amber-50 text-warn"]
      : ["Not finished", "border-slate-300 bg-slate-100 text-slate-700"];
  return <span className={`inline-flex whitespace-nowrap rounded-full border px-2 py-0.5 text-xs font-semibold ${classes}`}>{text}</span>;
}

const columns = [
  column.accessor("moduleTitle", {
    ...options("module"),
    cell: (c) => (
      <Link href={`/modules/${c.row.original.moduleSlug}`} className="text-brand underline-offset-4 hover:underline">
        {c.getValue()}
      </Link>
    ),
  }),
  column.accessor("at", {
    ...options("date"),
    meta: { label: "Date", nowrap: true },
    cell: (c) => {
      const at = c.getValue();
      return at ? (
        <time dateTime={at}>
          {dayText(at)}, {at.slice(11, 16)}
        </time>
      ) : (
        <Missing label="No date" />
      );
    },
  }),
  column.accessor("attemptNumber", {
    ...options("attempt"),
    cell: (c) => <span className="tabular-nums">{c.getValue() ?? "—"}</span>,
  }),
  column.accessor("timeSpentSeconds", {
    ...options("time"),
    meta: { label: "Time", nowrap: true },
    cell: (c) => {
      const seconds = c.getValue();
      return seconds === null ? <Missing label="No time recorded" /> : <span className="tabular-nums">{durationText(seconds)}</span>;
    },
  }),
  column.accessor("errorsCount", {
    ...options("errors"),
    cell: (c) => {
      const errors = c.getValue();
      return errors === null ? <Missing label="No count" /> : <span className="tabular-nums">{errors}</span>;
    },
  }),
  column.accessor("masteryScore", {
    ...options("mastery"),
    cell: (c) => {
      const score = c.getValue();
      return score === null ? <Missing label="No score" /> : <span className="tabular-nums">{scoreText(score)}</span>;
    },
  }),
  column.accessor("mastered", { ...options("result"), meta: { label: "Result", nowrap: true }, cell: (c) => <Result row={c.row.original} /> }),
];

/** The student's latest attempts on the shared data table; sorting is a link, kept in the URL. */
export function AttemptsTable({ rows, view, caption, empty }: { rows: AttemptRow[]; view: TableView; caption: string; empty: ReactNode }) {
  return (
    <DataTable
      columns={columns}
      data={rows}
      getRowId={(r) => String(r.logId)}
      view={view}
      caption={caption}
      noun={{ singular: "attempt", plural: "attempts" }}
      empty={empty}
    />
  );
}
