import { SUBSYSTEM_LABELS, type Subsystem, type WorkStatus } from "@/app/lib/domain/vocabulary";

/** Words the correction forms and notes share. */
export const STATUS_LABELS: Record<WorkStatus, string> = {
  completed: "Completed",
  in_progress: "In progress",
  blocked: "Blocked",
  todo: "To do",
  active: "Active",
  unknown: "Unknown",
};

export const FIELD_LABELS: Record<string, string> = {
  status: "Status",
  assigneeId: "Assignee",
  projectId: "Project",
  dueDate: "Due date",
  subsystem: "Subsystem",
};

export const ENTITY_WORDS = { person: "person", project: "project", task: "task", meeting: "meeting", document: "document" } as const;

/** A stored value as people read it. */
export function valueLabel(field: string, value: string | null): string {
  if (value === null) return "none";
  if (field === "status") return STATUS_LABELS[value as WorkStatus] ?? value;
  if (field === "subsystem") return SUBSYSTEM_LABELS[value as Subsystem] ?? value;
  return value;
}

export { optionLabel } from "@/db/cadence/record-ref";

// The server cannot know the reader's time zone; UTC, said out loud, is never misread.
const DAY = new Intl.DateTimeFormat("en-US", { dateStyle: "medium", timeZone: "UTC" });

export function formatDay(iso: string): string {
  return DAY.format(new Date(iso));
}
