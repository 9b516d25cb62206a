import { closeDatabase, getDatabase } from "../index";
import { runCli } from "./run";

runCli(async () => {
  const handle = await getDatabase();
  const started = performance.now();
  await handle.migrate();
  console.log(`Migrations applied to ${handle.description} in ${Math.round(performance.now() - started)} ms.`);
  await closeDatabase();
});
