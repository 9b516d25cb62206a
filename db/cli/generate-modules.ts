import { closeDatabase, getDatabase } from "../index";
import { runModuleGenerator } from "../jobs/generate-modules";
import { runCli } from "./run";

/** `npm run jobs:generate-modules`: draft modules from kept CADENCE technical documents; one agent-log entry. */
runCli(async () => {
  const handle = await getDatabase();
  const result = await runModuleGenerator(handle.db);
  console.log(`${handle.description}: ${result.message} (agent log #${result.logId})`);
  for (const s of result.skipped) console.log(`  skipped “${s.title}”${s.slug ? ` (${s.slug})` : ""}: ${s.reason}`);
  await closeDatabase();
});
