import type { Difficulty, ModuleStatus } from "@/app/lib/domain/vocabulary";
import type { PathStatus } from "@/db/queries/paths";

/** Words and colours of the learning-path page. Colour is never the only signal: words go with it. */

export const PATH_STATUS_LABELS: Record<PathStatus, string> = {
  mastered: "Mastered",
  in_progress: "In progress",
  unlocked: "Unlocked",
  locked: "Locked",
};

/** What each status means, for the legend. */
export const PATH_STATUS_HINTS: Record<PathStatus, string> = {
  mastered: "thick border, tick",
  in_progress: "solid border, half-filled circle",
  unlocked: "thin border, open circle",
  locked: "dashed border, padlock",
};

/** Box fill (a light tint, dark text stays readable) and a stronger edge strip per difficulty. */
export const DIFFICULTY_COLOURS: Record<Difficulty, { fill: string; strip: string }> = {
  easy: { fill: "#dcfce7", strip: "#15803d" },
  medium: { fill: "#dbeafe", strip: "#1d4ed8" },
  hard: { fill: "#fef3c7", strip: "#b45309" },
  expert: { fill: "#fee2e2", strip: "#b91c1c" },
};

export const EDGE_COLOURS = {
  required: "#334155",
  recommended: "#64748b",
  /** Violet: apart from the difficulty and status colours, so a cross-subsystem edge stands out. */
  cross: "#7c3aed",
} as const;

export interface NodeBorder {
  stroke: string;
  width: number;
  dash?: string;
}

/** Border per status: width and dashes differ too, so the status reads without its colour. */
export const STATUS_BORDERS: Record<PathStatus, NodeBorder> = {
  mastered: { stroke: "#15803d", width: 3.5 },
  in_progress: { stroke: "#1d4ed8", width: 2.5 },
  unlocked: { stroke: "#475569", width: 1.25 },
  locked: { stroke: "#475569", width: 1.5, dash: "6 4" },
};
/** No student chosen. */
export const PLAIN_BORDER: NodeBorder = { stroke: "#64748b", width: 1.25 };
/** A module of another subsystem, shown as the far end of an edge. */
export const GHOST_BORDER: NodeBorder = { stroke: "#94a3b8", width: 1.25, dash: "3 3" };

export const MODULE_STATUS_TAGS: Partial<Record<ModuleStatus, string>> = { draft: "Draft", archived: "Archived" };

export function prerequisiteKind(required: boolean): string {
  return required ? "required" : "recommended";
}
