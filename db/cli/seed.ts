import { closeDatabase, getDatabase } from "../index";
import { seedDemoData } from "../seed";
import { importDemoCadence } from "../seed/cadence";
import { DEMO_ACCOUNTS, DEMO_PASSWORD, seedDemoAccounts } from "../seed/accounts";
import { runCli } from "./run";

runCli(async () => {
  const handle = await getDatabase();
  await handle.migrate();
  const result = await seedDemoData(handle.db);
  console.log(
    result.inserted === 0
      ? `Demo learning data already present in ${handle.description}; nothing changed.`
      : `Seeded ${handle.description}: ${result.inserted} rows inserted.`,
  );
  const cadence = await importDemoCadence(handle.db);
  console.log(
    cadence
      ? `Imported the demo CADENCE export: ${cadence.classify?.total} pages (run #${cadence.syncId}).`
      : "CADENCE pages already present; the demo export was not imported again.",
  );
  const accounts = await seedDemoAccounts(handle.db);
  console.log(
    `Demo accounts (${accounts} new), password "${DEMO_PASSWORD}": ${DEMO_ACCOUNTS.map((a) => `${a.email} (${a.role})`).join(", ")}.`,
  );
  await closeDatabase();
});
