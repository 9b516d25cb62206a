import { eq, inArray } from "drizzle-orm";
import type { CorrectableEntity } from "../schema/corrections";
import type { Executor } from "../client";
import { canonicalPersonKey } from "../import/rules";
import { cadenceCorrections, cadencePeople, cadencePersonMerges, cadenceProjects } from "../schema";

/**
 * What the importer needs to keep admins' corrections and merges (db/import/load.ts). Kept out
 * of ./corrections.ts, which is `server-only`: the CLI importer loads this module too.
 */

/** The fields an admin may correct, per entity, by the schema's property name. */
export const CORRECTABLE_FIELDS = {
  task: ["status", "assigneeId", "projectId", "dueDate"],
  person: ["subsystem"],
  project: ["subsystem"],
  document: ["subsystem"],
  meeting: [],
} as const satisfies Record<CorrectableEntity, readonly string[]>;

export type CorrectionField = "status" | "assigneeId" | "projectId" | "dueDate" | "subsystem";

/** A stored value: a status or subsystem, a person or project id, an ISO date, or none. */
export type CorrectionValue = string | number | null;

/** A correction the export disagrees with since it was made; the correction was kept. */
export interface CorrectionConflict {
  entity: CorrectableEntity;
  recordId: number;
  notionPageId: string | null;
  /** The record's title or name, so the run can say which record without a lookup. */
  title: string;
  field: CorrectionField;
  exported: CorrectionValue;
  kept: CorrectionValue;
  /** Names for person and project ids; the value itself for the other fields. */
  exportedLabel: string;
  keptLabel: string;
}

interface StoredCorrection {
  id: number;
  entity: CorrectableEntity;
  recordId: number;
  notionPageId: string | null;
  field: CorrectionField;
  value: CorrectionValue;
  sourceValue: CorrectionValue;
}

/** Person ids the export may still name by the merged person's page, e-mail or name. */
export interface MergedIdentities {
  byNotion: Map<string, number>;
  byEmail: Map<string, number>;
  byName: Map<string, number>;
}

/** JSON null and SQL NULL both mean "none"; ids may come back as numbers or numeric text. */
export function sameValue(a: unknown, b: unknown): boolean {
  return (a ?? null) === (b ?? null) || (a != null && b != null && String(a) === String(b));
}

function asValue(v: unknown): CorrectionValue {
  return typeof v === "string" || typeof v === "number" ? v : null;
}

/**
 * The corrections and merges of the record, loaded once per run (they are a handful, written by
 * hand), and the bookkeeping of which ones the run kept. `keep` is called for every corrected
 * field the export gives; it returns the value to write.
 */
export class KeptCorrections {
  readonly conflicts: CorrectionConflict[] = [];
  kept = 0;
  private readonly moved: { id: number; value: CorrectionValue }[] = [];

  private constructor(
    /** `entity:notionPageId` (or `person#id` for people) → field → correction. */
    private readonly corrections: Map<string, Map<CorrectionField, StoredCorrection>>,
    readonly merged: MergedIdentities,
  ) {}

  static async load(tx: Executor): Promise<KeptCorrections> {
    const rows = await tx
      .select({
        id: cadenceCorrections.id,
        entity: cadenceCorrections.entityType,
        recordId: cadenceCorrections.recordId,
        notionPageId: cadenceCorrections.notionPageId,
        field: cadenceCorrections.field,
        value: cadenceCorrections.value,
        sourceValue: cadenceCorrections.sourceValue,
      })
      .from(cadenceCorrections);
    const corrections = new Map<string, Map<CorrectionField, StoredCorrection>>();
    for (const row of rows) {
      const c: StoredCorrection = {
        ...row,
        entity: row.entity as CorrectableEntity,
        field: row.field as CorrectionField,
        value: asValue(row.value),
        sourceValue: asValue(row.sourceValue),
      };
      const key = c.entity === "person" ? `person#${c.recordId}` : c.notionPageId ? `${c.entity}:${c.notionPageId}` : null;
      if (!key) continue;
      let fields = corrections.get(key);
      if (!fields) corrections.set(key, (fields = new Map()));
      fields.set(c.field, c);
    }
    const merges = await tx
      .select({
        name: cadencePersonMerges.mergedName,
        email: cadencePersonMerges.mergedEmail,
        notionPageId: cadencePersonMerges.mergedNotionPageId,
        into: cadencePersonMerges.intoPersonId,
      })
      .from(cadencePersonMerges);
    const merged: MergedIdentities = { byNotion: new Map(), byEmail: new Map(), byName: new Map() };
    for (const m of merges) {
      if (m.notionPageId) merged.byNotion.set(m.notionPageId, m.into);
      if (m.email) merged.byEmail.set(m.email.toLowerCase(), m.into);
      merged.byName.set(canonicalPersonKey(m.name), m.into);
    }
    return new KeptCorrections(corrections, merged);
  }

  /** The corrections of one record: by notion page for imported records, by id for people. */
  of(entity: Exclude<CorrectableEntity, "person">, notionPageId: string): RecordCorrections | null;
  of(entity: "person", personId: number): RecordCorrections | null;
  of(entity: CorrectableEntity, ref: string | number): RecordCorrections | null {
    const fields = this.corrections.get(entity === "person" ? `person#${ref}` : `${entity}:${ref}`);
    return fields ? new RecordCorrections(this, fields) : null;
  }

  /**
   * The value to write for a corrected field. The export's value differs from what it said when
   * the correction was made: the record was edited in Notion since. The correction still wins;
   * the conflict is reported once, and the correction's source value moves to the new export
   * value so the next import of the same export is quiet (and a later correction back to it
   * drops the correction).
   */
  resolve(correction: StoredCorrection, exported: CorrectionValue, title: string, opinion = true): CorrectionValue {
    this.kept++;
    if (!opinion || sameValue(exported, correction.sourceValue) || sameValue(exported, correction.value)) return correction.value;
    this.conflicts.push({
      entity: correction.entity,
      recordId: correction.recordId,
      notionPageId: correction.notionPageId,
      title,
      field: correction.field,
      exported,
      kept: correction.value,
      exportedLabel: String(exported ?? "none"),
      keptLabel: String(correction.value ?? "none"),
    });
    this.moved.push({ id: correction.id, value: exported });
    return correction.value;
  }

  /** Writes the moved source values and names the people and projects the conflicts point at. */
  async finish(tx: Executor): Promise<void> {
    for (const m of this.moved) {
      await tx.update(cadenceCorrections).set({ sourceValue: m.value }).where(eq(cadenceCorrections.id, m.id));
    }
    const idsOf = (field: CorrectionField) =>
      this.conflicts.filter((c) => c.field === field).flatMap((c) => [c.exported, c.kept]).filter((v): v is number => v !== null).map(Number);
    const people = idsOf("assigneeId");
    const projects = idsOf("projectId");
    const personNames = people.length > 0 ? await namesById(tx, "people", people) : new Map<number, string>();
    const projectNames = projects.length > 0 ? await namesById(tx, "projects", projects) : new Map<number, string>();
    for (const c of this.conflicts) {
      const lookup = c.field === "assigneeId" ? personNames : c.field === "projectId" ? projectNames : null;
      if (!lookup) continue;
      const label = (v: CorrectionValue) => (v === null ? "none" : (lookup.get(Number(v)) ?? `#${v}`));
      c.exportedLabel = label(c.exported);
      c.keptLabel = label(c.kept);
    }
  }
}

/** One record's corrections; `value` gives the value to write for a field. */
export class RecordCorrections {
  constructor(
    private readonly owner: KeptCorrections,
    private readonly fields: Map<CorrectionField, StoredCorrection>,
  ) {}

  /**
   * `opinion: false` when the export says nothing about the field (the importer then keeps what
   * the row has): no conflict can be read from silence.
   */
  value<T extends CorrectionValue>(field: CorrectionField, exported: T, title: string, opinion = true): T {
    const correction = this.fields.get(field);
    return correction ? (this.owner.resolve(correction, exported, title, opinion) as T) : exported;
  }
}

/**
 * Attendees are display names joined by ", " (db/import/transform.ts). Renames the ones the
 * map names and drops the duplicates this makes, keeping the first place of each name.
 */
export function renameAttendees(attendees: string | null, rename: (name: string) => string | undefined): string | null {
  if (!attendees) return attendees;
  const names = [...new Set(attendees.split(", ").map((name) => rename(name) ?? name))];
  return names.join(", ");
}

/** Names for the conflict labels: a handful of ids, once per run. */
async function namesById(
  tx: Executor,
  table: "people" | "projects",
  ids: number[],
): Promise<Map<number, string>> {
  const unique = [...new Set(ids)];
  const rows =
    table === "people"
      ? await tx.select({ id: cadencePeople.personId, name: cadencePeople.name }).from(cadencePeople).where(inArray(cadencePeople.personId, unique))
      : await tx.select({ id: cadenceProjects.projectId, name: cadenceProjects.name }).from(cadenceProjects).where(inArray(cadenceProjects.projectId, unique));
  return new Map(rows.map((r) => [r.id, r.name]));
}
