import { hasRole, type Role, type Viewer } from "../../app/lib/auth/roles";

/**
 * Every read in db/queries takes the viewer and checks it here, so a page that forgot its own
 * check still cannot read what its visitor may not see.
 */
export class AccessDenied extends Error {
  override name = "AccessDenied";
  constructor() {
    super("Not allowed.");
  }
}

export const ANY_ROLE: readonly Role[] = ["student", "faculty", "admin"];

export function assertRole(viewer: Viewer | null, roles: readonly Role[]): asserts viewer is Viewer {
  if (!hasRole(viewer, roles)) throw new AccessDenied();
}
