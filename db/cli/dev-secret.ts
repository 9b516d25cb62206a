import { randomBytes } from "node:crypto";
import { appendFileSync, existsSync, readFileSync } from "node:fs";

/**
 * Sessions are signed with AUTH_SECRET. For local development a random one is written to
 * .env.local on first run (git-ignored), so `npm run dev` works without any setup while a
 * production server must be given its own.
 */
export function ensureDevAuthSecret(file = ".env.local"): void {
  if (process.env.AUTH_SECRET) return;
  if (existsSync(file) && /^AUTH_SECRET=/m.test(readFileSync(file, "utf8"))) return;
  const secret = randomBytes(32).toString("base64");
  appendFileSync(file, `${existsSync(file) ? "\n" : ""}# Generated for local development by npm run dev; production sets its own.\nAUTH_SECRET=${secret}\n`);
  process.env.AUTH_SECRET = secret;
  console.log(`Generated a development AUTH_SECRET in ${file}.`);
}
