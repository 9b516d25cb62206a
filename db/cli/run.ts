import { existsSync } from "node:fs";
import { DatabaseConfigError, DatabaseConnectionError } from "../index";

/**
 * Runs a CLI's main and turns the errors a person can act on into one clear line and a
 * non-zero exit, instead of a stack trace.
 */
export function runCli(main: () => Promise<void>): void {
  loadEnvFiles();
  main().then(
    () => process.exit(0),
    (error: unknown) => {
      if (error instanceof DatabaseConfigError || error instanceof DatabaseConnectionError) {
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
