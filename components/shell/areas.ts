/**
 * The product's areas, in navigation order. An area appears in the navigation only once its
 * pages exist (`ready`), so nobody is sent to an empty page.
 */
export interface Area {
  href: string;
  label: string;
  ready: boolean;
}

export const AREAS: readonly Area[] = [
  { href: "/", label: "Overview", ready: true },
  { href: "/me", label: "My progress", ready: false },
  { href: "/cohorts", label: "Cohorts", ready: false },
  { href: "/cadence", label: "CADENCE explorer", ready: false },
  { href: "/races", label: "Races", ready: false },
  { href: "/agent-log", label: "Agent log", ready: false },
  { href: "/admin", label: "Admin", ready: false },
];

export function navigationAreas(): Area[] {
  return AREAS.filter((a) => a.ready);
}
