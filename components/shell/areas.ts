import type { Role } from "@/app/lib/auth/roles";

/**
 * The product's areas, in navigation order. An area appears only once its pages exist
 * (`ready`) and only to the roles that may open it, so nobody is sent to an empty or
 * forbidden page.
 */
export interface Area {
  href: string;
  label: string;
  ready: boolean;
  roles: readonly Role[];
}

const EVERYONE: readonly Role[] = ["student", "faculty", "admin"];

export const AREAS: readonly Area[] = [
  { href: "/", label: "Overview", ready: true, roles: EVERYONE },
  { href: "/modules", label: "Modules", ready: true, roles: EVERYONE },
  { href: "/paths", label: "Learning path", ready: true, roles: EVERYONE },
  { href: "/me", label: "My progress", ready: true, roles: ["student"] },
  { href: "/cohorts", label: "Cohorts", ready: true, roles: ["faculty", "admin"] },
  { href: "/cadence", label: "CADENCE explorer", ready: true, roles: EVERYONE },
  { href: "/races", label: "Races", ready: true, roles: EVERYONE },
  { href: "/agent-log", label: "Agent log", ready: true, roles: EVERYONE },
  { href: "/admin", label: "Admin", ready: true, roles: ["admin"] },
];

export function navigationAreas(role: Role): Area[] {
  return AREAS.filter((a) => a.ready && a.roles.includes(role));
}
