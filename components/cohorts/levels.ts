import { SUBSYSTEM_LABELS, type Subsystem } from "@/app/lib/domain/vocabulary";
import type { CohortLevel } from "@/db/queries/cohort-levels";

/** Words, abbreviations and colours of the levels on the cohort review; the word always goes with the colour. */

export const COHORT_LEVEL_LABELS: Record<CohortLevel, string> = {
  none: "No level yet",
  orientation: "Orientation",
  competency: "Competency",
  integration: "Integration",
  autonomy: "Autonomy",
};

/** One or two letters fit a heat-map cell on a phone; the legend spells them out. */
export const COHORT_LEVEL_ABBREVIATIONS: Record<CohortLevel, string> = {
  none: "–",
  orientation: "O",
  competency: "C",
  integration: "I",
  autonomy: "A",
};

/** Heat-map cells darken as the level rises; text contrast is at least 4.5:1 on each. */
export const COHORT_LEVEL_CELL_CLASSES: Record<CohortLevel, string> = {
  none: "bg-slate-50 text-muted",
  orientation: "bg-slate-400 text-slate-950",
  competency: "bg-blue-300 text-blue-950",
  integration: "bg-blue-600 text-white",
  autonomy: "bg-blue-950 text-white",
};

/** The same scale for chart fills; "none" a shade darker than its cell, to show on white. */
export const COHORT_LEVEL_COLORS: Record<CohortLevel, string> = {
  none: "#e2e8f0",
  orientation: "#94a3b8",
  competency: "#93c5fd",
  integration: "#2563eb",
  autonomy: "#172554",
};

export function subsystemName(subsystem: Subsystem): string {
  return SUBSYSTEM_LABELS[subsystem];
}

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** `2026-09-14…` → "14 Sep 2026": spelled out so nobody mistakes day for month. */
export function dayText(iso: string): string {
  const [y, m, d] = iso.slice(0, 10).split("-");
  return `${Number(d)} ${MONTHS[Number(m) - 1]} ${y}`;
}

export function plural(count: number, word: string, many = `${word}s`): string {
  return `${count.toLocaleString("en-US")} ${count === 1 ? word : many}`;
}
