import path from "node:path";

/**
 * Which database the app talks to, decided from the environment alone (no I/O), so that the
 * choice can be tested for every kind of URL.
 */
export const DRIVERS = ["pglite", "pg", "neon"] as const;
export type Driver = (typeof DRIVERS)[number];

export type DatabaseConfig =
  | { driver: "pglite"; dataDir: string | null }
  | { driver: "pg"; url: string; host: string }
  | { driver: "neon"; url: string; host: string };

export class DatabaseConfigError extends Error {
  override name = "DatabaseConfigError";
}

export const DEFAULT_PGLITE_DIR = ".data/pglite";

/** `PGLITE_DATA_DIR=memory://` keeps the embedded database in memory (tests, throwaway runs). */
export const IN_MEMORY = "memory://";

type Env = Record<string, string | undefined>;

export function resolveDatabaseConfig(env: Env = process.env): DatabaseConfig {
  const override = parseDriver(env.DATABASE_DRIVER);
  const rawUrl = env.DATABASE_URL?.trim() || undefined;

  if (override === "pglite" || (override === undefined && rawUrl === undefined)) {
    const dir = env.PGLITE_DATA_DIR?.trim() || DEFAULT_PGLITE_DIR;
    return { driver: "pglite", dataDir: dir === IN_MEMORY ? null : path.resolve(/*turbopackIgnore: true*/ dir) };
  }
  if (rawUrl === undefined) {
    throw new DatabaseConfigError(
      `DATABASE_DRIVER=${override} needs DATABASE_URL (a postgres:// connection string).`,
    );
  }

  let parsed: URL;
  try {
    parsed = new URL(rawUrl);
  } catch {
    throw new DatabaseConfigError(
      "DATABASE_URL is not a valid connection string; expected postgres://user:password@host:5432/database.",
    );
  }
  if (parsed.protocol !== "postgres:" && parsed.protocol !== "postgresql:") {
    throw new DatabaseConfigError(
      `DATABASE_URL must start with postgres:// or postgresql:// (got "${parsed.protocol}//…").`,
    );
  }
  if (!parsed.hostname) {
    throw new DatabaseConfigError("DATABASE_URL has no host name.");
  }
  const host = parsed.port ? `${parsed.hostname}:${parsed.port}` : parsed.hostname;
  const driver = override ?? (parsed.hostname.endsWith(".neon.tech") ? "neon" : "pg");
  return { driver, url: rawUrl, host };
}

function parseDriver(value: string | undefined): Driver | undefined {
  const trimmed = value?.trim();
  if (!trimmed) return undefined;
  if (!(DRIVERS as readonly string[]).includes(trimmed)) {
    throw new DatabaseConfigError(
      `DATABASE_DRIVER must be one of ${DRIVERS.join(", ")} (got "${trimmed}").`,
    );
  }
  return trimmed as Driver;
}

/** A description safe to print or return from /api/health: never the password. */
export function describeConfig(config: DatabaseConfig): string {
  if (config.driver === "pglite") return `embedded PGlite (${config.dataDir ?? "in memory"})`;
  return `${config.driver === "neon" ? "Neon" : "PostgreSQL"} at ${config.host}`;
}
