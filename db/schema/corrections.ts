import {
  check,
  index,
  integer,
  jsonb,
  pgTable,
  serial,
  timestamp,
  unique,
  varchar,
} from "drizzle-orm/pg-core";
import { appUsers } from "./auth";
import { cadencePeople } from "./cadence";
import { currentTimestamp, oneOf } from "./checks";

/** The CADENCE records an admin can correct, by the name used in URLs, audits and corrections. */
export const CORRECTABLE_ENTITIES = ["person", "project", "task", "meeting", "document"] as const;
export type CorrectableEntity = (typeof CORRECTABLE_ENTITIES)[number];

/**
 * An admin's correction of one field of one imported record. Not one of the spec's 37 tables:
 * it is how corrections survive re-imports. The importer writes the corrected value instead of
 * the export's and reports a conflict when the export's value has changed since the correction
 * (`source_value` is what the export said when the correction was made).
 */
export const cadenceCorrections = pgTable(
  "cadence_corrections",
  {
    id: serial("id").primaryKey(),
    entityType: varchar("entity_type", { length: 20 }).notNull(),
    recordId: integer("record_id").notNull(),
    // Imported rows are matched by their page across re-imports; null for people found only by name.
    notionPageId: varchar("notion_page_id", { length: 100 }),
    // The column's property name in the schema (`status`, `assigneeId`, `dueDate`, …).
    field: varchar("field", { length: 50 }).notNull(),
    value: jsonb("value"),
    sourceValue: jsonb("source_value"),
    correctedBy: varchar("corrected_by", { length: 36 }).references(() => appUsers.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at").default(currentTimestamp).notNull(),
    updatedAt: timestamp("updated_at")
      .default(currentTimestamp)
      .notNull()
      .$onUpdate(() => new Date()),
  },
  (t) => [
    unique("cadence_corrections_record_field_unique").on(t.entityType, t.recordId, t.field),
    index("idx_cadence_corrections_notion_page_id").on(t.notionPageId),
    check("cadence_corrections_entity_type_check", oneOf(t.entityType, CORRECTABLE_ENTITIES)),
  ],
);

/**
 * Two people merged into one. The merged row is deleted; this remembers who it was so a
 * re-import maps that person's page, e-mail or name onto the survivor instead of recreating it.
 */
export const cadencePersonMerges = pgTable(
  "cadence_person_merges",
  {
    id: serial("id").primaryKey(),
    mergedPersonId: integer("merged_person_id").notNull(),
    mergedName: varchar("merged_name", { length: 255 }).notNull(),
    mergedEmail: varchar("merged_email", { length: 255 }),
    mergedNotionPageId: varchar("merged_notion_page_id", { length: 100 }),
    intoPersonId: integer("into_person_id")
      .notNull()
      .references(() => cadencePeople.personId, { onDelete: "cascade" }),
    mergedBy: varchar("merged_by", { length: 36 }).references(() => appUsers.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at").default(currentTimestamp).notNull(),
  },
  (t) => [index("idx_cadence_person_merges_into_person_id").on(t.intoPersonId)],
);

export type CadenceCorrection = typeof cadenceCorrections.$inferSelect;
export type CadencePersonMerge = typeof cadencePersonMerges.$inferSelect;
