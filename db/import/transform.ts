import type { DocType, Subsystem, WorkStatus } from "../../app/lib/domain/vocabulary";
import type { ImportWarning } from "./errors";
import type { KeptPage } from "./kept-page";
import { dashedId, idInTarget } from "./parse";
import {
  canonicalPersonKey,
  dateFromTitle,
  DEFAULT_RULES,
  findProperty,
  isPersonName,
  matchSubsystem,
  normalizeStatus,
  parseNotionDate,
  parseRelations,
  splitMultiValue,
  type CalendarDate,
  type ImportRules,
} from "./rules";

export interface PersonRecord {
  key: string;
  name: string;
  role: string | null;
  subsystem: Subsystem | null;
  email: string | null;
  notionPageId: string | null;
}

/** Projects', tasks' and meetings' text is the page body, copied from cadence_raw_content when loaded. */
export interface ProjectRecord {
  notionPageId: string;
  name: string;
  subsystem: Subsystem | null;
  status: WorkStatus;
  ownerKey: string | null;
}

export interface TaskRecord {
  notionPageId: string;
  title: string;
  status: WorkStatus;
  dueDate: string | null;
  assigneeKey: string | null;
  projectNotionId: string | null;
}

export interface MeetingRecord {
  notionPageId: string;
  name: string;
  /** `YYYY-MM-DD HH:MM:SS`, wall-clock time as written in Notion (no zone is exported). */
  meetingDate: string | null;
  attendees: string | null;
  projectNotionId: string | null;
}

export interface DocumentRecord {
  notionPageId: string;
  title: string;
  url: string;
  docType: DocType;
  category: string;
  subsystem: Subsystem | null;
}

export interface TransformResult {
  people: PersonRecord[];
  projects: ProjectRecord[];
  tasks: TaskRecord[];
  meetings: MeetingRecord[];
  documents: DocumentRecord[];
  /**
   * Problems with single pages. Their `path` is left for the caller to fill in from the page's
   * notionPageId (see `fillWarningPaths`): kept pages do not carry their path, to stay small.
   */
  warnings: ImportWarning[];
}

const MAX_VARCHAR = 255;

/**
 * Stage 2: kept raw pages (in export-path order) become the five CADENCE tables' rows. Pure; ids
 * are Notion ids. `parents` holds every raw page of the run, kept or not, by id: relations and
 * parent chains may go through excluded pages.
 */
export function transformRows(
  kept: readonly KeptPage[],
  parents: ReadonlyMap<string, string | null>,
  rules: ImportRules = DEFAULT_RULES,
): TransformResult {
  const warnings: ImportWarning[] = [];
  const people = new PeopleRegistry(rules);

  for (const row of kept.filter((r) => r.category === "people")) {
    people.addRosterEntry(row);
  }
  for (const row of kept) {
    for (const name of personValues(row, rules.personProperties, rules)) people.mention(name);
    for (const name of row.mentions) people.mention(name);
  }

  const projects: ProjectRecord[] = kept
    .filter((r) => r.category === "documents_program" || r.category === "documents_technical")
    .map((row) => ({
      notionPageId: row.notionPageId,
      name: truncate(row.title),
      subsystem: row.subsystem,
      status: normalizeStatus(findProperty(row.properties, rules.statusProperties), rules),
      ownerKey: people.keyOf(personValues(row, rules.ownerProperties, rules)[0]),
    }));
  const projectsById = new Map(projects.map((p) => [p.notionPageId, p]));
  const projectOf = (row: KeptPage) => relatedProject(row, parents, projectsById, rules, warnings);

  const taskSubsystems = new Map<string, (Subsystem | null)[]>();
  const tasks: TaskRecord[] = kept
    .filter((r) => r.category === "tasks")
    .map((row) => {
      const assigneeKey = people.keyOf(personValues(row, rules.assigneeProperties, rules)[0]);
      const projectNotionId = projectOf(row);
      if (assigneeKey) {
        const project = projectNotionId ? projectsById.get(projectNotionId) : undefined;
        const list = taskSubsystems.get(assigneeKey) ?? [];
        list.push(row.subsystem ?? project?.subsystem ?? null);
        taskSubsystems.set(assigneeKey, list);
      }
      const due = dateProperty(row, rules.dueDateProperties, rules, warnings);
      return {
        notionPageId: row.notionPageId,
        title: truncate(row.title),
        status: normalizeStatus(findProperty(row.properties, rules.statusProperties), rules),
        dueDate: due ? (due.end ?? due.start).date : null,
        assigneeKey,
        projectNotionId,
      };
    });

  const meetings: MeetingRecord[] = kept
    .filter((r) => r.category === "meetings")
    .map((row) => {
      const when = dateProperty(row, rules.meetingDateProperties, rules, warnings)?.start ?? dateFromTitle(row.title);
      const attendees = [
        ...new Set(
          personValues(row, rules.attendeeProperties, rules)
            .map((name) => people.displayName(name))
            .filter((name): name is string => name !== null),
        ),
      ];
      return {
        notionPageId: row.notionPageId,
        name: truncate(row.title),
        meetingDate: when ? timestampOf(when) : null,
        attendees: attendees.length > 0 ? attendees.join(", ") : null,
        projectNotionId: projectOf(row),
      };
    });

  const documents: DocumentRecord[] = kept
    .filter((r) => r.category.startsWith("documents_"))
    .map((row) => {
      const url = findProperty(row.properties, rules.urlProperties);
      return {
        notionPageId: row.notionPageId,
        title: truncate(row.title),
        url: url && /^https?:\/\//i.test(url) ? url : `https://www.notion.so/${row.notionPageId.replaceAll("-", "")}`,
        docType: row.category.replace("documents_", "") as DocType,
        category: row.category,
        subsystem: row.subsystem,
      };
    });

  return {
    people: people.records(taskSubsystems),
    projects,
    tasks,
    meetings,
    documents,
    warnings,
  };
}

/** Person-valued properties hold names joined by ", ", or relations to roster pages. */
function personValues(row: KeptPage, propertyNames: string[], rules: ImportRules): string[] {
  const names: string[] = [];
  for (const propertyName of propertyNames) {
    const value = findProperty(row.properties, [propertyName]);
    if (!value) continue;
    const items = /\((?:[^()]*\.md|https?:\/\/[^()]*)\)/.test(value)
      ? parseRelations(value).map((r) => r.title)
      : splitMultiValue(value);
    for (const item of items) if (isPersonName(item, rules)) names.push(item.trim());
  }
  return names;
}

function dateProperty(
  row: KeptPage,
  names: string[],
  rules: ImportRules,
  warnings: ImportWarning[],
): { start: CalendarDate; end: CalendarDate | null } | null {
  const raw = findProperty(row.properties, names);
  if (!raw) return null;
  const parsed = parseNotionDate(raw);
  if (parsed.kind === "date") return { start: parsed.start, end: parsed.end };
  warnings.push({
    code: parsed.kind === "relative" ? "relative_date" : "unparseable_date",
    message:
      parsed.kind === "relative"
        ? `Date "${raw}" is relative to the day of the export and cannot be resolved; left empty.`
        : `Date "${raw}" could not be read; left empty.`,
    path: undefined,
    notionPageId: row.notionPageId,
  });
  void rules;
  return null;
}

/** First related project of a Project/Projects relation, else the nearest ancestor project. */
function relatedProject(
  row: KeptPage,
  parents: ReadonlyMap<string, string | null>,
  projectsById: ReadonlyMap<string, ProjectRecord>,
  rules: ImportRules,
  warnings: ImportWarning[],
): string | null {
  const value = findProperty(row.properties, rules.projectRelationProperties);
  if (value) {
    for (const relation of parseRelations(value)) {
      const id32 = relation.target ? idInTarget(relation.target) : null;
      const id = id32 ? dashedId(id32) : null;
      if (id && projectsById.has(id)) return id;
      if (!id || !parents.has(id)) {
        warnings.push({
          code: "dangling_relation",
          message: `Project relation "${relation.title}" points to a page that is not in the export.`,
          path: undefined,
          notionPageId: row.notionPageId,
        });
      }
    }
  }
  const seen = new Set<string>();
  for (let id = row.parentPageId; id && !seen.has(id); id = parents.get(id) ?? null) {
    seen.add(id);
    if (projectsById.has(id)) return id;
  }
  return null;
}

function timestampOf(value: CalendarDate): string {
  return `${value.date} ${value.time ?? "00:00"}:00`;
}

function truncate(text: string): string {
  return text.length > MAX_VARCHAR ? `${text.slice(0, MAX_VARCHAR - 1)}…` : text;
}

/**
 * One person per real person: the same e-mail, or the same name after NFC, case-folding and
 * whitespace collapse. The roster's spelling wins over how a name was typed elsewhere.
 */
class PeopleRegistry {
  private readonly byKey = new Map<string, PersonRecord & { rostered: boolean }>();
  private readonly byEmail = new Map<string, string>();

  constructor(private readonly rules: ImportRules) {}

  addRosterEntry(row: KeptPage): void {
    const name = row.title.trim();
    if (!isPersonName(name, this.rules)) return;
    const email = findProperty(row.properties, this.rules.roster.email)?.trim().toLowerCase() || null;
    const role = findProperty(row.properties, this.rules.roster.role)?.trim() || null;
    const subsystemText = findProperty(row.properties, this.rules.roster.subsystem);
    const key = (email && this.byEmail.get(email)) ?? canonicalPersonKey(name);
    const existing = this.byKey.get(key);
    this.byKey.set(key, {
      key,
      name,
      role: role ?? existing?.role ?? null,
      subsystem: (subsystemText ? matchSubsystem(subsystemText, this.rules) : null) ?? existing?.subsystem ?? null,
      email: email ?? existing?.email ?? null,
      notionPageId: existing?.notionPageId ?? row.notionPageId,
      rostered: true,
    });
    if (email) this.byEmail.set(email, key);
  }

  mention(name: string): void {
    const key = canonicalPersonKey(name);
    const existing = this.byKey.get(key);
    if (!existing) {
      this.byKey.set(key, { key, name: name.trim(), role: null, subsystem: null, email: null, notionPageId: null, rostered: false });
    } else if (!existing.rostered && existing.name === existing.name.toLowerCase() && name !== name.toLowerCase()) {
      existing.name = name.trim();
    }
  }

  keyOf(name: string | undefined): string | null {
    if (!name) return null;
    const key = canonicalPersonKey(name);
    return this.byKey.has(key) ? key : null;
  }

  displayName(name: string): string | null {
    const key = this.keyOf(name);
    return key ? this.byKey.get(key)!.name : null;
  }

  /** Subsystem from the roster, else the most common subsystem of the person's tasks. */
  records(taskSubsystems: Map<string, (Subsystem | null)[]>): PersonRecord[] {
    return [...this.byKey.values()].map(({ rostered: _rostered, ...person }) => ({
      ...person,
      subsystem: person.subsystem ?? mostCommon(taskSubsystems.get(person.key) ?? []),
    }));
  }
}

function mostCommon(values: (Subsystem | null)[]): Subsystem | null {
  const counts = new Map<Subsystem, number>();
  for (const value of values) if (value) counts.set(value, (counts.get(value) ?? 0) + 1);
  let best: Subsystem | null = null;
  for (const [value, count] of counts) if (best === null || count > counts.get(best)!) best = value;
  return best;
}
