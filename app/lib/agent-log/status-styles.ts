import { RUN_STATUSES, type RunStatus } from "../domain/vocabulary";

/**
 * How each status looks: colour, icon and word together, so none of them carries the meaning
 * alone (colour-blind readers, high-contrast mode, screen readers all get it).
 */
export type StatusIcon = "check" | "warning" | "cross" | "spinner" | "skip" | "info" | "dot";

export interface StatusStyle {
  label: string;
  className: string;
  icon: StatusIcon;
}

export const STATUS_STYLES: Record<RunStatus, StatusStyle> = {
  running: { label: "Running", className: "border-blue-200 bg-blue-50 text-brand", icon: "spinner" },
  success: { label: "Success", className: "border-green-200 bg-green-50 text-ok", icon: "check" },
  partial: { label: "Partial", className: "border-amber-200 bg-amber-50 text-warn", icon: "warning" },
  failed: { label: "Failed", className: "border-red-200 bg-red-50 text-bad", icon: "cross" },
  skipped: { label: "Skipped", className: "border-slate-300 bg-slate-100 text-slate-700", icon: "skip" },
  info: { label: "Info", className: "border-sky-200 bg-sky-50 text-sky-800", icon: "info" },
};

const UNKNOWN: Omit<StatusStyle, "label"> = { className: "border-line bg-canvas text-muted", icon: "dot" };

export function statusStyle(status: string | null): StatusStyle {
  if (status && (RUN_STATUSES as readonly string[]).includes(status)) return STATUS_STYLES[status as RunStatus];
  return { ...UNKNOWN, label: status ? status[0]!.toUpperCase() + status.slice(1) : "No status" };
}
