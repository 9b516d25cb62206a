import type { ReactNode } from "react";

/** A titled section of the cohort review, named by its heading for landmarks navigation. */
export function Card({ id, title, action, children }: { id: string; title: string; action?: ReactNode; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className="min-w-0 space-y-4 rounded-lg border border-line bg-white p-4 shadow-sm sm:p-5">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 id={id} className="text-xl font-semibold">
          {title}
        </h2>
        {action}
      </div>
      {children}
    </section>
  );
}

/** What a card shows while its read streams in. */
export function CardSkeleton({ label, height = "h-64" }: { label: string; height?: string }) {
  return (
    <div role="status" className="space-y-3 rounded-lg border border-line bg-white p-4 shadow-sm sm:p-5">
      <span className="sr-only">{label}</span>
      <div aria-hidden="true" className="h-6 w-48 animate-pulse rounded bg-line" />
      <div aria-hidden="true" className={`${height} animate-pulse rounded bg-canvas`} />
    </div>
  );
}
