/** Rows of the "Tasks" database: 443 distinct tasks, 20 exact duplicates, and any extra rows. */
import {
  ADVISOR,
  ANONYMOUS,
  EXTERNAL_ASSIGNEE,
  membersOf,
  ROSTER,
  SUBSYSTEMS,
  type SubKey,
} from "./content-people";
import { DATE_SENTENCES, MENTION_SENTENCES, TASK_CONTEXT, TASK_NOTES, TASK_STEPS, taskTitles } from "./content-tasks";
import type { Cell, RowSpec } from "./model";
import { addDays, dayOfYear, formatDate, formatRange, type Day, type RelationTarget } from "./notion-format";
import { makeId, rngFor, type Rng } from "./prng";

export const TASK_COLUMNS = ["Name", "Status", "Assignee", "Due", "Project", "Subsystem", "Priority"] as const;
export const TASK_VIEW_COLUMNS = ["Name", "Status", "Assignee", "Due"] as const;
export const BASE_TASKS = 443;
export const TASK_DUPLICATES = 20;
export const COMPLETED_STATUSES: readonly string[] = ["Done", "✅ Done", "Complete"];

const STATUSES: readonly (readonly [string, number])[] = [
  ["Done", 22], ["✅ Done", 8], ["Complete", 6], ["In progress", 14], ["In Review", 6], ["Blocked", 5],
  ["On hold", 4], ["Not started", 12], ["To do", 10], ["Backlog", 8], ["Maybe", 2], ["", 3],
];
const PRIORITIES: readonly (readonly [string, number])[] = [["Low", 30], ["Medium", 40], ["High 🔥", 22], ["", 8]];

/** Relation targets the tasks and meetings may point at, per subsystem (null = program-wide). */
export type ProjectTargets = ReadonlyMap<SubKey | null, readonly RelationTarget[]>;

/** A date mention as Notion renders it in a page: relative near the export date, else absolute. */
export function dateMention(rng: Rng, after?: Day): string {
  if (rng.chance(0.3)) return rng.pick(["@Today", "@Yesterday", "@Last Friday"]);
  return `@${formatDate(after ? addDays(after, rng.between(3, 21)) : dayOfYear(2025, rng.between(0, 333)))}`;
}

/** A person worth mentioning: usually a roster member, now and then the faculty advisor. */
export function mentionablePerson(rng: Rng, sub: SubKey | null): string {
  if (rng.chance(0.05)) return ADVISOR;
  const members = membersOf(sub);
  return rng.chance(0.7) && members.length > 0 ? rng.pick(members).name : rng.pick(ROSTER).name;
}

export class TaskRows {
  readonly rowCount: number;
  private readonly pools: Record<SubKey, string[]>;
  private readonly special = new Map<number, "anonymous" | "external" | "tbd" | "range">();
  private readonly duplicateOf: number[];

  constructor(
    private readonly extra: number,
    private readonly projects: ProjectTargets,
  ) {
    this.rowCount = BASE_TASKS + TASK_DUPLICATES + extra;
    const rng = rngFor("tasks:plan");
    this.pools = Object.fromEntries(SUBSYSTEMS.map((s) => [s.key, rng.shuffle(taskTitles(s.key))])) as Record<SubKey, string[]>;
    const picked = rng.sample(Array.from({ length: BASE_TASKS }, (_, i) => i), 3 + 8 + 3 + 20);
    picked.forEach((d, k) => this.special.set(d, k < 3 ? "anonymous" : k < 11 ? "external" : k < 14 ? "tbd" : "range"));
    this.duplicateOf = rng.sample(Array.from({ length: BASE_TASKS }, (_, i) => i), TASK_DUPLICATES).sort((a, b) => a - b);
  }

  /** Which distinct task row `index` shows (duplicates repeat an earlier one). */
  distinctIndexOf(index: number): number {
    if (index < BASE_TASKS) return index;
    if (index < BASE_TASKS + TASK_DUPLICATES) return this.duplicateOf[index - BASE_TASKS]!;
    return index - TASK_DUPLICATES;
  }

  isDuplicate(index: number): boolean {
    return index >= BASE_TASKS && index < BASE_TASKS + TASK_DUPLICATES;
  }

  row(index: number): RowSpec {
    return { ...this.distinct(this.distinctIndexOf(index)), id: makeId(5, index) };
  }

  private subOf(d: number): SubKey {
    return SUBSYSTEMS[d % SUBSYSTEMS.length]!.key;
  }

  private title(d: number): string {
    const pool = this.pools[this.subOf(d)];
    const k = Math.floor(d / SUBSYSTEMS.length);
    const base = pool[k % pool.length]!;
    return k < pool.length ? base : `${base} (iteration ${Math.floor(k / pool.length) + 1})`;
  }

  private specialOf(d: number, rng: Rng): string | undefined {
    if (d < BASE_TASKS) return this.special.get(d);
    return rng.weighted([["anonymous", 0.007], ["external", 0.018], ["tbd", 0.007], ["range", 0.045], ["", 0.923]]) || undefined;
  }

  private distinct(d: number): Omit<RowSpec, "id"> {
    const rng = rngFor("task", d);
    const sub = this.subOf(d);
    const title = this.title(d);
    const special = this.specialOf(d, rng);
    const members = membersOf(sub);

    const status = rng.weighted(STATUSES);
    let assignee: string;
    if (special === "anonymous") assignee = ANONYMOUS;
    else if (special === "external") assignee = EXTERNAL_ASSIGNEE;
    else if (rng.chance(0.05)) assignee = "";
    else {
      const first = rng.chance(0.8) ? rng.pick(members) : rng.pick(ROSTER);
      const second = rng.pick(ROSTER.filter((p) => p !== first));
      assignee = rng.chance(0.15) ? `${first.name}, ${second.name}` : first.name;
    }

    const start = dayOfYear(2025, rng.between(0, 340));
    let due: string;
    if (special === "tbd") due = "TBD";
    else if (special === "range") due = formatRange(formatDate(start), formatDate(addDays(start, rng.between(3, 21))));
    else due = rng.chance(0.04) ? "" : formatDate(start);

    let project: Cell = "";
    if (rng.chance(0.8)) {
      const own = this.projects.get(sub) ?? [];
      const program = this.projects.get(null) ?? [];
      const choices = rng.chance(0.1) || own.length === 0 ? program : own;
      project = [rng.pick(choices)];
    }
    const subsystemLabel = rng.chance(0.7) ? rng.pick(SUBSYSTEMS.find((s) => s.key === sub)!.labels) : "";
    const priority = rng.weighted(PRIORITIES);

    const bodySeed = rng.int(2 ** 31);
    const body = () => taskBody(rngFor("task-body", bodySeed ^ d), title, sub);
    return { title, cells: [status, assignee, due, project, subsystemLabel, priority], body };
  }
}

function lowerFirst(text: string): string {
  return /^[A-Z][a-z]/.test(text) ? text[0]!.toLowerCase() + text.slice(1) : text;
}

function taskBody(rng: Rng, title: string, sub: SubKey): string {
  const parts: string[] = [];
  const mention = rng.chance(0.3) ? rng.pick(MENTION_SENTENCES).replace("{}", `@${mentionablePerson(rng, sub)}`) : null;
  const date = rng.chance(0.1) ? rng.pick(DATE_SENTENCES).replace("{}", dateMention(rng)) : null;
  if (rng.chance(0.65)) {
    const lead = rng.pick([`Goal: ${lowerFirst(title)}.`, `Need to ${lowerFirst(title)} before the next review.`, `${title} — carried over from last week.`, `Scope: ${lowerFirst(title)}, nothing more.`]);
    parts.push(`${lead} ${rng.pick(TASK_CONTEXT[sub])}`);
    if (rng.chance(0.6)) parts.push(rng.pick(TASK_NOTES));
  } else {
    const steps = rng.sample(TASK_STEPS[sub], rng.between(2, 4));
    const doneCount = rng.int(steps.length + 1);
    const lines = steps.map((s, i) => `- [${i < doneCount ? "x" : " "}]  ${s}`);
    lines.push(`- [ ]  Close out: ${lowerFirst(title)}`);
    parts.push(`Steps:\n\n${lines.join("\n")}`);
  }
  if (mention) parts.push(mention);
  if (date) parts.push(date);
  return parts.join("\n\n");
}
