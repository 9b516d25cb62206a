/**
 * Who may see and change what, as pure rules over the signed-in viewer. Pages, queries, route
 * handlers and actions all ask these, so the answer is the same everywhere.
 */
export const ROLES = ["student", "faculty", "admin"] as const;
export type Role = (typeof ROLES)[number];

export interface Viewer {
  userId: string;
  role: Role;
  name: string;
  email: string;
  studentId: string | null;
  facultyId: number | null;
  /** University of the linked student or faculty record; null for admins and unlinked users. */
  universityId: number | null;
}

export interface StudentScope {
  id: string;
  universityId: number;
}

export function hasRole(viewer: Viewer | null, roles: readonly Role[]): viewer is Viewer {
  return viewer !== null && roles.includes(viewer.role);
}

/** Students see themselves, faculty the students of their own university, admins everyone. */
export function canViewStudent(viewer: Viewer | null, student: StudentScope): boolean {
  if (!viewer) return false;
  switch (viewer.role) {
    case "admin":
      return true;
    case "faculty":
      return viewer.universityId !== null && viewer.universityId === student.universityId;
    case "student":
      return viewer.studentId === student.id;
  }
}

/** Faculty see the teams and cohorts of their own university; admins all. */
export function canViewUniversity(viewer: Viewer | null, universityId: number): boolean {
  if (!viewer) return false;
  if (viewer.role === "admin") return true;
  return viewer.role === "faculty" && viewer.universityId === universityId;
}

/** What each role may change. Module and prerequisite edits are shared with faculty. */
export const WRITE_PERMISSIONS = {
  "imports.run": ["admin"],
  "users.manage": ["admin"],
  "cadence.correct": ["admin"],
  "modules.edit": ["faculty", "admin"],
  "prerequisites.edit": ["faculty", "admin"],
} as const satisfies Record<string, readonly Role[]>;
export type WritePermission = keyof typeof WRITE_PERMISSIONS;

export function can(viewer: Viewer | null, permission: WritePermission): viewer is Viewer {
  return hasRole(viewer, WRITE_PERMISSIONS[permission]);
}

/** Leaderboards: a student's name shows only if they opted in, or to staff who may see them. */
export function leaderboardName(
  viewer: Viewer | null,
  student: StudentScope & { name: string; publicLeaderboard: boolean },
): string {
  if (student.publicLeaderboard || canViewStudent(viewer, student)) return student.name;
  return "Anonymous student";
}
