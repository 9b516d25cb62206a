import type { RawCategory, Subsystem } from "../../app/lib/domain/vocabulary";
import type { RawPageRow } from "./classify";
import { detached } from "./parse";
import { extractMentions, findProperty, inferSubsystem, isPersonName, matchSubsystem, propertyKey, type ImportRules } from "./rules";

/**
 * A kept page as stage 2 needs it: without its body and with only the properties stage 2 reads,
 * so a whole export's worth fits in memory. What stage 2 takes from the body (mentions, the
 * subsystem it names most) is worked out while the body is at hand; the text itself is copied
 * into the CADENCE tables by the database, from cadence_raw_content.
 */
export interface KeptPage {
  notionPageId: string;
  title: string;
  parentPageId: string | null;
  category: RawCategory;
  /** Only properties named in the rules (see `keptPageMaker`). */
  properties: Record<string, string>;
  /** The page's inferred subsystem, for the categories that use one (tasks, documents); else null. */
  subsystem: Subsystem | null;
  /** Person mentions in the body that name someone, in order of first appearance. */
  mentions: string[];
}

/** Builds kept pages for one set of rules. */
export function keptPageMaker(rules: ImportRules): (row: RawPageRow) => KeptPage {
  const pick = propertyPicker([
    ...rules.personProperties,
    ...rules.assigneeProperties,
    ...rules.ownerProperties,
    ...rules.attendeeProperties,
    ...rules.projectRelationProperties,
    ...rules.dueDateProperties,
    ...rules.meetingDateProperties,
    ...rules.subsystemProperties,
    ...rules.statusProperties,
    ...rules.urlProperties,
    ...rules.roster.email,
    ...rules.roster.role,
    ...rules.roster.subsystem,
  ]);
  // Pages of one folder share their ancestors array (see PageClassifier): the first ancestor
  // naming a subsystem is looked for once per folder, not once per page.
  const namingAncestor = new WeakMap<string[], string[]>();
  const subsystemOf = (row: RawPageRow): Subsystem | null => {
    let ancestor = namingAncestor.get(row.ancestorNames);
    if (!ancestor) {
      const first = row.ancestorNames.find((name) => matchSubsystem(name, rules) !== null);
      ancestor = first === undefined ? [] : [first];
      namingAncestor.set(row.ancestorNames, ancestor);
    }
    const propertyValues = rules.subsystemProperties
      .map((name) => findProperty(row.properties, [name]))
      .filter((v): v is string => Boolean(v));
    // Only the first ancestor that names a subsystem can decide, so it stands for all of them.
    return inferSubsystem({ propertyValues, ancestorNames: ancestor, title: row.title, body: row.contentMarkdown }, rules);
  };
  // Kept values repeat across pages (statuses, people, dates, project links): stored once each.
  const values = new Map<string, string>();
  const intern = (value: string) => {
    const known = values.get(value);
    if (known !== undefined) return known;
    const own = detached(value);
    values.set(own, own);
    return own;
  };
  const pickInterned = (properties: Record<string, string>) => {
    const picked = pick(properties);
    for (const name of Object.keys(picked)) picked[name] = intern(picked[name]!);
    return picked;
  };
  return (row) => {
    const mentions = extractMentions(row.contentMarkdown).filter((name) => isPersonName(name, rules));
    return {
      notionPageId: row.notionPageId,
      title: row.title,
      parentPageId: row.parentPageId,
      category: row.category,
      properties: pickInterned(row.properties),
      subsystem: row.category === "tasks" || row.category.startsWith("documents_") ? subsystemOf(row) : null,
      mentions: mentions.length === 0 ? NO_MENTIONS : mentions.map(intern),
    };
  };
}

const NO_MENTIONS: string[] = [];

/**
 * A filter keeping the properties whose names, compared as `findProperty` compares them, are
 * among `names`: what `findProperty` can return for those names is unchanged by it.
 */
function propertyPicker(names: readonly string[]): (properties: Record<string, string>) => Record<string, string> {
  const keys = new Set(names.map(propertyKey));
  return (properties) => {
    const picked: Record<string, string> = {};
    for (const [name, value] of Object.entries(properties)) if (keys.has(propertyKey(name))) picked[name] = value;
    return picked;
  };
}
