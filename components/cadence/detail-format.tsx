import { SUBSYSTEM_LABELS, type Subsystem } from "@/app/lib/domain/vocabulary";

/** Words and marks the CADENCE detail pages share. */

const STATUS: Record<string, { label: string; className: string }> = {
  completed: { label: "Completed", className: "border-green-200 bg-green-50 text-ok" },
  in_progress: { label: "In progress", className: "border-blue-200 bg-blue-50 text-brand" },
  active: { label: "Active", className: "border-indigo-200 bg-indigo-50 text-indigo-800" },
  todo: { label: "To do", className: "border-slate-200 bg-slate-50 text-slate-700" },
  blocked: { label: "Blocked", className: "border-red-200 bg-red-50 text-bad" },
  unknown: { label: "Unknown", className: "border-slate-200 bg-white text-muted" },
};

export function statusLabel(status: string | null): string {
  if (status === null) return "No status";
  return STATUS[status]?.label ?? status;
}

/** A work status as a word in a tinted pill: the colour only repeats what the word says. */
export function StatusBadge({ status }: { status: string | null }) {
  const style = status === null ? undefined : STATUS[status];
  return (
    <span
      className={`inline-block whitespace-nowrap rounded-full border px-2 py-0.5 text-xs font-medium ${style?.className ?? "border-slate-200 bg-white text-muted"}`}
    >
      {statusLabel(status)}
    </span>
  );
}

export function subsystemLabel(subsystem: string | null): string {
  if (subsystem === null) return "No subsystem";
  return SUBSYSTEM_LABELS[subsystem as Subsystem] ?? subsystem;
}

export function categoryLabel(category: string | null): string {
  if (category === null) return "None";
  const words = category.replace(/^documents_/, "").replace(/_/g, " ");
  const label = words.charAt(0).toUpperCase() + words.slice(1);
  return category.startsWith("documents_") ? `${label} documents` : label;
}

export function capitalized(value: string | null): string | null {
  return value === null ? null : value.charAt(0).toUpperCase() + value.slice(1);
}

// Notion exports wall-clock times without a zone: shown as written, never converted.
const DAY = new Intl.DateTimeFormat("en-US", { dateStyle: "medium", timeZone: "UTC" });
const DAY_TIME = new Intl.DateTimeFormat("en-US", { dateStyle: "medium", timeStyle: "short", hourCycle: "h23", timeZone: "UTC" });

/**
 * `YYYY-MM-DD` or `YYYY-MM-DDTHH:MM`, as a readable `<time>`. The importer stores a date
 * written without a time at 00:00, so midnight reads as the day alone.
 */
export function DateText({ value }: { value: string }) {
  const withTime = value.length > 10 && !value.endsWith("T00:00");
  const date = new Date(`${value.slice(0, 10)}T${withTime ? value.slice(11, 16) : "00:00"}:00Z`);
  if (Number.isNaN(date.getTime())) return <>{value}</>;
  return <time dateTime={value}>{(withTime ? DAY_TIME : DAY).format(date)}</time>;
}

/** An ISO instant (e.g. a `missing_since`), in UTC and saying so. */
export function InstantText({ iso }: { iso: string }) {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return <>{iso}</>;
  return <time dateTime={iso}>{DAY_TIME.format(date)} UTC</time>;
}

export function plural(count: number, one: string, many: string): string {
  return `${count.toLocaleString("en-US")} ${count === 1 ? one : many}`;
}
