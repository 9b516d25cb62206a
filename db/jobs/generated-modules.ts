import "server-only";
import { sql } from "drizzle-orm";
import type { Viewer } from "../../app/lib/auth/roles";
import type { ModuleStatus, Subsystem } from "../../app/lib/domain/vocabulary";
import type { Database } from "../client";
import { getDb } from "../index";
import { assertRole } from "../queries/access";
import { queryRows } from "../rows";
import { GENERATOR_AGENT } from "./generate-modules";

/**
 * What /admin/modules reads: the modules made from CADENCE documents with where they stand,
 * how many kept technical documents still have none, and the generator's last run.
 */

export interface GeneratedModuleItem {
  id: number;
  slug: string;
  title: string;
  subsystem: Subsystem;
  status: ModuleStatus;
  currentVersion: string | null;
  versionCount: number;
  /** The newest version row: when and by whom (the generator's own name included). */
  lastChange: { at: string | null; by: string | null } | null;
  /** Some version was written by someone other than the generator: re-runs leave it alone. */
  editedByPerson: boolean;
  notionPageId: string;
  /** The CADENCE document and its raw page, when the record still has them. */
  document: { id: number; title: string } | null;
  rawPageId: number | null;
}

export interface GeneratorRun {
  logId: number;
  at: string | null;
  message: string | null;
  /** The entry's `runId`, by which the timeline finds exactly this entry; null for older entries. */
  runId: string | null;
}

export interface GeneratorOverview {
  modules: GeneratedModuleItem[];
  /** Kept technical documents with no module yet (the next run's candidates). */
  documentsWithoutModule: number;
  /** Of those, the ones the generator will skip for want of a subsystem. */
  withoutSubsystem: number;
  lastRun: GeneratorRun | null;
}

export async function getGeneratorOverview(viewer: Viewer | null, db?: Database): Promise<GeneratorOverview> {
  assertRole(viewer, ["admin"]);
  const database = db ?? (await getDb());
  const moduleRows = await queryRows<{
    id: number;
    slug: string;
    title: string;
    subsystem: Subsystem;
    status: ModuleStatus;
    current_version: string | null;
    notion_page_id: string;
    version_count: number | string;
    last_at: number | string | null;
    last_by: string | null;
    edited: boolean;
    doc_id: number | null;
    doc_title: string | null;
    raw_id: number | null;
  }>(
    database,
    sql`SELECT m.id, m.slug, m.title, m.subsystem, m.status, m.current_version, m.notion_page_id,
        (SELECT COUNT(*) FROM module_version_history h WHERE h.module_id = m.id) AS version_count,
        EXTRACT(EPOCH FROM last.created_at)::float8 AS last_at, last.created_by AS last_by,
        EXISTS (SELECT 1 FROM module_version_history h WHERE h.module_id = m.id AND h.created_by IS DISTINCT FROM ${GENERATOR_AGENT}) AS edited,
        d.doc_id, d.title AS doc_title, r.id AS raw_id
      FROM modules m
      LEFT JOIN LATERAL (
        SELECT created_at, created_by FROM module_version_history WHERE module_id = m.id ORDER BY version_id DESC LIMIT 1
      ) last ON true
      LEFT JOIN cadence_documents d ON d.notion_page_id = m.notion_page_id
      LEFT JOIN cadence_raw_content r ON r.notion_page_id = m.notion_page_id
      WHERE m.notion_page_id IS NOT NULL
      ORDER BY CASE m.status WHEN 'draft' THEN 0 WHEN 'published' THEN 1 ELSE 2 END, m.title, m.id`,
  );
  const [waiting] = await queryRows<{ total: number | string; without_subsystem: number | string }>(
    database,
    sql`SELECT COUNT(*) AS total, COUNT(*) FILTER (WHERE d.subsystem IS NULL) AS without_subsystem
      FROM cadence_documents d JOIN cadence_raw_content r ON r.notion_page_id = d.notion_page_id
      WHERE d.doc_type = 'technical' AND r.keep
        AND NOT EXISTS (SELECT 1 FROM modules m WHERE m.notion_page_id = d.notion_page_id)`,
  );
  // The agent's timeline index answers this without scanning the log.
  const [run] = await queryRows<{ log_id: number; at: number | string | null; message: string | null; run_id: string | null }>(
    database,
    sql`SELECT log_id, EXTRACT(EPOCH FROM "timestamp")::float8 AS at, message, metadata->>'runId' AS run_id
      FROM ascent_basecamp_agent_log WHERE agent_name = ${GENERATOR_AGENT}
      ORDER BY "timestamp" DESC NULLS LAST, log_id DESC NULLS LAST LIMIT 1`,
  );

  return {
    modules: moduleRows.map((m) => ({
      id: m.id,
      slug: m.slug,
      title: m.title,
      subsystem: m.subsystem,
      status: m.status,
      currentVersion: m.current_version,
      versionCount: Number(m.version_count),
      lastChange: m.last_at === null && m.last_by === null ? null : { at: isoOf(m.last_at), by: m.last_by },
      editedByPerson: m.edited,
      notionPageId: m.notion_page_id,
      document: m.doc_id === null ? null : { id: m.doc_id, title: m.doc_title ?? "" },
      rawPageId: m.raw_id,
    })),
    documentsWithoutModule: Number(waiting?.total ?? 0),
    withoutSubsystem: Number(waiting?.without_subsystem ?? 0),
    lastRun: run ? { logId: run.log_id, at: isoOf(run.at), message: run.message, runId: run.run_id } : null,
  };
}

function isoOf(epoch: number | string | null): string | null {
  return epoch === null ? null : new Date(Math.round(Number(epoch) * 1000)).toISOString();
}
