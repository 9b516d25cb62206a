import { existsSync } from "node:fs";

/** Errors whose message already tells a person what to fix; no stack trace needed. */
const USER_FACING = new Set(["DatabaseConfigError", "DatabaseConnectionError", "RulesFileError"]);

/**
 * Runs a CLI's main and turns the errors a person can act on into one clear line and a
 * non-zero exit, instead of a stack trace.
 */
export function runCli(main: () => Promise<void>): void {
  loadEnvFiles();
  main().then(
    () => process.exit(0),
    (error: unknown) => {
      if (error instanceof Error && USER_FACING.has(error.name)) {
        console.error(`error: ${error.message}`);
      } else {
        console.error(error);
      }
      process.exit(1);
    },
  );
}

/** The same files Next.js reads, so a CLI and the app see one configuration. */
function loadEnvFiles(): void {
  for (const file of [".env.local", ".env"]) {
    if (existsSync(file)) process.loadEnvFile(file);
  }
}
