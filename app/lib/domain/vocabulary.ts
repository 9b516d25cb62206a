/**
 * The product's controlled vocabulary (SPEC.md, "Vocabulary"). The database enforces the
 * same lists through check constraints, so a value added here needs a migration too.
 */

export const SUBSYSTEMS = [
  "avionics",
  "structures",
  "mission_ops",
  "thermal",
  "power",
  "communications",
  "payload",
] as const;
export type Subsystem = (typeof SUBSYSTEMS)[number];

export const SUBSYSTEM_LABELS: Record<Subsystem, string> = {
  avionics: "Avionics",
  structures: "Structures",
  mission_ops: "Mission operations",
  thermal: "Thermal",
  power: "Power",
  communications: "Communications",
  payload: "Payload",
};

/** Status of CADENCE projects and tasks and of our own team projects. */
export const WORK_STATUSES = ["completed", "in_progress", "blocked", "todo", "active", "unknown"] as const;
export type WorkStatus = (typeof WORK_STATUSES)[number];

export const COMPETENCY_LEVELS = ["orientation", "competency", "integration", "autonomy"] as const;
export type CompetencyLevel = (typeof COMPETENCY_LEVELS)[number];

export const DIFFICULTIES = ["easy", "medium", "hard", "expert"] as const;
export type Difficulty = (typeof DIFFICULTIES)[number];

/** Categories a raw Notion page can be classified into; only the first five feed CADENCE tables. */
export const RAW_CATEGORIES = [
  "tasks",
  "meetings",
  "documents_program",
  "documents_technical",
  "documents_workflow",
  "people",
  "other",
] as const;
export type RawCategory = (typeof RAW_CATEGORIES)[number];

export const DOC_TYPES = ["technical", "program", "workflow"] as const;
export type DocType = (typeof DOC_TYPES)[number];

export const SIMULATION_KINDS = ["CircuitJS", "LTSpice", "FreeCAD", "WebContainer"] as const;
export type SimulationKind = (typeof SIMULATION_KINDS)[number];

export const MODULE_STATUSES = ["draft", "published", "archived"] as const;
export type ModuleStatus = (typeof MODULE_STATUSES)[number];

export const PROGRESS_STATUSES = ["not_started", "in_progress", "completed", "mastered"] as const;
export type ProgressStatus = (typeof PROGRESS_STATUSES)[number];

/** Outcome of an automated action or a sync run. `running` lets a run be seen while it works. */
export const RUN_STATUSES = ["running", "success", "partial", "failed", "skipped", "info"] as const;
export type RunStatus = (typeof RUN_STATUSES)[number];

export const INTERFACE_TYPES = ["electrical", "mechanical", "data", "thermal", "RF"] as const;
export type InterfaceType = (typeof INTERFACE_TYPES)[number];

export const SANDBOX_STATUSES = ["provisioning", "ready", "running", "stopped", "failed"] as const;
export type SandboxStatus = (typeof SANDBOX_STATUSES)[number];

export const ENVIRONMENT_STATUSES = ["available", "maintenance", "retired"] as const;
export type EnvironmentStatus = (typeof ENVIRONMENT_STATUSES)[number];

export const ANALYTICS_EVENT_TYPES = [
  "viewed",
  "started",
  "checkpoint_passed",
  "checkpoint_failed",
  "finished",
  "abandoned",
] as const;
export type AnalyticsEventType = (typeof ANALYTICS_EVENT_TYPES)[number];
