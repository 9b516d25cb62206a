import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // PGlite ships WASM and data files that must be loaded from node_modules at run time;
  // bundled, every database page answers 500 although `next build` succeeds.
  serverExternalPackages: ["@electric-sql/pglite", "@node-rs/argon2"],
  poweredByHeader: false,
  // Read at run time: the health check compares applied migrations with the journal, and the
  // embedded database migrates itself on first use.
  outputFileTracingIncludes: { "/*": ["./drizzle/**/*"] },
  typedRoutes: false,
  // forbidden() answers 403 from pages, actions and route handlers that check roles.
  experimental: { authInterrupts: true },
};

export default nextConfig;
