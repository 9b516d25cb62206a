import { hashPassword } from "../../app/lib/auth/password";
import type { Database } from "../client";
import { appUsers } from "../schema";

/** The demo's password for every demo account; README prints it. Never used outside the demo seed. */
export const DEMO_PASSWORD = "basecamp-demo";

/**
 * One account per role, a second student (to prove students cannot see each other) and a
 * faculty member of another university (to prove faculty see only their own).
 */
export const DEMO_ACCOUNTS = [
  { id: "demo-admin", email: "admin@basecamp.example.edu", name: "Robin Admin", role: "admin", studentId: null, facultyId: null },
  { id: "demo-faculty", email: "faculty@basecamp.example.edu", name: "Dr. Helen Achterberg", role: "faculty", studentId: null, facultyId: 1 },
  { id: "demo-faculty-2", email: "faculty2@basecamp.example.edu", name: "Dr. Pierre-Luc Gagnon", role: "faculty", studentId: null, facultyId: 4 },
  { id: "demo-student", email: "student@basecamp.example.edu", name: "Emeka Eze", role: "student", studentId: "nit-26f-01", facultyId: null },
  { id: "demo-student-2", email: "student2@basecamp.example.edu", name: "Freya Lindqvist", role: "student", studentId: "nit-26f-02", facultyId: null },
] as const;

/** Creates the demo accounts that do not exist yet; existing ones (and their passwords) stay. */
export async function seedDemoAccounts(db: Database): Promise<number> {
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const inserted = await db
    .insert(appUsers)
    .values(DEMO_ACCOUNTS.map((a) => ({ ...a, passwordHash })))
    .onConflictDoNothing()
    .returning({ id: appUsers.id });
  return inserted.length;
}
