import { closeDatabase, getDatabase } from "../index";
import { buildGhosts } from "../races/build-ghosts";
import { runCli } from "./run";

/** `npm run jobs:build-ghosts`: ghost cohorts and race metadata from history; one agent-log entry. */
runCli(async () => {
  const handle = await getDatabase();
  const result = await buildGhosts(handle.db);
  console.log(`${handle.description}: ${result.message} (agent log #${result.logId}, ${(result.durationMs / 1000).toFixed(1)} s)`);
  for (const d of result.dropped) console.log(`  dropped ${d.university} ${d.semester}${d.subsystem ? ` · ${d.subsystem}` : ""}: ${d.reason}`);
  for (const d of result.cadenceDropped) console.log(`  no CADENCE ghost for ${d.subsystem}: ${d.reason}`);
  await closeDatabase();
});
