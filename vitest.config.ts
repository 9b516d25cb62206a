import path from "node:path";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: {
    alias: {
      "@": path.resolve(import.meta.dirname),
      // `server-only` throws outside a React Server bundle; the queries it guards are tested here.
      "server-only": path.resolve(import.meta.dirname, "db/testing/server-only-stub.ts"),
    },
  },
  test: {
    include: ["app/**/*.test.ts", "db/**/*.test.ts", "components/**/*.test.ts"],
    environment: "node",
    // Each PGlite instance takes ~2 s to start and a few hundred MB: two workers fit 2 cores.
    maxWorkers: 2,
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
