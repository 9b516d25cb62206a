import type { Role } from "./auth/roles";

/**
 * Who may open each route and call each server action. Tests enumerate the route tree and
 * the action modules and fail when one is missing here, so nothing new ships unreviewed; the
 * e2e access matrix then checks every route for every kind of visitor.
 *
 * `public`: anyone; `signed_in`: any role; a role list: only those roles.
 */
export type Access = "public" | "signed_in" | readonly Role[];

export interface RoutePolicy {
  /** The route as the App Router sees it, groups removed: `/admin/imports`, `/reset-password/[token]`. */
  path: string;
  access: Access;
  kind: "page" | "api";
  /** The method the matrix test uses (route handlers only). */
  method?: "GET" | "POST";
  /** A concrete URL for dynamic routes, and what an allowed visitor gets there. */
  sample?: {
    url: string;
    allowedStatus: number;
    /** Allowed visitors (by e2e persona) who may not see this record and get 404 instead. */
    notFoundFor?: readonly string[];
  };
}

export const ROUTE_POLICY: readonly RoutePolicy[] = [
  { path: "/", access: "signed_in", kind: "page" },
  { path: "/login", access: "public", kind: "page" },
  { path: "/logout", access: "signed_in", kind: "page" },
  { path: "/reset-password/[token]", access: "public", kind: "page", sample: { url: "/reset-password/not-a-real-token", allowedStatus: 200 } },
  { path: "/admin", access: ["admin"], kind: "page" },
  { path: "/admin/imports", access: ["admin"], kind: "page" },
  { path: "/admin/users", access: ["admin"], kind: "page" },
  { path: "/admin/tokens", access: ["admin"], kind: "page" },
  { path: "/cadence", access: "signed_in", kind: "page" },
  { path: "/cadence/search", access: "signed_in", kind: "page" },
  { path: "/cadence/people", access: "signed_in", kind: "page" },
  { path: "/cadence/people/[id]", access: "signed_in", kind: "page", sample: { url: "/cadence/people/1", allowedStatus: 200 } },
  { path: "/cadence/projects", access: "signed_in", kind: "page" },
  { path: "/cadence/projects/[id]", access: "signed_in", kind: "page", sample: { url: "/cadence/projects/1", allowedStatus: 200 } },
  { path: "/cadence/tasks", access: "signed_in", kind: "page" },
  { path: "/cadence/tasks/[id]", access: "signed_in", kind: "page", sample: { url: "/cadence/tasks/1", allowedStatus: 200 } },
  { path: "/cadence/meetings", access: "signed_in", kind: "page" },
  { path: "/cadence/meetings/[id]", access: "signed_in", kind: "page", sample: { url: "/cadence/meetings/1", allowedStatus: 200 } },
  { path: "/cadence/documents", access: "signed_in", kind: "page" },
  { path: "/cadence/documents/[id]", access: "signed_in", kind: "page", sample: { url: "/cadence/documents/1", allowedStatus: 200 } },
  { path: "/cadence/raw/[id]", access: "signed_in", kind: "page", sample: { url: "/cadence/raw/1", allowedStatus: 200 } },
  { path: "/modules", access: "signed_in", kind: "page" },
  { path: "/modules/[slug]", access: "signed_in", kind: "page", sample: { url: "/modules/av-obc-architecture", allowedStatus: 200 } },
  { path: "/modules/[slug]/edit", access: ["faculty", "admin"], kind: "page", sample: { url: "/modules/av-obc-architecture/edit", allowedStatus: 200 } },
  { path: "/modules/[slug]/history", access: ["faculty", "admin"], kind: "page", sample: { url: "/modules/av-obc-architecture/history", allowedStatus: 200 } },
  { path: "/paths", access: "signed_in", kind: "page" },
  { path: "/cohorts", access: ["faculty", "admin"], kind: "page" },
  { path: "/admin/modules", access: ["admin"], kind: "page" },
  { path: "/races", access: "signed_in", kind: "page" },
  { path: "/races/[module]", access: "signed_in", kind: "page", sample: { url: "/races/av-obc-architecture", allowedStatus: 200 } },
  { path: "/admin/races", access: ["admin"], kind: "page" },
  { path: "/me", access: ["student"], kind: "page" },
  // Faculty see the students of their own university only: another university's is "not found".
  { path: "/students/[id]", access: ["faculty", "admin"], kind: "page", sample: { url: "/students/nit-26f-01", allowedStatus: 200, notFoundFor: ["otherFaculty"] } },
  { path: "/agent-log", access: "signed_in", kind: "page" },
  { path: "/agent-log/runs", access: ["faculty", "admin"], kind: "page" },
  { path: "/agent-log/runs/[syncId]", access: ["faculty", "admin"], kind: "page", sample: { url: "/agent-log/runs/1", allowedStatus: 200 } },
  { path: "/api/health", access: "public", kind: "api", method: "GET" },
  { path: "/api/auth/[...nextauth]", access: "public", kind: "api", method: "GET", sample: { url: "/api/auth/session", allowedStatus: 200 } },
  { path: "/api/admin/imports/uploads", access: ["admin"], kind: "api", method: "POST", sample: { url: "/api/admin/imports/uploads", allowedStatus: 400 } },
  { path: "/api/admin/imports/jobs", access: ["admin"], kind: "api", method: "POST", sample: { url: "/api/admin/imports/jobs", allowedStatus: 400 } },
  // A cohort's students as CSV; faculty of another university get "not found", as on /cohorts.
  { path: "/api/cohorts/export", access: ["faculty", "admin"], kind: "api", method: "GET", sample: { url: "/api/cohorts/export?team=4", allowedStatus: 200, notFoundFor: ["otherFaculty"] } },
  { path: "/api/cadence/[entity]/export", access: "signed_in", kind: "api", method: "GET", sample: { url: "/api/cadence/tasks/export", allowedStatus: 200 } },
  // Authenticated by an agent's bearer token, not a session: every visitor without one gets 401.
  { path: "/api/agent-log", access: "public", kind: "api", method: "POST", sample: { url: "/api/agent-log", allowedStatus: 401 } },
  { path: "/api/admin/imports/jobs/[jobId]", access: ["admin"], kind: "api", method: "GET", sample: { url: "/api/admin/imports/jobs/00000000-0000-4000-8000-000000000000", allowedStatus: 404 } },
];

/** `<file>#<export>` of every server action. */
export const ACTION_POLICY: Readonly<Record<string, Access>> = {
  "app/(auth)/login/actions.ts#signInWithPassword": "public",
  "app/(auth)/login/actions.ts#signInWithSso": "public",
  "app/(auth)/logout/actions.ts#signOutAction": "signed_in",
  "app/(auth)/reset-password/[token]/actions.ts#resetPassword": "public",
  "app/(app)/admin/users/actions.ts#createUser": ["admin"],
  "app/(app)/admin/users/actions.ts#changeUserRole": ["admin"],
  "app/(app)/admin/users/actions.ts#linkUserRecord": ["admin"],
  "app/(app)/admin/users/actions.ts#setUserDisabled": ["admin"],
  "app/(app)/admin/users/actions.ts#createPasswordResetLink": ["admin"],
  "app/(app)/admin/tokens/actions.ts#createApiToken": ["admin"],
  "app/(app)/admin/tokens/actions.ts#revokeApiToken": ["admin"],
  "app/(app)/modules/actions.ts#startAttempt": ["student"],
  "app/(app)/modules/actions.ts#saveAnswers": ["student"],
  "app/(app)/modules/actions.ts#submitCheckpoint": ["student"],
  "app/(app)/modules/actions.ts#finishAttempt": ["student"],
  "app/(app)/modules/[slug]/edit/actions.ts#saveModule": ["faculty", "admin"],
  "app/(app)/modules/[slug]/edit/actions.ts#setModuleStatus": ["faculty", "admin"],
  "app/(app)/modules/[slug]/history/actions.ts#restoreVersion": ["faculty", "admin"],
  "app/(app)/modules/[slug]/sandbox-actions.ts#attachEnvironment": ["faculty", "admin"],
  "app/(app)/modules/[slug]/sandbox-actions.ts#detachEnvironment": ["faculty", "admin"],
  "app/(app)/modules/[slug]/sandbox-actions.ts#openSandbox": ["student"],
  "app/(app)/modules/[slug]/sandbox-actions.ts#stopSandbox": ["student"],
  "app/(app)/paths/actions.ts#addPrerequisite": ["faculty", "admin"],
  "app/(app)/paths/actions.ts#removePrerequisite": ["faculty", "admin"],
  "app/(app)/admin/modules/actions.ts#generateModuleDrafts": ["admin"],
  "app/(app)/races/[module]/actions.ts#startRace": ["student"],
  "app/(app)/races/[module]/actions.ts#submitRaceCheckpoint": ["student"],
  "app/(app)/races/[module]/actions.ts#finishRace": ["student"],
  "app/(app)/races/[module]/review-actions.ts#reviewRun": ["faculty", "admin"],
  "app/(app)/races/actions.ts#setLeaderboardOptIn": ["student"],
  "app/(app)/admin/races/actions.ts#buildGhosts": ["admin"],
  "app/(app)/cadence/actions.ts#correctTask": ["admin"],
  "app/(app)/cadence/actions.ts#setRecordSubsystem": ["admin"],
  "app/(app)/cadence/actions.ts#mergePeople": ["admin"],
};

export function allows(access: Access, role: Role | null): boolean {
  if (access === "public") return true;
  if (role === null) return false;
  return access === "signed_in" || access.includes(role);
}
