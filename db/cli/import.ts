import { parseArgs } from "node:util";
import { closeDatabase, getDatabase } from "../index";
import { runImport, type ImportSummary } from "../import";
import { loadRulesFile } from "../import/rules-file";
import { runCli } from "./run";

const USAGE = "usage: npm run import -- <export.zip|folder> [--dry-run] [--json] [--rules rules.json]";

runCli(async () => {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      "dry-run": { type: "boolean", default: false },
      json: { type: "boolean", default: false },
      rules: { type: "string" },
    },
  });
  const input = positionals[0];
  if (!input || positionals.length > 1) {
    console.error(USAGE);
    process.exit(2);
  }
  const handle = await getDatabase();
  await handle.migrate();
  let lastStage = "";
  const summary = await runImport(handle.db, input, {
    dryRun: values["dry-run"],
    rules: values.rules ? await loadRulesFile(values.rules) : undefined,
    onProgress: values.json
      ? undefined
      : ({ stage }) => {
          if (stage !== lastStage) console.error(`… ${stage}`);
          lastStage = stage;
        },
  });
  await closeDatabase();
  if (values.json) console.log(JSON.stringify(summary, null, 2));
  else printSummary(summary);
  if (summary.status === "failed") {
    if (values.json) console.error(`error: ${summary.error?.message}`);
    process.exit(1);
  }
});

function printSummary(summary: ImportSummary): void {
  if (summary.status === "failed") {
    console.error(`error: ${summary.error?.message ?? "the import failed"}`);
    return;
  }
  const c = summary.classify!;
  console.log(
    `${summary.dryRun ? "Dry run (nothing written)" : `Imported (run #${summary.syncId})`}: ${c.total} pages, ${c.kept} kept, ${c.excluded} excluded in ${summary.durationMs} ms.`,
  );
  console.log(`Excluded: ${Object.entries(c.excludedByReason).map(([k, v]) => `${k} ${v}`).join(", ") || "none"}`);
  for (const [table, t] of Object.entries(summary.load!.tables)) {
    console.log(`  ${table.padEnd(20)} +${t.added} added, ${t.changed} changed, ${t.unchanged} unchanged`);
  }
  if (summary.load!.flaggedMissing > 0) console.log(`  ${summary.load!.flaggedMissing} pages are no longer in the export (kept, flagged).`);
  if (summary.warnings.length > 0) {
    console.log(`${summary.warnings.length} page problem(s):`);
    for (const w of summary.warnings.slice(0, 20)) console.log(`  - ${w.path ? `${w.path}: ` : ""}${w.message}`);
    if (summary.warnings.length > 20) console.log(`  … and ${summary.warnings.length - 20} more (--json lists them all).`);
  }
}
