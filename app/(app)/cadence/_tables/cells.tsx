import Link from "next/link";
import { SUBSYSTEM_LABELS, type Subsystem } from "@/app/lib/domain/vocabulary";
import { valueLabel } from "@/app/lib/explorer/table-params";

/** Cells the five tables share. Plain components: they render on the server and the client alike. */

const STATUS_CLASSES: Record<string, string> = {
  completed: "border-green-200 bg-green-50 text-ok",
  in_progress: "border-blue-200 bg-blue-50 text-brand",
  active: "border-blue-200 bg-blue-50 text-brand",
  blocked: "border-red-200 bg-red-50 text-bad",
  todo: "border-slate-300 bg-slate-100 text-slate-700",
};

export function Missing({ children = "—", label }: { children?: string; label: string }) {
  return (
    <span className="text-muted">
      <span aria-hidden="true">{children}</span>
      <span className="sr-only">{label}</span>
    </span>
  );
}

/** Word and colour together, so the colour never carries the meaning alone. */
export function StatusBadge({ status }: { status: string | null }) {
  if (!status) return <Missing label="No status" />;
  return (
    <span
      className={`inline-flex whitespace-nowrap rounded-full border px-2 py-0.5 text-xs font-semibold ${
        STATUS_CLASSES[status] ?? "border-line bg-canvas text-muted"
      }`}
    >
      {valueLabel("status", status)}
    </span>
  );
}

export function SubsystemText({ subsystem }: { subsystem: string | null }) {
  if (!subsystem) return <Missing label="No subsystem" />;
  return <span className="whitespace-nowrap">{SUBSYSTEM_LABELS[subsystem as Subsystem] ?? subsystem}</span>;
}

export function RecordLink({ href, children }: { href: string; children: string }) {
  return (
    <Link href={href} className="text-brand underline-offset-4 hover:underline">
      {children}
    </Link>
  );
}

export function PersonLink({ id, name, missing }: { id: number | null; name: string | null; missing: string }) {
  if (id === null || name === null) return <Missing label={missing} />;
  return <RecordLink href={`/cadence/people/${id}`}>{name}</RecordLink>;
}

export function ProjectLink({ id, name }: { id: number | null; name: string | null }) {
  if (id === null || name === null) return <Missing label="No project" />;
  return <RecordLink href={`/cadence/projects/${id}`}>{name}</RecordLink>;
}

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** `2025-10-15` → "15 Oct 2025": spelled out, so no reader mistakes day for month. */
function day(iso: string): string {
  const [y, m, d] = iso.slice(0, 10).split("-");
  return `${Number(d)} ${MONTHS[Number(m) - 1]} ${y}`;
}

/** A day, or a day and the export's wall-clock time; no time zone is applied to either. */
export function DateText({ value, withTime = false }: { value: string | null; withTime?: boolean }) {
  if (!value) return <Missing label="No date" />;
  return (
    <time dateTime={value} className="whitespace-nowrap">
      {day(value)}
      {withTime && value.length >= 16 ? `, ${value.slice(11, 16)}` : ""}
    </time>
  );
}

export function CountText({ value }: { value: number }) {
  return <span className="tabular-nums">{value}</span>;
}
