import { formatCount, tableLabel } from "@/app/lib/imports/labels";
import type { ImportRunTableCounts } from "@/db/queries/imports";
import { ScrollArea } from "@/components/ui/scroll-area";

/** What one import run wrote, per CADENCE table: on the import history and on the run's page. */
export function RowsWrittenTable({ tables, caption }: { tables: readonly ImportRunTableCounts[]; caption: string }) {
  if (tables.length === 0) return null;
  return (
    <ScrollArea label={caption}>
      <table className="min-w-[20rem] text-sm">
        <caption className="mb-1 text-left font-semibold">{caption}</caption>
        <thead>
          <tr className="text-muted">
            <th scope="col" className="py-1 pr-6 text-left font-medium">Table</th>
            <th scope="col" className="px-3 py-1 text-right font-medium">Added</th>
            <th scope="col" className="px-3 py-1 text-right font-medium">Changed</th>
            <th scope="col" className="py-1 pl-3 text-right font-medium">Unchanged</th>
          </tr>
        </thead>
        <tbody>
          {tables.map((t) => (
            <tr key={t.table} className="border-t border-line">
              <th scope="row" className="py-1 pr-6 text-left font-normal">{tableLabel(t.table)}</th>
              <td className="px-3 py-1 text-right tabular-nums">{formatCount(t.added)}</td>
              <td className="px-3 py-1 text-right tabular-nums">{formatCount(t.changed)}</td>
              <td className="py-1 pl-3 text-right tabular-nums text-muted">{formatCount(t.unchanged)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollArea>
  );
}
