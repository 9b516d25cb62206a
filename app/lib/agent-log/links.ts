import { z } from "zod";

/**
 * What an entry's metadata points at, read by the conventions documented in
 * db/queries/agent-log.ts. Anything malformed is simply not linked.
 */
export const RECORD_ENTITIES = {
  person: { path: "people", label: "Person" },
  project: { path: "projects", label: "Project" },
  task: { path: "tasks", label: "Task" },
  meeting: { path: "meetings", label: "Meeting" },
  document: { path: "documents", label: "Document" },
  raw: { path: "raw", label: "Raw page" },
} as const;
export type RecordEntity = keyof typeof RECORD_ENTITIES;

export interface RecordLink {
  entity: RecordEntity;
  id: number;
  href: string;
  label: string;
}

export interface MetadataLinks {
  syncId: number | null;
  records: RecordLink[];
  moduleId: number | null;
  studentId: string | null;
}

/** How many records one entry lists; the metadata view still shows them all. */
export const MAX_RECORD_LINKS = 20;

const Id = z.union([z.number(), z.string().regex(/^\d{1,10}$/).transform(Number)]).pipe(z.number().int().positive().max(2_147_483_647));

// Plural entity names ("tasks") are accepted too: agents write both.
const PLURALS: Record<string, RecordEntity> = Object.fromEntries(
  Object.entries(RECORD_ENTITIES).map(([entity, { path }]) => [path, entity as RecordEntity]),
);

const RecordRef = z.object({ entity: z.string(), id: Id });

function recordEntity(name: string): RecordEntity | null {
  const lower = name.toLowerCase();
  if (lower in RECORD_ENTITIES) return lower as RecordEntity;
  return PLURALS[lower] ?? null;
}

export function recordHref(entity: RecordEntity, id: number): string {
  return `/cadence/${RECORD_ENTITIES[entity].path}/${id}`;
}

export function metadataLinks(metadata: unknown): MetadataLinks {
  const links: MetadataLinks = { syncId: null, records: [], moduleId: null, studentId: null };
  if (!metadata || typeof metadata !== "object" || Array.isArray(metadata)) return links;
  const m = metadata as Record<string, unknown>;
  links.syncId = Id.safeParse(m.syncId).data ?? null;
  links.moduleId = Id.safeParse(m.moduleId).data ?? null;
  links.studentId = typeof m.studentId === "string" && m.studentId.length > 0 && m.studentId.length <= 255 ? m.studentId : null;
  if (Array.isArray(m.records)) {
    const seen = new Set<string>();
    for (const item of m.records) {
      const ref = RecordRef.safeParse(item);
      if (!ref.success) continue;
      const entity = recordEntity(ref.data.entity);
      if (!entity || seen.has(`${entity}:${ref.data.id}`)) continue;
      seen.add(`${entity}:${ref.data.id}`);
      links.records.push({ entity, id: ref.data.id, href: recordHref(entity, ref.data.id), label: `${RECORD_ENTITIES[entity].label} #${ref.data.id}` });
      if (links.records.length >= MAX_RECORD_LINKS) break;
    }
  }
  return links;
}
