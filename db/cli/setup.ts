import { count } from "drizzle-orm";
import { closeDatabase, getDatabase } from "../index";
import { appUsers, universities } from "../schema";
import { buildGhosts } from "../races/build-ghosts";
import { seedDemoData, upgradeDemoLearning, upgradeDemoRaceHistory } from "../seed";
import { importDemoCadence } from "../seed/cadence";
import { DEMO_PASSWORD, seedDemoAccounts } from "../seed/accounts";
import { ensureDevAuthSecret } from "./dev-secret";
import { runCli } from "./run";

/**
 * First-run preparation behind `npm run dev`: bring the database up to date and, for the
 * embedded database only, load the demo data when it is empty. A configured server is never
 * seeded implicitly — it may be production.
 */
runCli(async () => {
  ensureDevAuthSecret();
  const handle = await getDatabase();
  await handle.migrate();
  if (handle.driver !== "pglite") {
    console.log(`Database: ${handle.description} (migrated). Demo data: npm run db:seed.`);
    await closeDatabase();
    return;
  }
  const [row] = await handle.db.select({ n: count() }).from(universities);
  const learning = (row?.n ?? 0) === 0 ? await seedDemoData(handle.db) : null;
  // A database seeded by an earlier version gets the question bank, competency and calibration,
  // and its race history.
  if (!learning) await upgradeDemoLearning(handle.db);
  const history = learning ? null : await upgradeDemoRaceHistory(handle.db);
  const cadence = await importDemoCadence(handle.db);
  // New race history (or a new CADENCE record) needs ghosts and leaderboards built from it; an
  // unchanged database keeps the ghosts it has, and its agent log gets no entry per start.
  if (learning || cadence || (history && history.attempts + history.runs > 0)) {
    const ghosts = await buildGhosts(handle.db);
    console.log(`Ghosts: ${ghosts.message}`);
  }
  const [users] = await handle.db.select({ n: count() }).from(appUsers);
  const accounts = (users?.n ?? 0) === 0 ? await seedDemoAccounts(handle.db) : 0;
  if (accounts > 0) console.log(`Demo accounts: admin@, faculty@, student@basecamp.example.edu (password "${DEMO_PASSWORD}"); see README.`);
  if (learning || cadence) {
    console.log(
      `Loaded demo data into ${handle.description}: ${learning ? `${learning.inserted} learning rows` : "learning data already present"}, ${cadence ? `the demo CADENCE export (${cadence.classify?.total ?? 0} pages)` : "CADENCE pages already present"}.`,
    );
  } else {
    console.log(`Database: ${handle.description} (migrated, data present).`);
  }
  await closeDatabase();
});
