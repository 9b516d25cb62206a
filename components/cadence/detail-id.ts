/** The numeric id of a detail URL, or null for anything else (`/cadence/tasks/abc`, `/cadence/tasks/0`). */
export function parseDetailId(raw: string): number | null {
  if (!/^[1-9]\d{0,9}$/.test(raw)) return null;
  const id = Number(raw);
  return id <= 2_147_483_647 ? id : null;
}
