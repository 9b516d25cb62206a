import { count } from "drizzle-orm";
import { closeDatabase, getDatabase } from "../index";
import { universities } from "../schema";
import { seedDemoData } from "../seed";
import { runCli } from "./run";

/**
 * First-run preparation behind `npm run dev`: bring the database up to date and, for the
 * embedded database only, load the demo data when it is empty. A configured server is never
 * seeded implicitly — it may be production.
 */
runCli(async () => {
  const handle = await getDatabase();
  await handle.migrate();
  if (handle.driver !== "pglite") {
    console.log(`Database: ${handle.description} (migrated). Demo data: npm run db:seed.`);
    await closeDatabase();
    return;
  }
  const [row] = await handle.db.select({ n: count() }).from(universities);
  if ((row?.n ?? 0) === 0) {
    const result = await seedDemoData(handle.db);
    console.log(`Created ${handle.description} with demo data (${result.inserted} rows).`);
  } else {
    console.log(`Database: ${handle.description} (migrated, data present).`);
  }
  await closeDatabase();
});
