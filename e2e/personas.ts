import path from "node:path";

/** The demo accounts the seed creates (db/seed/accounts.ts), one storage state each. */
export const DEMO_PASSWORD = "basecamp-demo";

export const PERSONAS = {
  admin: { email: "admin@basecamp.example.edu", name: "Robin Admin", role: "admin" },
  faculty: { email: "faculty@basecamp.example.edu", name: "Dr. Helen Achterberg", role: "faculty" },
  otherFaculty: { email: "faculty2@basecamp.example.edu", name: "Dr. Pierre-Luc Gagnon", role: "faculty" },
  student: { email: "student@basecamp.example.edu", name: "Emeka Eze", role: "student" },
  otherStudent: { email: "student2@basecamp.example.edu", name: "Freya Lindqvist", role: "student" },
} as const;
export type Persona = keyof typeof PERSONAS;

export function storageStateOf(persona: Persona): string {
  return path.resolve(import.meta.dirname, ".auth", `${persona}.json`);
}
