import path from "node:path";
import { describe, expect, test } from "vitest";
import { DatabaseConfigError, describeConfig, resolveDatabaseConfig } from "./config";

describe("resolveDatabaseConfig picks the driver from the environment", () => {
  test.each([
    ["no DATABASE_URL → embedded PGlite under .data/", {}, { driver: "pglite", dataDir: path.resolve(".data/pglite") }],
    ["empty DATABASE_URL counts as unset", { DATABASE_URL: "  " }, { driver: "pglite", dataDir: path.resolve(".data/pglite") }],
    ["PGLITE_DATA_DIR moves the embedded database", { PGLITE_DATA_DIR: "/tmp/x" }, { driver: "pglite", dataDir: "/tmp/x" }],
    ["PGLITE_DATA_DIR=memory:// keeps it in memory", { PGLITE_DATA_DIR: "memory://" }, { driver: "pglite", dataDir: null }],
    ["a Neon host → Neon's WebSocket Pool", { DATABASE_URL: "postgres://u:p@ep-cool-42.eu-central-1.aws.neon.tech/frames?sslmode=require" }, { driver: "neon", host: "ep-cool-42.eu-central-1.aws.neon.tech" }],
    ["a Neon pooler host → Neon", { DATABASE_URL: "postgresql://u:p@ep-cool-42-pooler.us-east-2.aws.neon.tech/frames" }, { driver: "neon" }],
    ["any other postgres:// → node-postgres", { DATABASE_URL: "postgres://postgres@127.0.0.1:5432/basecamp" }, { driver: "pg", host: "127.0.0.1:5432" }],
    ["postgresql:// works too", { DATABASE_URL: "postgresql://db.internal/app" }, { driver: "pg", host: "db.internal" }],
    ["a host that merely contains neon.tech is not Neon", { DATABASE_URL: "postgres://neon.tech.example.com/app" }, { driver: "pg" }],
    ["DATABASE_DRIVER=neon overrides the guess", { DATABASE_URL: "postgres://127.0.0.1:5432/x", DATABASE_DRIVER: "neon" }, { driver: "neon" }],
    ["DATABASE_DRIVER=pg overrides a Neon host", { DATABASE_URL: "postgres://x.neon.tech/x", DATABASE_DRIVER: "pg" }, { driver: "pg" }],
    ["DATABASE_DRIVER=pglite ignores DATABASE_URL", { DATABASE_URL: "postgres://x/y", DATABASE_DRIVER: "pglite", PGLITE_DATA_DIR: "memory://" }, { driver: "pglite", dataDir: null }],
  ])("%s", (_label, env, expected) => {
    expect(resolveDatabaseConfig(env)).toMatchObject(expected);
  });

  test.each([
    ["a malformed URL", { DATABASE_URL: "not a url" }, /DATABASE_URL is not a valid connection string/],
    ["another scheme", { DATABASE_URL: "mysql://root@localhost/db" }, /DATABASE_URL must start with postgres:\/\//],
    ["an unknown driver", { DATABASE_DRIVER: "sqlite" }, /DATABASE_DRIVER must be one of pglite, pg, neon/],
    ["a server driver without a URL", { DATABASE_DRIVER: "pg" }, /DATABASE_DRIVER=pg needs DATABASE_URL/],
  ])("names the variable for %s", (_label, env, message) => {
    expect(() => resolveDatabaseConfig(env)).toThrow(DatabaseConfigError);
    expect(() => resolveDatabaseConfig(env)).toThrow(message);
  });

  test("never prints the password", () => {
    const config = resolveDatabaseConfig({ DATABASE_URL: "postgres://admin:hunter2@db.example.com:6543/app" });
    expect(describeConfig(config)).toBe("PostgreSQL at db.example.com:6543");
    expect(() => resolveDatabaseConfig({ DATABASE_URL: "postgres://admin:hunter2@ bad" })).toThrow(
      expect.objectContaining({ message: expect.not.stringContaining("hunter2") }),
    );
  });
});
