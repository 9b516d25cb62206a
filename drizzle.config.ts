import { defineConfig } from "drizzle-kit";

// `db:generate` only diffs the schema files against drizzle/; it never connects.
// `db:studio` needs a server URL, so it reads DATABASE_URL (PGlite has no network port).
export default defineConfig({
  dialect: "postgresql",
  schema: "./db/schema/index.ts",
  out: "./drizzle",
  dbCredentials: { url: process.env.DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres" },
  strict: true,
  verbose: true,
});
