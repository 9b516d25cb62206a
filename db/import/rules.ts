/**
 * The importer's judgement calls, in one place: how a Notion page is classified, which property
 * names mean what, how statuses, dates, relations, mentions and subsystems are read from the
 * rendered strings of a Markdown/CSV export (/work/shared/notion-export-format.md, sections 6–7).
 *
 * Every function is pure. The ones that depend on configuration take `rules` last, defaulting to
 * `DEFAULT_RULES`, so a workspace with other names can pass a variant built by spreading it.
 */
import {
  SUBSYSTEMS,
  type RawCategory,
  type Subsystem,
  type WorkStatus,
} from "../../app/lib/domain/vocabulary";
import { isMonthName, isRelativeDate, parseNotionDate } from "./rules-dates";

export {
  dateFromTitle,
  parseNotionDate,
  type CalendarDate,
  type ParsedDateValue,
} from "./rules-dates";

export interface ImportRules {
  /** Category keywords, checked in this order for each name (nearest first). */
  categories: { category: Exclude<RawCategory, "other">; keywords: string[] }[];
  /** Names of ancestors that mark a page as archived (matched as whole words). */
  archiveKeywords: string[];
  /** Words that name each subsystem besides its id; also feed the technical-document category. */
  subsystemSynonyms: Record<Subsystem, string[]>;
  /** Property names (case-insensitive) holding the people a task is assigned to. */
  assigneeProperties: string[];
  /** Property names holding the person accountable for a project or document. */
  ownerProperties: string[];
  /** Property names holding a meeting's attendees. */
  attendeeProperties: string[];
  /** Every person-valued property name, so their values can seed the people table. */
  personProperties: string[];
  /** Property names holding the relation from a task/meeting/document to its project. */
  projectRelationProperties: string[];
  /** Property names holding a task's due date, in order of preference. */
  dueDateProperties: string[];
  /** Property names holding a meeting's date, in order of preference. */
  meetingDateProperties: string[];
  /** Property names whose values name a subsystem (first step of subsystem inference). */
  subsystemProperties: string[];
  /** Property names holding a task's or project's status. */
  statusProperties: string[];
  /** Property names holding a link to an external resource. */
  urlProperties: string[];
  /** Column names of a roster (team directory) database, per field. */
  roster: { name: string[]; role: string[]; subsystem: string[]; email: string[] };
  /** Person values that stand for nobody: Notion writes these for unresolved users. */
  notPeople: string[];
  /** Status option names per status, compared after dropping emoji/punctuation and case. */
  statusMap: Record<Exclude<WorkStatus, "unknown">, string[]>;
}

const SUBSYSTEM_SYNONYMS: Record<Subsystem, string[]> = {
  avionics: ["avionics", "OBC", "C&DH", "flight computer", "flight software"],
  structures: ["structures", "structure", "structural", "mechanical", "chassis", "frame", "deployables"],
  mission_ops: ["mission ops", "mission operations", "operations", "ConOps", "ground station"],
  thermal: ["thermal", "TCS", "thermal vacuum"],
  power: ["power", "EPS", "electrical power", "battery", "solar"],
  communications: ["communications", "comms", "radio", "RF", "antenna", "TT&C"],
  payload: ["payload", "camera", "instrument", "science"],
};

/** Freezes the defaults so one caller's mutation cannot change another caller's rules. */
function deepFreeze<T>(value: T): T {
  if (typeof value === "object" && value !== null) {
    Object.values(value).forEach(deepFreeze);
    Object.freeze(value);
  }
  return value;
}

export const DEFAULT_RULES: ImportRules = deepFreeze<ImportRules>({
  categories: [
    { category: "tasks", keywords: ["task", "to-do", "todo", "action item", "backlog", "kanban", "sprint"] },
    { category: "meetings", keywords: ["meeting", "minutes", "standup", "stand-up", "sync", "retro"] },
    {
      category: "documents_program",
      keywords: ["program", "management", "proposal", "review", "schedule", "budget", "milestone", "project"],
    },
    {
      category: "documents_technical",
      keywords: [
        ...new Set([
          "technical", "design", "analysis", "test", "engineering", "icd",
          ...SUBSYSTEMS,
          ...Object.values(SUBSYSTEM_SYNONYMS).flat(),
        ]),
      ],
    },
    {
      category: "documents_workflow",
      keywords: ["workflow", "process", "how-to", "how to", "onboarding", "guide", "procedure", "wiki"],
    },
    { category: "people", keywords: ["team", "roster", "members", "people", "directory"] },
  ],
  archiveKeywords: ["archive", "archived", "trash", "deleted", "old"],
  subsystemSynonyms: SUBSYSTEM_SYNONYMS,
  assigneeProperties: ["Assignee", "Assignees", "Assigned to"],
  ownerProperties: ["Owner", "Lead", "Responsible"],
  attendeeProperties: ["Attendees", "Participants"],
  personProperties: [
    "Assignee", "Assignees", "Assigned to", "Owner", "Lead", "Responsible",
    "Attendees", "Participants", "People", "Person", "Members", "Created by",
  ],
  projectRelationProperties: ["Project", "Projects"],
  dueDateProperties: ["Due", "Due date", "Deadline", "Date"],
  meetingDateProperties: ["Date", "Meeting date", "When", "Date & time"],
  subsystemProperties: ["Subsystem", "Team", "Tags"],
  statusProperties: ["Status", "State"],
  urlProperties: ["URL", "Link", "Url"],
  roster: {
    name: ["Name"],
    role: ["Role", "Position"],
    subsystem: ["Subsystem", "Team"],
    email: ["Email", "E-mail"],
  },
  notPeople: ["Anonymous", "Anonym"],
  statusMap: {
    completed: ["Done", "Complete", "Completed", "Finished", "Closed", "Shipped"],
    in_progress: ["In progress", "Doing", "Started", "WIP", "Ongoing", "In review"],
    blocked: ["Blocked", "Stuck", "On hold", "Waiting"],
    todo: ["Not started", "To do", "Todo", "Backlog", "Planned", "Open", "Next up"],
    active: ["Active"],
  },
});

// ---------------------------------------------------------------------------------------------
// Keyword matching

/** Letters, marks and digits make up words; everything else (`&`, `-`, `_`, emoji) separates. */
const NOT_WORD_BEFORE = String.raw`(?<![\p{L}\p{M}\p{N}])`;
const NOT_WORD_AFTER = String.raw`(?![\p{L}\p{M}\p{N}])`;
/** Spaces, underscores and hyphens inside a keyword match any run of them: "mission_ops" finds
 *  "Mission Ops", "how to" finds "how-to". */
const SEPARATOR = String.raw`[\s_\-\u2010\u2011\u2013]+`;

const escapeRegExp = (s: string): string => s.replace(/[\\^$.*+?()[\]{}|/]/gu, "\\$&");

/** Regex source for a keyword, also accepting its plural so "task" finds the "Tasks" database. */
function keywordSource(keyword: string): string | null {
  const tokens = keyword.normalize("NFC").trim().split(/[\s_\-\u2010\u2011\u2013]+/u).filter(Boolean);
  if (tokens.length === 0) return null;
  const last = tokens[tokens.length - 1] ?? "";
  let lastSource: string;
  if (/\p{L}y$/iu.test(last)) lastSource = `${escapeRegExp(last.slice(0, -1))}(?:y|ies|ys)`;
  else if (/\p{L}$/u.test(last)) lastSource = `${escapeRegExp(last)}(?:e?s)?`;
  else lastSource = escapeRegExp(last);
  const body = [...tokens.slice(0, -1).map(escapeRegExp), lastSource].join(SEPARATOR);
  return `${NOT_WORD_BEFORE}${body}${NOT_WORD_AFTER}`;
}

// Compiled regexes are cached by keyword; the cache is invisible to callers, so functions stay pure.
const keywordCache = new Map<string, RegExp | null>();
function keywordRegExp(keyword: string): RegExp | null {
  let re = keywordCache.get(keyword);
  if (re === undefined) {
    const source = keywordSource(keyword);
    re = source === null ? null : new RegExp(source, "giu");
    keywordCache.set(keyword, re);
  }
  return re;
}

/**
 * Case-insensitive whole-word/phrase match that understands Unicode letters and keywords with
 * `&`, `-` or spaces: "test" does not match "latest", "sync" matches "sync-up" but not "async".
 * A plural (`s`, `es`, `y`→`ies`) of the keyword's last word also matches.
 */
export function matchesKeyword(text: string, keyword: string): boolean {
  const re = keywordRegExp(keyword);
  if (!re) return false;
  re.lastIndex = 0;
  return re.test(text.normalize("NFC"));
}

function matchesAny(text: string, keywords: readonly string[]): boolean {
  return keywords.some((k) => matchesKeyword(text, k));
}

/** Classifies a page from its database name and ancestor titles, nearest first. */
export function categorize(names: string[], rules: ImportRules = DEFAULT_RULES): RawCategory {
  for (const name of names) {
    const hit = rules.categories.find((c) => matchesAny(name, c.keywords));
    if (hit) return hit.category;
  }
  return "other";
}

/** True when any ancestor is named like an archive ("Archive", "Old meetings", "Trash"). */
export function isArchived(ancestorNames: string[], rules: ImportRules = DEFAULT_RULES): boolean {
  return ancestorNames.some((name) => matchesAny(name, rules.archiveKeywords));
}

// ---------------------------------------------------------------------------------------------
// Statuses

/** Drops emoji, symbols and punctuation so "✅ Done" and "on-hold" compare as words. */
function statusKey(raw: string): string {
  return raw.normalize("NFC").replace(/[^\p{L}\p{N}]+/gu, " ").trim().toLowerCase();
}

/** Maps a Notion status/select option onto WORK_STATUSES; unrecognised or empty → "unknown". */
export function normalizeStatus(
  raw: string | null | undefined,
  rules: ImportRules = DEFAULT_RULES,
): WorkStatus {
  const key = statusKey(raw ?? "");
  if (key === "") return "unknown";
  for (const [status, names] of Object.entries(rules.statusMap) as [WorkStatus, string[]][]) {
    if (names.some((n) => statusKey(n) === key)) return status;
  }
  return "unknown";
}

// ---------------------------------------------------------------------------------------------
// Multi-values and relations

/** Splits a multi-select/person value. Only ", " separates: "1,5 kg" stays one value. */
export function splitMultiValue(raw: string): string[] {
  return raw
    .split(", ")
    .map((v) => v.trim())
    .filter((v) => v !== "");
}

/** Percent-decodes, leaving any malformed escape as written instead of failing the whole value. */
function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s.replace(/(?:%[0-9a-f]{2})+/giu, (run) => {
      try {
        return decodeURIComponent(run);
      } catch {
        return run;
      }
    });
  }
}

/** A link target inside a relation: an exported page/database path or a notion.so (or other) URL. */
const isRelationTarget = (t: string): boolean =>
  t !== "" && !/\s/u.test(t) && (/\.(?:md|csv)$/iu.test(t) || /^https?:\/\//iu.test(t));

/**
 * Parses a relation value, `Title (path%20encoded.md)` items joined by ", ". Titles may contain
 * ", " and parentheses, and paths may contain `(`, `)` and `,`, so items are cut at a `)` that
 * closes a target (ends in `.md`/`.csv` or is an http(s) URL) and is followed by ", " or the end.
 * Notion percent-encodes spaces in paths, so the target is the earliest `(` after a space whose
 * content has no whitespace. Text after the last linked item (or a value with no links at all)
 * is split like a multi-value into items with `target: null`.
 */
export function parseRelations(raw: string): { title: string; target: string | null }[] {
  const items: { title: string; target: string | null }[] = [];
  const text = raw.trim();
  let segStart = 0;
  for (let close = text.indexOf(")"); close !== -1; close = text.indexOf(")", close + 1)) {
    if (close !== text.length - 1 && !text.startsWith(", ", close + 1)) continue;
    for (let open = text.indexOf("(", segStart); open !== -1 && open < close; open = text.indexOf("(", open + 1)) {
      if (open > segStart && !/\s/u.test(text[open - 1] ?? "")) continue;
      const target = text.slice(open + 1, close);
      if (!isRelationTarget(target)) continue;
      items.push({ title: text.slice(segStart, open).trim(), target: safeDecode(target) });
      segStart = close + 2;
      break;
    }
  }
  for (const title of splitMultiValue(text.slice(segStart))) items.push({ title, target: null });
  return items;
}

// ---------------------------------------------------------------------------------------------
// People

/** One capitalised word of a name: "Maya", "O'Neil", "Jean-Luc", "Dr.", "J.". */
const NAME_WORD = String.raw`[\p{Lu}\p{Lt}][\p{L}\p{M}'’.\-]*`;
/** `@` must start the text or follow whitespace, `(`, `|`, `[`, `*` or `_`: not an e-mail. */
const MENTION = new RegExp(
  String.raw`(?<=^|[\s(|\[*_])@(${NAME_WORD}(?:[ \t]+${NAME_WORD}){0,3})`,
  "gu",
);
/** Words that keep their trailing dot inside a name; any other dot ends the sentence. */
const ABBREVIATION = /^(?:\p{Lu}|dr|mr|mrs|ms|mx|prof|jr|sr|st)\.$/iu;

/** Cuts a matched mention at the end of its sentence and drops a possessive "'s". */
function trimMentionWords(matched: string): string {
  const kept: string[] = [];
  for (const word of matched.split(/[ \t]+/u)) {
    if (word.endsWith(".") && !ABBREVIATION.test(word)) {
      kept.push(word.replace(/\.+$/u, ""));
      break;
    }
    kept.push(word);
  }
  const last = (kept.pop() ?? "").replace(/['’]s$/u, "").replace(/['’\-]+$/u, "");
  if (last !== "") kept.push(last);
  return kept.join(" ");
}

/**
 * Person mentions (`@Sohrab Amin`) in a page body: each distinct name once (compared with
 * canonicalPersonKey), in order of first appearance, NFC-normalised. Date mentions
 * (`@November 5, 2025`), relative ones (`@Today`, `@Last Monday`) and e-mails are skipped.
 * A mention is 1–4 capitalised words, so a capitalised word right after a name is taken too.
 */
export function extractMentions(body: string): string[] {
  const text = body.normalize("NFC");
  const seen = new Set<string>();
  const names: string[] = [];
  for (const m of text.matchAll(MENTION)) {
    const matched = m[1] ?? "";
    const words = matched.split(/[ \t]+/u);
    const after = text.slice(m.index + 1);
    // "@Nov 5", "@November 5, 2025": a month followed by a day number is a date, not a person.
    if (isMonthName(words[0] ?? "") && /^\S+\s+\d/u.test(after)) continue;
    if (isRelativeDate(words.slice(0, 2).join(" ")) || isRelativeDate(words[0] ?? "")) continue;
    const name = trimMentionWords(matched);
    const key = canonicalPersonKey(name);
    if (key === "" || seen.has(key)) continue;
    seen.add(key);
    names.push(name);
  }
  return names;
}

/** Identity key for matching people across properties, mentions and the roster. */
export function canonicalPersonKey(name: string): string {
  return name.normalize("NFC").trim().replace(/\s+/gu, " ").toLowerCase();
}

/** False for values that name nobody: empty, `Anonymous`, dates, e-mail-only, no letters. */
export function isPersonName(value: string, rules: ImportRules = DEFAULT_RULES): boolean {
  const text = value.normalize("NFC").trim();
  if (text === "" || !/\p{L}/u.test(text)) return false;
  const key = canonicalPersonKey(text);
  if (rules.notPeople.some((n) => canonicalPersonKey(n) === key)) return false;
  if (/^[^\s@]+@[^\s@]+\.[^\s@]+$/u.test(text)) return false;
  return parseNotionDate(text).kind === "invalid";
}

// ---------------------------------------------------------------------------------------------
// Subsystems

function subsystemKeywords(subsystem: Subsystem, rules: ImportRules): string[] {
  // The id itself counts; "mission_ops" also finds "mission ops" because `_` matches a space.
  return [subsystem, ...rules.subsystemSynonyms[subsystem]];
}

/** The first subsystem, in SUBSYSTEMS order, named anywhere in `text` as a whole word/phrase. */
export function matchSubsystem(text: string, rules: ImportRules = DEFAULT_RULES): Subsystem | null {
  return SUBSYSTEMS.find((s) => matchesAny(text, subsystemKeywords(s, rules))) ?? null;
}

/**
 * The subsystem mentioned most often in a body; ties go to SUBSYSTEMS order. Overlapping hits
 * ("thermal vacuum" also contains "thermal") count once, so longer synonyms do not weigh double.
 */
export function mostFrequentSubsystem(body: string, rules: ImportRules = DEFAULT_RULES): Subsystem | null {
  const text = body.normalize("NFC");
  let best: { subsystem: Subsystem; count: number } | null = null;
  for (const subsystem of SUBSYSTEMS) {
    const spans: [number, number][] = [];
    for (const keyword of subsystemKeywords(subsystem, rules)) {
      const re = keywordRegExp(keyword);
      if (!re) continue;
      for (const m of text.matchAll(re)) spans.push([m.index, m.index + m[0].length]);
    }
    spans.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
    let count = 0;
    let coveredTo = -1;
    for (const [start, end] of spans) {
      if (start >= coveredTo) count += 1;
      coveredTo = Math.max(coveredTo, end);
    }
    if (count > 0 && (best === null || count > best.count)) best = { subsystem, count };
  }
  return best?.subsystem ?? null;
}

/**
 * Infers a page's subsystem; the first source that names one wins: subsystem property values
 * (each split with splitMultiValue), then ancestor names (nearest first), then the title, then
 * the body's most frequent subsystem.
 */
export function inferSubsystem(
  input: { propertyValues: string[]; ancestorNames: string[]; title: string; body: string },
  rules: ImportRules = DEFAULT_RULES,
): Subsystem | null {
  const labels = [...input.propertyValues.flatMap(splitMultiValue), ...input.ancestorNames, input.title];
  for (const label of labels) {
    const hit = matchSubsystem(label, rules);
    if (hit) return hit;
  }
  return mostFrequentSubsystem(input.body, rules);
}

// ---------------------------------------------------------------------------------------------
// Properties

/** A property name as `findProperty` compares it: NFC, trimmed, single spaces, lower case. */
export const propertyKey = (name: string): string =>
  name.normalize("NFC").trim().replace(/\s+/gu, " ").toLowerCase();

/**
 * The trimmed value of the first property among `names` (in `names` order) that is present and
 * non-empty; names compare case-insensitively and ignoring extra whitespace.
 */
export function findProperty(properties: Record<string, string>, names: string[]): string | undefined {
  const entries = Object.entries(properties).map(([k, v]) => [propertyKey(k), v.trim()] as const);
  for (const name of names) {
    const key = propertyKey(name);
    const hit = entries.find(([k, v]) => k === key && v !== "");
    if (hit) return hit[1];
  }
  return undefined;
}
