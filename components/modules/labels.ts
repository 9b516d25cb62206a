import { COMPETENCY_RULES, modulesNeeded } from "@/app/lib/domain/competency";
import { SUBSYSTEM_LABELS, type CompetencyLevel, type Difficulty, type ProgressStatus, type Subsystem } from "@/app/lib/domain/vocabulary";

/** Words and numbers of the module pages, shared by the catalogue, the module page and its results. */

export const DIFFICULTY_LABELS: Record<Difficulty, string> = { easy: "Easy", medium: "Medium", hard: "Hard", expert: "Expert" };

export const STATUS_LABELS: Record<ProgressStatus, string> = {
  not_started: "Not started",
  in_progress: "In progress",
  completed: "Completed",
  mastered: "Mastered",
};

export const LEVEL_LABELS: Record<CompetencyLevel, string> = {
  orientation: "orientation",
  competency: "competency",
  integration: "integration",
  autonomy: "autonomy",
};

export const linkClass = "font-medium text-brand underline underline-offset-2 hover:no-underline";
export const primaryButton =
  "inline-flex items-center justify-center rounded-md bg-brand px-4 py-2 font-semibold text-white hover:bg-brand-strong disabled:cursor-not-allowed disabled:opacity-60";
export const secondaryButton =
  "inline-flex items-center justify-center rounded-md border border-line bg-white px-4 py-2 font-semibold text-ink hover:bg-canvas disabled:cursor-not-allowed disabled:opacity-60";

export function subsystemLabel(subsystem: Subsystem): string {
  return SUBSYSTEM_LABELS[subsystem];
}

/** "Medium · 212 attempts", or the authored difficulty when no attempt has calibrated it yet. */
export function difficultyText(difficulty: Difficulty, sampleSize: number | null | undefined): string {
  const label = DIFFICULTY_LABELS[difficulty];
  if (!sampleSize) return `${label} · not yet calibrated`;
  return `${label} · ${sampleSize.toLocaleString("en-US")} ${sampleSize === 1 ? "attempt" : "attempts"}`;
}

/** "45 min", "1 h 30 min". */
export function minutesText(minutes: number): string {
  if (minutes < 60) return `${minutes} min`;
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return m === 0 ? `${h} h` : `${h} h ${m} min`;
}

/** A duration as a clock: "4:07", "1:02:09". */
export function clockText(totalSeconds: number): string {
  const s = Math.max(0, Math.floor(totalSeconds));
  const hours = Math.floor(s / 3600);
  const minutes = Math.floor((s % 3600) / 60);
  const seconds = s % 60;
  const two = (n: number) => String(n).padStart(2, "0");
  return hours > 0 ? `${hours}:${two(minutes)}:${two(seconds)}` : `${minutes}:${two(seconds)}`;
}

/** A duration in words, for screen readers and results: "4 min 7 s", "1 h 2 min". */
export function durationText(totalSeconds: number): string {
  const s = Math.max(0, Math.round(totalSeconds));
  if (s < 60) return `${s} s`;
  const hours = Math.floor(s / 3600);
  const minutes = Math.floor((s % 3600) / 60);
  const seconds = s % 60;
  if (hours > 0) return minutes ? `${hours} h ${minutes} min` : `${hours} h`;
  return seconds ? `${minutes} min ${seconds} s` : `${minutes} min`;
}

/** Mastery as shown: at most one decimal ("72.5", "100"). */
export function scoreText(score: number): string {
  return String(Math.round(score * 10) / 10);
}

export function plural(count: number, word: string, many = `${word}s`): string {
  return `${count} ${count === 1 ? word : many}`;
}

/**
 * How many more mastered modules the next level needs, from the share rules. Integration's
 * cross-subsystem condition and autonomy's mean score are not counted here: the words say
 * "modules to", and /me lists every condition.
 */
export function modulesToNextLevel(level: CompetencyLevel, modulesCompleted: number, total: number): { level: CompetencyLevel; more: number } | null {
  if (level === "autonomy" || total === 0) return null;
  const next: CompetencyLevel = level === "orientation" ? "competency" : level === "competency" ? "integration" : "autonomy";
  const needed =
    next === "competency"
      ? modulesNeeded(COMPETENCY_RULES.competencyShare, total)
      : next === "integration"
        ? modulesNeeded(COMPETENCY_RULES.integrationShare, total)
        : total;
  return { level: next, more: Math.max(0, needed - modulesCompleted) };
}

/** A checkpoint's title without a leading "Checkpoint:", which some authors write and the page already says. */
export function checkpointTitle(title: string): string {
  return title.replace(/^checkpoint\s*[:—–-]\s*/i, "") || title;
}
