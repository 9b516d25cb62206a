import { closeDatabase, getDatabase } from "../index";
import { seedDemoData } from "../seed";
import { runCli } from "./run";

runCli(async () => {
  const handle = await getDatabase();
  await handle.migrate();
  const result = await seedDemoData(handle.db);
  console.log(
    result.inserted === 0
      ? `Demo data already present in ${handle.description}; nothing changed.`
      : `Seeded ${handle.description}: ${result.inserted} rows inserted.`,
  );
  await closeDatabase();
});
