import { parseArgs } from "node:util";
import { z } from "zod";
import { closeDatabase, getDatabase } from "../index";
import { seedScaleData } from "../seed/scale";
import { runCli } from "./run";

const USAGE = `Usage: npm run db:seed:scale [-- --factor 100 --agent-log 1000000 --students 10000 --attempts 1000000]

Grows the database for benchmarks (npm run bench:pages, bench:attempt): the CADENCE record to
<factor> times the imported data, synthetic agent-log entries up to <agent-log>, students up to
<students> and learner_performance rows up to <attempts>. Run npm run db:seed first.
Idempotent: a second run adds only what is missing.`;

const Options = z.object({
  factor: z.coerce.number().int().min(1).max(1000),
  agentLog: z.coerce.number().int().min(0).max(20_000_000),
  students: z.coerce.number().int().min(0).max(1_000_000),
  attempts: z.coerce.number().int().min(0).max(50_000_000),
});

runCli(async () => {
  const { values } = parseArgs({
    options: {
      factor: { type: "string", default: "100" },
      "agent-log": { type: "string", default: "1000000" },
      students: { type: "string", default: "10000" },
      attempts: { type: "string", default: "1000000" },
      help: { type: "boolean", default: false },
    },
  });
  if (values.help) {
    console.log(USAGE);
    return;
  }
  const parsed = Options.safeParse({ factor: values.factor, agentLog: values["agent-log"], students: values.students, attempts: values.attempts });
  if (!parsed.success) {
    console.error(`error: ${parsed.error.issues.map((i) => `--${String(i.path[0])}: ${i.message}`).join("; ")}\n\n${USAGE}`);
    process.exitCode = 1;
    return;
  }
  const handle = await getDatabase();
  await handle.migrate();
  if (handle.driver === "pglite") {
    console.warn("note: the embedded database works, but benchmarks are meant for PostgreSQL (set DATABASE_URL).");
  }
  const started = performance.now();
  const result = await seedScaleData(handle.db, {
    factor: parsed.data.factor,
    agentLogEntries: parsed.data.agentLog,
    students: parsed.data.students,
    attempts: parsed.data.attempts,
    onStep: (step, rows, ms) => console.log(`  ${step}: +${rows.toLocaleString("en")} rows in ${(ms / 1000).toFixed(1)} s`),
  });
  const added = Object.values(result.rowsAdded).reduce((a, b) => a + b, 0);
  console.log(
    added === 0
      ? `${handle.description} already holds the scale dataset; nothing changed.`
      : `Scale dataset in ${handle.description}: ${result.copiesAdded} copies of the CADENCE record, ${result.agentLogAdded.toLocaleString("en")} agent-log entries, ${result.studentsAdded.toLocaleString("en")} students, ${result.attemptsAdded.toLocaleString("en")} attempts (${((performance.now() - started) / 1000).toFixed(1)} s).`,
  );
  await closeDatabase();
});
