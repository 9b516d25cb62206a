import type { LinkableStudent } from "@/db/queries/users";
import { studentOptionLabel } from "./labels";

/** Unlinked students as options, grouped by university so a long list stays scannable. */
export function StudentOptions({ students }: { students: LinkableStudent[] }) {
  // Not Map.groupBy: Node 20 (our minimum) lacks it.
  const byUniversity = new Map<string, LinkableStudent[]>();
  for (const s of students) byUniversity.set(s.university, [...(byUniversity.get(s.university) ?? []), s]);
  return [...byUniversity].map(([university, list]) => (
    <optgroup key={university} label={`Students · ${university}`}>
      {list.map((s) => (
        <option key={s.id} value={`student:${s.id}`}>
          {studentOptionLabel(s)}
        </option>
      ))}
    </optgroup>
  ));
}
