import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { count } from "drizzle-orm";
import type { Database } from "../client";
import { writeDemoExportZip } from "../import/demo/generate-export";
import { runImport, type ImportSummary } from "../import";
import { cadenceRawContent } from "../schema";

/**
 * The demo's CADENCE record: a generated Notion export in the real format, imported through the
 * same importer admins use. Skipped when CADENCE pages are already there, so seeding twice
 * changes nothing.
 */
export async function importDemoCadence(db: Database): Promise<ImportSummary | null> {
  const [existing] = await db.select({ n: count() }).from(cadenceRawContent);
  if ((existing?.n ?? 0) > 0) return null;
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), "basecamp-demo-export-"));
  try {
    const zip = path.join(dir, "cadence-demo-export.zip");
    await writeDemoExportZip(zip);
    const summary = await runImport(db, zip);
    if (summary.status === "failed") throw new Error(`Demo CADENCE import failed: ${summary.error?.message}`);
    return summary;
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
}
