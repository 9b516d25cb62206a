import { closeDatabase, getDatabase } from "../index";
import { runCalibrationJob } from "../learning/calibration-job";
import { runCli } from "./run";

/** `npm run jobs:calibrate`: every module's difficulty from its attempts; one agent-log entry. */
runCli(async () => {
  const handle = await getDatabase();
  const result = await runCalibrationJob(handle.db);
  console.log(`${handle.description}: ${result.message} (agent log #${result.logId})`);
  await closeDatabase();
});
