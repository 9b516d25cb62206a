import { parseArgs } from "node:util";
import { z } from "zod";
import { closeDatabase, getDatabase } from "../index";
import { createUserAccount } from "../queries/users";
import { runCli } from "./run";

/**
 * `npm run users:create-admin -- <email> "<Name>" [--site https://basecamp.example.edu]`:
 * the first admin of a new database. Prints a one-time link (24 h) to set the password; the
 * account never has a password that passed through a terminal.
 */
const Input = z.object({ email: z.email("Give a valid e-mail address."), name: z.string().trim().min(1, "Give the person's name.") });

runCli(async () => {
  const { positionals, values } = parseArgs({ allowPositionals: true, options: { site: { type: "string", default: "http://localhost:3000" } } });
  const parsed = Input.safeParse({ email: positionals[0], name: positionals[1] });
  if (!parsed.success) {
    console.error(`usage: npm run users:create-admin -- <email> "<Name>" [--site <url>]\n${parsed.error.issues.map((i) => i.message).join("\n")}`);
    process.exit(2);
  }
  const handle = await getDatabase();
  await handle.migrate();
  const result = await createUserAccount(
    { name: parsed.data.name, email: parsed.data.email, role: "admin", link: null },
    { userId: "cli", email: "npm run users:create-admin" },
    { db: handle.db },
  );
  await closeDatabase();
  if (!result.ok) {
    console.error(`error: ${result.message}`);
    process.exit(1);
  }
  console.log(`Admin account created for ${parsed.data.email}.`);
  console.log(`Set its password within 24 hours at: ${values.site!.replace(/\/$/, "")}/reset-password/${result.token}`);
});
