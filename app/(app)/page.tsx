import { Suspense } from "react";
import { connection } from "next/server";
import { getTableGroupCounts } from "@/db/queries/overview";
import { getViewer, requireViewer } from "@/app/lib/session";

export default async function HomePage() {
  await requireViewer("/");
  return (
    <div className="space-y-8">
      <section className="max-w-3xl space-y-3">
        <h1 className="text-3xl font-bold tracking-tight">Ascent Basecamp</h1>
        <p className="text-lg text-muted">
          Learn CubeSat engineering from the real record of an earlier satellite program, CADENCE:
          its people, projects, tasks, meetings and documents, turned into modules, learning paths,
          competency per subsystem and races against the pace of earlier teams.
        </p>
      </section>
      <section aria-labelledby="database-heading" className="space-y-4">
        <h2 id="database-heading" className="text-xl font-semibold">
          What is in the database
        </h2>
        <Suspense fallback={<CountsSkeleton />}>
          <DatabaseCounts />
        </Suspense>
      </section>
    </div>
  );
}

async function DatabaseCounts() {
  await connection();
  const groups = await getTableGroupCounts(await getViewer());
  const tables = groups.reduce((n, g) => n + g.tables.length, 0);
  const rows = groups.reduce((n, g) => n + g.total, 0);
  return (
    <>
      <p className="text-muted">
        {rowsLabel(rows)} in {tables} tables.
      </p>
      <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
        {groups.map((group) => (
          <li key={group.id} className="rounded-lg border border-line bg-white p-4 shadow-sm">
            <section aria-labelledby={`group-${group.id}`}>
              <div className="flex items-baseline justify-between gap-2">
                <h3 id={`group-${group.id}`} className="font-semibold">
                  {group.label}
                </h3>
                <span className="text-sm font-medium tabular-nums text-muted">
                  {rowsLabel(group.total)}
                </span>
              </div>
              <p className="mt-1 text-sm text-muted">{group.description}</p>
              <table className="mt-3 w-full text-sm">
                <caption className="sr-only">Rows per table: {group.label}</caption>
                <thead className="sr-only">
                  <tr>
                    <th scope="col">Table</th>
                    <th scope="col">Rows</th>
                  </tr>
                </thead>
                <tbody>
                  {group.tables.map((t) => (
                    <tr key={t.name} className="border-t border-line first:border-t-0">
                      <th scope="row" className="py-1 pr-2 text-left font-mono text-xs font-normal">
                        {t.name}
                      </th>
                      <td className="py-1 text-right tabular-nums" data-table={t.name}>
                        {t.rows.toLocaleString("en-US")}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </section>
          </li>
        ))}
      </ul>
    </>
  );
}

function CountsSkeleton() {
  return (
    <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3" aria-busy="true" aria-label="Loading table counts">
      {Array.from({ length: 6 }, (_, i) => (
        <li key={i} className="h-48 animate-pulse rounded-lg border border-line bg-white" />
      ))}
    </ul>
  );
}

function rowsLabel(n: number): string {
  return `${n.toLocaleString("en-US")} ${n === 1 ? "row" : "rows"}`;
}
