import { spawn, spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { rmSync } from "node:fs";
import path from "node:path";

/**
 * Serves the production build for the e2e suite on a fresh embedded database, migrated and
 * seeded by the same first-run setup `npm run dev` uses. DATABASE_URL is dropped on purpose:
 * browser tests must never write to a configured (possibly shared or production) server.
 */
const dataDir = path.resolve(".data/e2e");
rmSync(dataDir, { recursive: true, force: true });

const env: NodeJS.ProcessEnv = {
  ...process.env,
  PGLITE_DATA_DIR: dataDir,
  NEXT_TELEMETRY_DISABLED: "1",
  AUTH_SECRET: randomBytes(32).toString("base64"),
  AUTH_TRUST_HOST: "true",
};
delete env.DATABASE_URL;
delete env.DATABASE_DRIVER;

const setup = spawnSync(process.execPath, [path.resolve("node_modules/tsx/dist/cli.mjs"), "db/cli/setup.ts"], { env, stdio: "inherit" });
if (setup.status !== 0) process.exit(setup.status ?? 1);

// Next's own binary, not npx: a signal to a wrapper would leave the server holding the port.
const server = spawn(process.execPath, [path.resolve("node_modules/next/dist/bin/next"), "start", "-H", "127.0.0.1", "-p", process.env.E2E_PORT ?? "3100"], {
  env,
  stdio: "inherit",
});
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => server.kill(signal));
}
server.on("exit", (code) => process.exit(code ?? 0));
