import { relations, sql, type SQL } from "drizzle-orm";
import {
  boolean,
  check,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  serial,
  text,
  timestamp,
  varchar,
} from "drizzle-orm/pg-core";
import {
  DOC_TYPES,
  RAW_CATEGORIES,
  RUN_STATUSES,
  SUBSYSTEMS,
  WORK_STATUSES,
} from "../../app/lib/domain/vocabulary";
import { currentTimestamp, nullOrOneOf } from "./checks";
import { searchDocument, tsvector } from "./search";

const DOCUMENT_CATEGORIES = RAW_CATEGORIES.filter((c) => c.startsWith("documents_"));

// ---- specified (SPEC.md, "The ten learning tables"): one row per import/sync run ----
export const notionSyncMetadata = pgTable(
  "notion_sync_metadata",
  {
    syncId: serial("sync_id").primaryKey(),
    syncType: varchar("sync_type", { length: 100 }),
    lastSync: timestamp("last_sync"),
    recordsSynced: integer("records_synced"),
    errors: integer("errors"),
    status: varchar("status", { length: 50 }),
    errorDetails: text("error_details"),
  },
  (t) => [check("notion_sync_metadata_status_check", nullOrOneOf(t.status, RUN_STATUSES))],
);

// ---- ours: the source table of the transformation, one row per Notion page or database row ----
export const cadenceRawContent = pgTable(
  "cadence_raw_content",
  {
    id: serial("id").primaryKey(),
    notionPageId: varchar("notion_page_id", { length: 100 }).notNull().unique(),
    title: text("title").notNull(),
    exportPath: text("export_path").notNull(),
    parentPageId: varchar("parent_page_id", { length: 100 }),
    databaseName: varchar("database_name", { length: 255 }),
    properties: jsonb("properties").$type<Record<string, string>>().notNull().default({}),
    contentMarkdown: text("content_markdown").notNull().default(""),
    contentHash: varchar("content_hash", { length: 64 }).notNull(),
    category: varchar("category", { length: 50 }).notNull(),
    keep: boolean("keep").notNull().default(false),
    excludeReason: varchar("exclude_reason", { length: 100 }),
    // The run that last wrote this row; kept when the run record is pruned.
    syncId: integer("sync_id").references(() => notionSyncMetadata.syncId, {
      onDelete: "set null",
    }),
    // Set when a later export no longer has the page; the row is kept, never deleted.
    missingSince: timestamp("missing_since"),
    // Stored, not an expression index: ranking recomputes no page body per matching row.
    // Property values (attendees, roles, e-mails, statuses) count too, below title and body.
    searchVector: tsvector("search_vector").generatedAlwaysAs(
      (): SQL =>
        sql`${searchDocument([[cadenceRawContent.title, "A"], [cadenceRawContent.contentMarkdown, "B"]])} || setweight(jsonb_to_tsvector('english', ${cadenceRawContent.properties}, '["string"]'), 'C')`,
    ),
    createdAt: timestamp("created_at").default(currentTimestamp).notNull(),
    updatedAt: timestamp("updated_at")
      .default(currentTimestamp)
      .notNull()
      .$onUpdate(() => new Date()),
  },
  (t) => [
    index("idx_cadence_raw_content_category_keep").on(t.category, t.keep),
    index("idx_cadence_raw_content_parent_page_id").on(t.parentPageId),
    index("idx_cadence_raw_content_content_hash").on(t.contentHash),
    index("idx_cadence_raw_content_search").using("gin", t.searchVector),
    // Title-only matches are found first, so a common word still ranks the pages it names.
    index("idx_cadence_raw_content_title_search").using("gin", sql`to_tsvector('english', ${t.title})`),
    check("cadence_raw_content_category_check", nullOrOneOf(t.category, RAW_CATEGORIES)),
  ],
);

// ---- specified (SPEC.md, "The five CADENCE tables"): names and types are the spec's ----

export const cadencePeople = pgTable(
  "cadence_people",
  {
    personId: serial("person_id").primaryKey(),
    name: varchar("name", { length: 255 }).notNull(),
    role: varchar("role", { length: 255 }),
    subsystem: varchar("subsystem", { length: 255 }),
    email: varchar("email", { length: 255 }).unique(),
    notionPageId: varchar("notion_page_id", { length: 100 }).unique(),
    createdAt: timestamp("created_at").default(currentTimestamp),
    updatedAt: timestamp("updated_at")
      .default(currentTimestamp)
      .$onUpdate(() => new Date()),
  },
  (t) => [
    index("idx_cadence_people_email").on(t.email),
    index("idx_cadence_people_subsystem").on(t.subsystem),
    index("idx_cadence_people_search").using("gin", searchDocument([[t.name, "A"], [t.role, "B"], [t.email, "C"]])),
    check("cadence_people_subsystem_check", nullOrOneOf(t.subsystem, SUBSYSTEMS)),
  ],
);

export const cadenceProjects = pgTable(
  "cadence_projects",
  {
    projectId: serial("project_id").primaryKey(),
    name: varchar("name", { length: 255 }).notNull(),
    description: text("description"),
    subsystem: varchar("subsystem", { length: 255 }),
    status: varchar("status", { length: 100 }),
    ownerId: integer("owner_id").references(() => cadencePeople.personId, { onDelete: "set null" }),
    notionPageId: varchar("notion_page_id", { length: 100 }).unique(),
    createdAt: timestamp("created_at").default(currentTimestamp),
    updatedAt: timestamp("updated_at")
      .default(currentTimestamp)
      .$onUpdate(() => new Date()),
  },
  (t) => [
    index("idx_cadence_projects_owner_id").on(t.ownerId),
    index("idx_cadence_projects_search").using("gin", searchDocument([[t.name, "A"], [t.description, "B"]])),
    check("cadence_projects_subsystem_check", nullOrOneOf(t.subsystem, SUBSYSTEMS)),
    check("cadence_projects_status_check", nullOrOneOf(t.status, WORK_STATUSES)),
  ],
);

export const cadenceTasks = pgTable(
  "cadence_tasks",
  {
    taskId: serial("task_id").primaryKey(),
    title: varchar("title", { length: 255 }).notNull(),
    description: text("description"),
    status: varchar("status", { length: 100 }),
    dueDate: date("due_date"),
    assigneeId: integer("assignee_id").references(() => cadencePeople.personId, {
      onDelete: "set null",
    }),
    projectId: integer("project_id").references(() => cadenceProjects.projectId, {
      onDelete: "set null",
    }),
    notionPageId: varchar("notion_page_id", { length: 100 }).unique(),
    createdAt: timestamp("created_at").default(currentTimestamp),
    updatedAt: timestamp("updated_at")
      .default(currentTimestamp)
      .$onUpdate(() => new Date()),
  },
  (t) => [
    index("idx_cadence_tasks_assignee_id").on(t.assigneeId),
    index("idx_cadence_tasks_project_id").on(t.projectId),
    index("idx_cadence_tasks_status").on(t.status),
    index("idx_cadence_tasks_due_date").on(t.dueDate),
    index("idx_cadence_tasks_search").using("gin", searchDocument([[t.title, "A"], [t.description, "B"]])),
    check("cadence_tasks_status_check", nullOrOneOf(t.status, WORK_STATUSES)),
  ],
);

export const cadenceMeetings = pgTable(
  "cadence_meetings",
  {
    meetingId: serial("meeting_id").primaryKey(),
    name: varchar("name", { length: 255 }).notNull(),
    meetingDate: timestamp("meeting_date"),
    attendees: text("attendees"),
    projectId: integer("project_id").references(() => cadenceProjects.projectId, {
      onDelete: "set null",
    }),
    notes: text("notes"),
    notionPageId: varchar("notion_page_id", { length: 100 }).unique(),
    createdAt: timestamp("created_at").default(currentTimestamp),
    updatedAt: timestamp("updated_at")
      .default(currentTimestamp)
      .$onUpdate(() => new Date()),
  },
  (t) => [
    index("idx_cadence_meetings_project_id").on(t.projectId),
    index("idx_cadence_meetings_meeting_date").on(t.meetingDate),
    index("idx_cadence_meetings_search").using("gin", searchDocument([[t.name, "A"], [t.notes, "B"], [t.attendees, "C"]])),
  ],
);

export const cadenceDocuments = pgTable(
  "cadence_documents",
  {
    docId: serial("doc_id").primaryKey(),
    title: varchar("title", { length: 255 }).notNull(),
    url: text("url"),
    docType: varchar("doc_type", { length: 100 }),
    category: varchar("category", { length: 100 }),
    subsystem: varchar("subsystem", { length: 255 }),
    notionPageId: varchar("notion_page_id", { length: 100 }).unique(),
    createdAt: timestamp("created_at").default(currentTimestamp),
    updatedAt: timestamp("updated_at")
      .default(currentTimestamp)
      .$onUpdate(() => new Date()),
  },
  (t) => [
    index("idx_cadence_documents_subsystem").on(t.subsystem),
    index("idx_cadence_documents_category").on(t.category),
    index("idx_cadence_documents_search").using("gin", searchDocument([[t.title, "A"], [t.url, "D"]])),
    check("cadence_documents_doc_type_check", nullOrOneOf(t.docType, DOC_TYPES)),
    check("cadence_documents_category_check", nullOrOneOf(t.category, DOCUMENT_CATEGORIES)),
    check("cadence_documents_subsystem_check", nullOrOneOf(t.subsystem, SUBSYSTEMS)),
  ],
);

export const cadencePeopleRelations = relations(cadencePeople, ({ many }) => ({
  tasks: many(cadenceTasks),
  projects: many(cadenceProjects),
}));

export const cadenceProjectsRelations = relations(cadenceProjects, ({ one, many }) => ({
  owner: one(cadencePeople, {
    fields: [cadenceProjects.ownerId],
    references: [cadencePeople.personId],
  }),
  tasks: many(cadenceTasks),
  meetings: many(cadenceMeetings),
}));

export const cadenceTasksRelations = relations(cadenceTasks, ({ one }) => ({
  assignee: one(cadencePeople, {
    fields: [cadenceTasks.assigneeId],
    references: [cadencePeople.personId],
  }),
  project: one(cadenceProjects, {
    fields: [cadenceTasks.projectId],
    references: [cadenceProjects.projectId],
  }),
}));

export const cadenceMeetingsRelations = relations(cadenceMeetings, ({ one }) => ({
  project: one(cadenceProjects, {
    fields: [cadenceMeetings.projectId],
    references: [cadenceProjects.projectId],
  }),
}));

export type CadenceRawContent = typeof cadenceRawContent.$inferSelect;
export type CadencePerson = typeof cadencePeople.$inferSelect;
export type CadenceProject = typeof cadenceProjects.$inferSelect;
export type CadenceTask = typeof cadenceTasks.$inferSelect;
export type CadenceMeeting = typeof cadenceMeetings.$inferSelect;
export type CadenceDocument = typeof cadenceDocuments.$inferSelect;
