import { spawn } from "node:child_process";
import path from "node:path";
import { expect, test } from "@playwright/test";

test("a production server without AUTH_SECRET says so at start-up (desktop project only: it starts its own server)", async ({}, testInfo) => {
  test.skip(testInfo.project.name !== "desktop", "one run is enough: the check starts a separate server");
  const env: NodeJS.ProcessEnv = { ...process.env, PGLITE_DATA_DIR: "memory://", NEXT_TELEMETRY_DISABLED: "1" };
  delete env.AUTH_SECRET;
  delete env.DATABASE_URL;
  const port = String(31_000 + Math.floor(Math.random() * 2_000));
  // Next's own binary, not npx: killing a wrapper would leave the server holding the port.
  const server = spawn(process.execPath, [path.resolve("node_modules/next/dist/bin/next"), "start", "-H", "127.0.0.1", "-p", port], {
    env,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  server.stdout.on("data", (chunk) => (output += chunk));
  server.stderr.on("data", (chunk) => (output += chunk));
  try {
    await expect
      .poll(async () => {
        await fetch(`http://127.0.0.1:${port}/login`).catch(() => undefined);
        return output;
      }, { timeout: 20_000 })
      .toContain("AUTH_SECRET is not set");
  } finally {
    server.kill("SIGKILL");
  }
});
