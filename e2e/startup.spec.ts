import { spawn } from "node:child_process";
import { expect, test } from "@playwright/test";

test("a production server without AUTH_SECRET says so at start-up (desktop project only: it starts its own server)", async ({}, testInfo) => {
  test.skip(testInfo.project.name !== "desktop", "one run is enough: the check starts a separate server");
  const env: NodeJS.ProcessEnv = { ...process.env, PGLITE_DATA_DIR: "memory://", NEXT_TELEMETRY_DISABLED: "1" };
  delete env.AUTH_SECRET;
  delete env.DATABASE_URL;
  const server = spawn("npx", ["next", "start", "-H", "127.0.0.1", "-p", "3199"], { env, stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  server.stdout.on("data", (chunk) => (output += chunk));
  server.stderr.on("data", (chunk) => (output += chunk));
  try {
    await expect
      .poll(async () => {
        await fetch("http://127.0.0.1:3199/login").catch(() => undefined);
        return output;
      }, { timeout: 20_000 })
      .toContain("AUTH_SECRET is not set");
  } finally {
    server.kill("SIGTERM");
  }
});
