import { COMPETENCY_LEVELS, SUBSYSTEM_LABELS, type CompetencyLevel, type Subsystem } from "@/app/lib/domain/vocabulary";

/** Words and formats the progress view shares between its server and client parts. */

export const LEVEL_LABELS: Record<CompetencyLevel, string> = {
  orientation: "Orientation",
  competency: "Competency",
  integration: "Integration",
  autonomy: "Autonomy",
};

/** 1 (orientation) … 4 (autonomy): the length of a subsystem's bar. */
export function levelRank(level: CompetencyLevel): number {
  return COMPETENCY_LEVELS.indexOf(level) + 1;
}

/** Fill and badge colours per level, darkening as the level rises; the word always goes with them. */
export const LEVEL_COLORS: Record<CompetencyLevel, string> = {
  orientation: "#94a3b8",
  competency: "#60a5fa",
  integration: "#2563eb",
  autonomy: "#1e3a8a",
};

export const LEVEL_BADGE_CLASSES: Record<CompetencyLevel, string> = {
  orientation: "border-slate-300 bg-slate-100 text-slate-800",
  competency: "border-blue-200 bg-blue-50 text-blue-800",
  integration: "border-blue-300 bg-blue-100 text-blue-900",
  autonomy: "border-blue-900 bg-blue-900 text-white",
};

export function subsystemName(subsystem: Subsystem | string): string {
  return SUBSYSTEM_LABELS[subsystem as Subsystem] ?? subsystem;
}

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** `2026-09-14T…` → "14 Sep 2026": spelled out so nobody mistakes day for month. */
export function dayText(iso: string): string {
  const [y, m, d] = iso.slice(0, 10).split("-");
  return `${Number(d)} ${MONTHS[Number(m) - 1]} ${y}`;
}

/** 754 → "12 min 34 s"; 3720 → "1 h 2 min". */
export function durationText(seconds: number): string {
  if (seconds < 60) return `${seconds} s`;
  const minutes = Math.floor(seconds / 60);
  if (minutes < 60) return `${minutes} min ${seconds % 60} s`;
  return `${Math.floor(minutes / 60)} h ${minutes % 60} min`;
}

/** 84.5 → "84.5"; 84 → "84": scores keep at most the two decimals they are stored with. */
export function scoreText(score: number): string {
  return String(Math.round(score * 100) / 100);
}
