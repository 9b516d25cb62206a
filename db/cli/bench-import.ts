import { spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { Client } from "pg";
import { writeDemoExportZip } from "../import/demo/generate-export";
import { runCli } from "./run";

/**
 * `npm run bench:import`: generates demo exports of 1,416 and 100,000 pages and imports each
 * into a fresh database of the configured kind (a scratch database on DATABASE_URL's server,
 * or a throwaway embedded one), in a child process so its peak RSS is the import's alone.
 */
const SIZES = (process.env.BENCH_PAGES ?? "1416,100000").split(",").map(Number);

runCli(async () => {
  const work = await fs.mkdtemp(path.join(os.tmpdir(), "bench-import-"));
  try {
    console.log(`database: ${process.env.DATABASE_URL ? "PostgreSQL (scratch database per run)" : "embedded PGlite (throwaway)"}`);
    console.log("pages     zip MB   import s   pages/s   peak RSS MB   status    stages (ms)");
    for (const pages of SIZES) {
      const zip = path.join(work, `export-${pages}.zip`);
      await writeDemoExportZip(zip, { targetPages: pages });
      const { size } = await fs.stat(zip);
      const target = await scratchTarget(work, pages);
      try {
        const result = runWorker(zip, target.env);
        console.log(
          `${String(pages).padEnd(9)} ${(size / 1e6).toFixed(1).padStart(6)}   ${(result.durationMs / 1000).toFixed(2).padStart(8)}   ${Math.round((pages * 1000) / result.durationMs).toString().padStart(7)}   ${result.maxRssMb.toFixed(0).padStart(11)}   ${result.status.padEnd(8)}  ${Object.entries(result.timings).map(([k, v]) => `${k} ${v}`).join(", ")}`,
        );
      } finally {
        await target.dispose();
      }
    }
  } finally {
    await fs.rm(work, { recursive: true, force: true });
  }
});

interface WorkerResult {
  status: string;
  durationMs: number;
  timings: Record<string, number>;
  maxRssMb: number;
}

function runWorker(zip: string, env: Record<string, string>): WorkerResult {
  const child = spawnSync("npx", ["tsx", "db/cli/bench-import-worker.ts", zip], {
    env: { ...process.env, ...env },
    encoding: "utf8",
    maxBuffer: 16 * 1024 * 1024,
  });
  if (child.status !== 0) throw new Error(`import worker failed: ${child.stderr}`);
  return JSON.parse(child.stdout.trim().split("\n").at(-1)!) as WorkerResult;
}

async function scratchTarget(work: string, pages: number): Promise<{ env: Record<string, string>; dispose(): Promise<void> }> {
  const url = process.env.DATABASE_URL;
  if (!url) {
    const dir = path.join(work, `pglite-${pages}`);
    return { env: { PGLITE_DATA_DIR: dir }, dispose: () => fs.rm(dir, { recursive: true, force: true }) };
  }
  const name = `bench_import_${randomBytes(4).toString("hex")}`;
  const admin = new Client({ connectionString: url });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const scratch = new URL(url);
  scratch.pathname = `/${name}`;
  return {
    env: { DATABASE_URL: scratch.toString() },
    async dispose() {
      const client = new Client({ connectionString: url });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await client.end();
    },
  };
}
