/** Shown while the first rows load; the same footprint as the filters and the table. */
export function TableSkeleton() {
  return (
    <div className="space-y-4" aria-busy="true">
      <p className="sr-only">Loading the table…</p>
      <div className="h-40 animate-pulse rounded-lg border border-line bg-white" />
      <div className="h-96 animate-pulse rounded-lg border border-line bg-white" />
    </div>
  );
}
