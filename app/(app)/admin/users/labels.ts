import type { Role } from "@/app/lib/auth/roles";
import type { LinkableFaculty, LinkableStudent, LinkedRecord } from "@/db/queries/users";

// The server cannot know the reader's time zone; UTC, said out loud, is never misread. The
// same formatter on server and client also keeps hydration identical.
const WHEN = new Intl.DateTimeFormat("en-US", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });

export const ROLE_LABELS: Record<Role, string> = { student: "Student", faculty: "Faculty", admin: "Admin" };

export function roleLabel(role: Role): string {
  return ROLE_LABELS[role];
}

export function formatWhen(iso: string | Date | null): string {
  return iso ? `${WHEN.format(new Date(iso))} UTC` : "Never";
}

export function describeExpiry(expiresAt: Date): string {
  return `it works once and expires in 24 hours (${formatWhen(expiresAt)})`;
}

/** The value a record select sends; actions.ts parses it back. */
export function recordValue(record: Pick<LinkedRecord, "kind" | "id">): string {
  return `${record.kind}:${record.id}`;
}

export function linkedLabel(record: LinkedRecord): string {
  return `${record.name} (${record.kind === "student" ? "student" : "faculty"}, ${record.university})`;
}

export function studentOptionLabel(s: LinkableStudent): string {
  return `${s.name} · ${s.university}, ${s.semester}`;
}

export function facultyOptionLabel(f: LinkableFaculty): string {
  return `${f.name} · ${f.university}`;
}
