/** Words the imports page and its panel share, so the preview and the history read alike. */
import type { CadenceTable } from "@/db/import/load";

/** In the importer's order: raw pages first, then the tables built from them. */
export const TABLE_LABELS: Record<CadenceTable, string> = {
  cadence_raw_content: "Raw pages",
  cadence_people: "People",
  cadence_projects: "Projects",
  cadence_tasks: "Tasks",
  cadence_meetings: "Meetings",
  cadence_documents: "Documents",
};

export const EXCLUDE_REASON_LABELS: Record<string, string> = {
  empty: "Empty",
  untitled: "Untitled",
  template: "Database template",
  linked_view: "Linked database view",
  archived: "Under an archive page",
  duplicate: "Duplicate content",
  other: "Not a CADENCE category",
};

export const STAGE_UNITS: Record<string, string> = {
  extract: "pages",
  classify: "pages",
  transform: "pages",
  load: "rows",
};

export function tableLabel(table: string): string {
  return (TABLE_LABELS as Record<string, string>)[table] ?? table;
}

export function formatCount(n: number): string {
  return n.toLocaleString("en-US");
}

export function formatBytes(n: number): string {
  if (n >= 1024 ** 3) return `${(n / 1024 ** 3).toFixed(1)} GB`;
  if (n >= 1024 ** 2) return `${(n / 1024 ** 2).toFixed(1)} MB`;
  if (n >= 1024) return `${(n / 1024).toFixed(1)} KB`;
  return `${formatCount(n)} bytes`;
}

export function formatDuration(ms: number): string {
  return ms < 1000 ? `${ms} ms` : `${(ms / 1000).toFixed(1)} s`;
}
