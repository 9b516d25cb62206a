import type { Checkpoint, ModuleSpec, Question } from "./module-spec";
import { diffLines, type TextChange } from "./text-diff";

/**
 * What changed between two versions of a module's spec, and which semver bump that suggests.
 * Pure: the authoring form calls it to pre-select the bump, the history page to show a readable
 * diff between any two `module_version_history` rows. The author always has the last word; the
 * suggestion is only the default.
 *
 * Matching, decided here:
 * - Sections have no id, so they are matched by title first: equal titles pair up in order
 *   (the first "Intro" before with the first "Intro" after, and so on).
 * - Sections left over are then matched by position: the n-th unmatched section that follows a
 *   given title-matched section (or the start) before pairs with the n-th unmatched section that
 *   follows the same title-matched section after. That is how a rename is recognised, even when
 *   other sections were inserted elsewhere. Anything still unmatched is added or removed.
 * - A section whose relative order among the matched ones changed is reported as moved (the
 *   fewest sections that explain the new order, via a longest increasing subsequence); index
 *   shifts caused only by insertions or removals are not moves.
 * - Checkpoints are matched by id. Questions are matched by id across the whole module (ids are
 *   unique in a module), so a question moved to another checkpoint is one changed question with
 *   the field "checkpoint" (before and after checkpoint id), not a removal plus an addition.
 * - Bodies are compared line by line after normalising line endings (`diffLines` in
 *   text-diff.ts); the change lists the counts and, up to MAX_CHANGED_LINES, the added and
 *   removed lines in document order.
 */

export type Bump = "patch" | "minor" | "major";

export const METADATA_FIELDS = [
  "title",
  "summary",
  "subsystem",
  "difficulty",
  "estimatedMinutes",
  "masteryThreshold",
] as const satisfies readonly (keyof ModuleSpec)[];
export type MetadataField = (typeof METADATA_FIELDS)[number];

export interface MetadataChange {
  field: MetadataField;
  before: string | number;
  after: string | number;
}

export interface SectionRef {
  /** 0-based index in its spec. */
  index: number;
  title: string;
}

export interface SectionChange {
  before: SectionRef;
  after: SectionRef;
  matchedBy: "title" | "position";
  titleChanged: boolean;
  /** Null when the body is unchanged. */
  body: TextChange | null;
  isCheckpointChanged: boolean;
  /** Its order relative to the other matched sections changed. */
  moved: boolean;
}

export interface CheckpointRef {
  id: string;
  title: string;
  questionCount: number;
}

export type CheckpointField = "title" | "afterSection" | "questionOrder";

export interface CheckpointChange {
  id: string;
  title: string;
  fields: { field: CheckpointField; before: string | number; after: string | number }[];
}

export interface QuestionRef {
  id: string;
  checkpointId: string;
  kind: Question["kind"];
  prompt: string;
}

/**
 * - prompt, explanation: wording.
 * - optionText: an option's text changed (same option id).
 * - optionOrder: the same options in another order.
 * - options: options added or removed (by id).
 * - correctAnswer: a multiple-choice question's right option.
 * - kind: multiple choice became numeric or the reverse (answer fields then are not compared).
 * - answer, tolerance, unit, alternativeUnits: a numeric question's scoring.
 * - checkpoint: moved to another checkpoint.
 */
export type QuestionField =
  | "prompt"
  | "explanation"
  | "optionText"
  | "optionOrder"
  | "options"
  | "correctAnswer"
  | "kind"
  | "answer"
  | "tolerance"
  | "unit"
  | "alternativeUnits"
  | "checkpoint";

export interface QuestionFieldChange {
  field: QuestionField;
  /** A short readable form of the old and new value ("10 W", "±0.5 / ±5 %", "a, b, c"). */
  before: string;
  after: string;
}

export interface QuestionChange {
  id: string;
  checkpointId: string;
  fields: QuestionFieldChange[];
}

export interface SpecDiff {
  metadata: MetadataChange[];
  sections: { added: SectionRef[]; removed: SectionRef[]; changed: SectionChange[] };
  checkpoints: { added: CheckpointRef[]; removed: CheckpointRef[]; changed: CheckpointChange[] };
  questions: { added: QuestionRef[]; removed: QuestionRef[]; changed: QuestionChange[] };
}

export function diffSpecs(before: ModuleSpec, after: ModuleSpec): SpecDiff {
  const metadata: MetadataChange[] = [];
  for (const field of METADATA_FIELDS) {
    if (before[field] !== after[field]) metadata.push({ field, before: before[field], after: after[field] });
  }
  return {
    metadata,
    sections: diffSections(before.sections, after.sections),
    checkpoints: diffCheckpoints(before.checkpoints, after.checkpoints),
    questions: diffQuestions(before.checkpoints, after.checkpoints),
  };
}

export function isEmptyDiff(diff: SpecDiff): boolean {
  return (
    diff.metadata.length === 0 &&
    [diff.sections, diff.checkpoints, diff.questions].every(
      (part) => part.added.length === 0 && part.removed.length === 0 && part.changed.length === 0,
    )
  );
}

// ---------------------------------------------------------------------------------------------
// Sections

type Section = ModuleSpec["sections"][number];

function diffSections(before: Section[], after: Section[]): SpecDiff["sections"] {
  /** partner[i] = index in `after` matched with before[i], or -1. */
  const partner = new Array<number>(before.length).fill(-1);
  const taken = new Array<boolean>(after.length).fill(false);
  const matchedBy = new Array<"title" | "position">(before.length).fill("title");

  // 1. Equal titles, in order.
  before.forEach((section, i) => {
    const j = after.findIndex((candidate, k) => !taken[k] && candidate.title === section.title);
    if (j >= 0) {
      partner[i] = j;
      taken[j] = true;
    }
  });

  // 2. Position within the gap after the same title-matched neighbour ("start" for none).
  // Both keys name a title-matched section by its index in `before`; computed before any
  // positional pair exists, so positional pairs never shift them.
  const beforeIndexOf = (j: number) => partner.indexOf(j);
  const gapKeyAfter = (j: number) => {
    for (let p = j - 1; p >= 0; p--) if (taken[p]) return `${beforeIndexOf(p)}`;
    return "start";
  };
  const afterGaps = new Map<string, number[]>();
  after.forEach((_, j) => {
    if (taken[j]) return;
    const key = gapKeyAfter(j);
    afterGaps.set(key, [...(afterGaps.get(key) ?? []), j]);
  });
  const titleMatched = partner.map((j) => j >= 0);
  before.forEach((_, i) => {
    if (titleMatched[i]) return;
    let key = "start";
    for (let p = i - 1; p >= 0; p--) {
      if (titleMatched[p]) {
        key = `${p}`;
        break;
      }
    }
    const gap = afterGaps.get(key);
    const j = gap?.shift();
    if (j !== undefined) {
      partner[i] = j;
      taken[j] = true;
      matchedBy[i] = "position";
    }
  });

  // 3. Moves: matched sections outside a longest run that keeps its order.
  const pairs = before.flatMap((a, i) => {
    const j = partner[i] ?? -1;
    const b = after[j];
    return b ? [{ i, j, a, b, by: matchedBy[i] ?? "title" }] : [];
  });
  const inOrder = longestIncreasing(pairs.map((pair) => pair.j));

  const changed: SectionChange[] = [];
  pairs.forEach(({ i, j, a, b, by }, n) => {
    const body = diffLines(a.bodyMarkdown, b.bodyMarkdown);
    const change: SectionChange = {
      before: { index: i, title: a.title },
      after: { index: j, title: b.title },
      matchedBy: by,
      titleChanged: a.title !== b.title,
      body,
      isCheckpointChanged: a.isCheckpoint !== b.isCheckpoint,
      moved: !inOrder.has(n),
    };
    if (change.titleChanged || change.body || change.isCheckpointChanged || change.moved) changed.push(change);
  });

  return {
    added: after.flatMap((s, j) => (taken[j] ? [] : [{ index: j, title: s.title }])),
    removed: before.flatMap((s, i) => ((partner[i] ?? -1) >= 0 ? [] : [{ index: i, title: s.title }])),
    changed,
  };
}

/** Positions (in `values`) of one longest strictly increasing subsequence. */
function longestIncreasing(values: number[]): Set<number> {
  // Quadratic, which is plenty for at most 30 sections.
  const length = values.map(() => 1);
  const previous = values.map(() => -1);
  let best = -1;
  values.forEach((value, k) => {
    values.slice(0, k).forEach((earlier, p) => {
      const through = (length[p] ?? 0) + 1;
      if (earlier < value && through > (length[k] ?? 0)) {
        length[k] = through;
        previous[k] = p;
      }
    });
    if (best < 0 || (length[k] ?? 0) > (length[best] ?? 0)) best = k;
  });
  const result = new Set<number>();
  for (let k = best; k >= 0; k = previous[k] ?? -1) result.add(k);
  return result;
}

// ---------------------------------------------------------------------------------------------
// Checkpoints and questions

const checkpointRef = (c: Checkpoint): CheckpointRef => ({ id: c.id, title: c.title, questionCount: c.questions.length });

function diffCheckpoints(before: Checkpoint[], after: Checkpoint[]): SpecDiff["checkpoints"] {
  const afterById = new Map(after.map((c) => [c.id, c]));
  const beforeIds = new Set(before.map((c) => c.id));
  const changed: CheckpointChange[] = [];
  for (const a of before) {
    const b = afterById.get(a.id);
    if (!b) continue;
    const fields: CheckpointChange["fields"] = [];
    if (a.title !== b.title) fields.push({ field: "title", before: a.title, after: b.title });
    if (a.afterSection !== b.afterSection) fields.push({ field: "afterSection", before: a.afterSection, after: b.afterSection });
    // Order of the questions both versions have here; additions, removals and moves show on the questions.
    const afterIds = new Set(b.questions.map((q) => q.id));
    const beforeIdsHere = new Set(a.questions.map((q) => q.id));
    const keptBefore = a.questions.map((q) => q.id).filter((id) => afterIds.has(id));
    const keptAfter = b.questions.map((q) => q.id).filter((id) => beforeIdsHere.has(id));
    if (keptBefore.join(",") !== keptAfter.join(",")) {
      fields.push({ field: "questionOrder", before: keptBefore.join(", "), after: keptAfter.join(", ") });
    }
    if (fields.length > 0) changed.push({ id: b.id, title: b.title, fields });
  }
  return {
    added: after.filter((c) => !beforeIds.has(c.id)).map(checkpointRef),
    removed: before.filter((c) => !afterById.has(c.id)).map(checkpointRef),
    changed,
  };
}

interface Located {
  question: Question;
  checkpointId: string;
}

function questionsById(checkpoints: Checkpoint[]): Map<string, Located> {
  const byId = new Map<string, Located>();
  for (const checkpoint of checkpoints) {
    for (const question of checkpoint.questions) byId.set(question.id, { question, checkpointId: checkpoint.id });
  }
  return byId;
}

const questionRef = ({ question, checkpointId }: Located): QuestionRef => ({
  id: question.id,
  checkpointId,
  kind: question.kind,
  prompt: question.prompt,
});

function diffQuestions(before: Checkpoint[], after: Checkpoint[]): SpecDiff["questions"] {
  const a = questionsById(before);
  const b = questionsById(after);
  const changed: QuestionChange[] = [];
  for (const [id, old] of a) {
    const now = b.get(id);
    if (!now) continue;
    const fields = questionFields(old, now);
    if (fields.length > 0) changed.push({ id, checkpointId: now.checkpointId, fields });
  }
  return {
    added: [...b].filter(([id]) => !a.has(id)).map(([, located]) => questionRef(located)),
    removed: [...a].filter(([id]) => !b.has(id)).map(([, located]) => questionRef(located)),
    changed,
  };
}

type Tolerance = Extract<Question, { kind: "numeric" }>["tolerance"];

function formatTolerance(t: Tolerance): string {
  const parts = [
    t.absolute !== undefined ? `±${t.absolute}` : null,
    t.relative !== undefined ? `±${Math.round(t.relative * 100_000) / 1000} %` : null,
  ];
  return parts.filter((part) => part !== null).join(" or ");
}

function formatUnits(units: Record<string, number> | undefined): string {
  const entries = Object.entries(units ?? {}).sort(([x], [y]) => x.localeCompare(y));
  return entries.length === 0 ? "none" : entries.map(([unit, factor]) => `${unit} ×${factor}`).join(", ");
}

function questionFields(old: Located, now: Located): QuestionFieldChange[] {
  const fields: QuestionFieldChange[] = [];
  const push = (field: QuestionField, before: string, after: string) => {
    if (before !== after) fields.push({ field, before, after });
  };
  const a = old.question;
  const b = now.question;
  push("checkpoint", old.checkpointId, now.checkpointId);
  push("prompt", a.prompt, b.prompt);
  push("explanation", a.explanation, b.explanation);
  if (a.kind !== b.kind) {
    push("kind", a.kind, b.kind);
    return fields;
  }
  if (a.kind === "multiple_choice" && b.kind === "multiple_choice") {
    const ids = (q: typeof a) => q.options.map((o) => o.id);
    const sortedIds = (q: typeof a) => [...ids(q)].sort().join(", ");
    if (sortedIds(a) !== sortedIds(b)) {
      push("options", ids(a).join(", "), ids(b).join(", "));
    } else if (ids(a).join(",") !== ids(b).join(",")) {
      push("optionOrder", ids(a).join(", "), ids(b).join(", "));
    }
    const textOf = new Map(b.options.map((o) => [o.id, o.text]));
    const reworded = a.options.filter((o) => textOf.has(o.id) && textOf.get(o.id) !== o.text);
    if (reworded.length > 0) {
      push(
        "optionText",
        reworded.map((o) => `${o.id}: ${o.text}`).join("; "),
        reworded.map((o) => `${o.id}: ${textOf.get(o.id)}`).join("; "),
      );
    }
    push("correctAnswer", a.correctOptionId, b.correctOptionId);
  } else if (a.kind === "numeric" && b.kind === "numeric") {
    push("answer", `${a.answer}`, `${b.answer}`);
    push("tolerance", formatTolerance(a.tolerance), formatTolerance(b.tolerance));
    // Scoring trims units, so whitespace around one is not a change.
    push("unit", a.unit.trim(), b.unit.trim());
    push("alternativeUnits", formatUnits(a.alternativeUnits), formatUnits(b.alternativeUnits));
  }
  return fields;
}

// ---------------------------------------------------------------------------------------------
// Version bump

/**
 * The bump each kind of change suggests; a diff suggests the highest of its changes.
 * - major: what is scored or how changed, so old and new scores are not comparable
 *   (calibration starts afresh on a major version): a question or checkpoint removed; a
 *   question's kind, options (added, removed or reworded), correct option, numeric answer,
 *   tolerance, unit or alternative units changed; the mastery threshold changed. An option's
 *   text counts as scoring, not wording: "5 W" → "50 W" can turn a wrong option right without
 *   its id changing, and the diff cannot tell that from a typo fix.
 * - minor: content added or taken away without any major change: a section, checkpoint or
 *   question added, or a section removed (more than wording, but nothing scored changes).
 * - patch: wording and arrangement only: title, summary, subsystem, difficulty, estimated time;
 *   section titles, text, order and checkpoint flag; checkpoint titles and placement; a
 *   question's prompt or explanation; options shown in another order; a question moved to
 *   another checkpoint or reordered within one (it is still scored the same way).
 *   The asymmetry is on purpose: a reworded prompt is patch, a changed correct answer is major.
 * An empty diff suggests patch; whether to save a version with no change is the caller's call.
 */
export const MAJOR_QUESTION_FIELDS: ReadonlySet<QuestionField> = new Set<QuestionField>([
  "options",
  "optionText",
  "correctAnswer",
  "kind",
  "answer",
  "tolerance",
  "unit",
  "alternativeUnits",
]);

export interface BumpReason {
  bump: Bump;
  reason: string;
}

/** Every change that raises the suggestion above patch, with why; empty means patch. */
export function bumpReasons(diff: SpecDiff): BumpReason[] {
  const reasons: BumpReason[] = [];
  const threshold = diff.metadata.find((change) => change.field === "masteryThreshold");
  if (threshold) reasons.push({ bump: "major", reason: `Mastery threshold ${threshold.before} → ${threshold.after}` });
  for (const c of diff.checkpoints.removed) reasons.push({ bump: "major", reason: `Checkpoint "${c.id}" removed` });
  for (const q of diff.questions.removed) reasons.push({ bump: "major", reason: `Question "${q.id}" removed` });
  for (const q of diff.questions.changed) {
    const scoring = q.fields.filter((f) => MAJOR_QUESTION_FIELDS.has(f.field)).map((f) => f.field);
    if (scoring.length > 0) reasons.push({ bump: "major", reason: `Question "${q.id}": ${scoring.join(", ")} changed` });
  }
  for (const s of diff.sections.added) reasons.push({ bump: "minor", reason: `Section "${s.title}" added` });
  for (const s of diff.sections.removed) reasons.push({ bump: "minor", reason: `Section "${s.title}" removed` });
  for (const c of diff.checkpoints.added) reasons.push({ bump: "minor", reason: `Checkpoint "${c.id}" added` });
  for (const q of diff.questions.added) reasons.push({ bump: "minor", reason: `Question "${q.id}" added` });
  return reasons;
}

const BUMP_RANK: Record<Bump, number> = { patch: 0, minor: 1, major: 2 };

export function suggestBump(diff: SpecDiff): Bump {
  return bumpReasons(diff).reduce<Bump>((top, { bump }) => (BUMP_RANK[bump] > BUMP_RANK[top] ? bump : top), "patch");
}

const SEMVER = /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)$/;

/**
 * The version after `current` for a bump: major resets minor and patch, minor resets patch.
 * No current version, or one that is not plain "x.y.z" (pre-release tags included), gives
 * "1.0.0": the first version of a module is 1.0.0 whatever the bump.
 */
export function nextVersion(current: string | null, bump: Bump): string {
  const match = current === null ? null : SEMVER.exec(current.trim());
  if (!match) return "1.0.0";
  const [major = NaN, minor = NaN, patch = NaN] = match.slice(1, 4).map(Number);
  if (![major, minor, patch].every(Number.isSafeInteger)) return "1.0.0";
  if (bump === "major") return `${major + 1}.0.0`;
  if (bump === "minor") return `${major}.${minor + 1}.0`;
  return `${major}.${minor}.${patch + 1}`;
}
