import "server-only";
import { cache } from "react";
import { forbidden, notFound, redirect } from "next/navigation";
import { auth } from "@/auth";
import { loadViewer } from "@/db/queries/auth";
import { canViewStudent, hasRole, type Role, type StudentScope, type Viewer, can, type WritePermission } from "./auth/roles";

/** The signed-in viewer for this request, read once per request; null when anonymous. */
export const getViewer = cache(async (): Promise<Viewer | null> => {
  const session = await auth();
  const userId = session?.user?.id;
  return userId ? loadViewer(userId) : null;
});

/** For pages: anonymous visitors go to sign in (with a way back). */
export async function requireViewer(callbackPath?: string): Promise<Viewer> {
  const viewer = await getViewer();
  if (!viewer) redirect(callbackPath ? `/login?callbackUrl=${encodeURIComponent(callbackPath)}` : "/login");
  return viewer;
}

/** For pages and actions: a signed-in viewer of one of these roles, else 403. */
export async function requireRole(...roles: Role[]): Promise<Viewer> {
  const viewer = await requireViewer();
  if (!hasRole(viewer, roles)) forbidden();
  return viewer;
}

export async function requirePermission(permission: WritePermission): Promise<Viewer> {
  const viewer = await requireViewer();
  if (!can(viewer, permission)) forbidden();
  return viewer;
}

/**
 * The student themself, faculty of their university, or an admin. Anyone else gets the same
 * 404 as for a student that does not exist, so the answer leaks nothing.
 */
export async function requireStudentSelfOrFaculty(student: StudentScope | null): Promise<Viewer> {
  const viewer = await requireViewer();
  if (!student || !canViewStudent(viewer, student)) notFound();
  return viewer;
}

/** For route handlers: the viewer, or the JSON response to send instead (401 / 403). */
export async function viewerForApi(roles: Role[]): Promise<{ viewer: Viewer; response?: never } | { viewer?: never; response: Response }> {
  const viewer = await getViewer();
  if (!viewer) return { response: Response.json({ error: "Sign in first." }, { status: 401 }) };
  if (!hasRole(viewer, roles)) return { response: Response.json({ error: "You are not allowed to do this." }, { status: 403 }) };
  return { viewer };
}
