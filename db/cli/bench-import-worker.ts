import { closeDatabase, getDatabase } from "../index";
import { runImport } from "../import";
import { runCli } from "./run";

/** One timed import for bench-import.ts; prints one JSON line. */
runCli(async () => {
  const zip = process.argv[2]!;
  const handle = await getDatabase();
  await handle.migrate();
  const started = performance.now();
  const summary = await runImport(handle.db, zip);
  const durationMs = performance.now() - started;
  await closeDatabase();
  if (summary.status === "failed") throw new Error(summary.error?.message ?? "import failed");
  console.log(JSON.stringify({ status: summary.status, durationMs, timings: summary.timings, maxRssMb: process.resourceUsage().maxRSS / 1024 }));
});
