import type { ReactNode } from "react";

/**
 * A chart with its text alternatives: a caption that says what it shows and a data table the
 * reader can open. The drawing itself is one image to assistive technology (its summary is
 * `label`), so screen readers get the caption and the table, never a heap of SVG shapes.
 */
export function ChartFigure({
  label,
  caption,
  table,
  tableSummary = "Show the data as a table",
  children,
}: {
  /** One sentence that sums up the drawing, read in place of it. */
  label: string;
  caption: ReactNode;
  table: ReactNode;
  tableSummary?: string;
  children: ReactNode;
}) {
  return (
    <figure className="space-y-3">
      <div role="img" aria-label={label} className="w-full min-w-0">
        {children}
      </div>
      <figcaption className="text-sm text-muted">{caption}</figcaption>
      <details className="text-sm">
        <summary className="cursor-pointer font-medium text-brand">{tableSummary}</summary>
        <div className="mt-2 overflow-x-auto">{table}</div>
      </details>
    </figure>
  );
}
