import Link from "next/link";
import { formatCount } from "@/app/lib/imports/labels";

export interface ConflictItem {
  entity: string;
  recordId: number;
  title: string;
  field: string;
  exported: string;
  kept: string;
}

const FIELD_LABELS: Record<string, string> = {
  status: "status",
  assigneeId: "assignee",
  projectId: "project",
  dueDate: "due date",
  subsystem: "subsystem",
};

const ENTITY_PATHS: Record<string, string> = {
  person: "people",
  project: "projects",
  task: "tasks",
  meeting: "meetings",
  document: "documents",
};

/**
 * The admin corrections a run kept, and the ones Notion has changed since they were made: the
 * correction was kept all the same, so an admin decides whether to take the export's value.
 */
export function CorrectionConflicts({ kept, conflicts, total = conflicts.length }: { kept: number; conflicts: ConflictItem[]; total?: number }) {
  if (kept === 0 && total === 0) return null;
  return (
    <div className="space-y-2">
      <h3 className="font-semibold">
        {formatCount(kept)} admin {kept === 1 ? "correction" : "corrections"} kept; {formatCount(total)} {total === 1 ? "conflict" : "conflicts"}
        {total > 0 ? " with the export" : ""}
        {conflicts.length < total && <span className="font-normal text-muted"> (the first {formatCount(conflicts.length)} listed)</span>}
      </h3>
      {conflicts.length > 0 && (
        <>
          <p className="text-muted">
            Notion changed these corrected fields since an admin corrected them. The correction was kept; correct the record
            again to take the export&apos;s value.
          </p>
          <ul className="divide-y divide-line rounded-md border border-line bg-white">
            {conflicts.map((c, i) => (
              <li key={i} className="px-3 py-2 text-sm">
                {c.entity}{" "}
                {ENTITY_PATHS[c.entity] && c.recordId > 0 ? (
                  <Link href={`/cadence/${ENTITY_PATHS[c.entity]}/${c.recordId}`} className="font-semibold text-brand underline underline-offset-4">
                    &lsquo;{c.title || `#${c.recordId}`}&rsquo;
                  </Link>
                ) : (
                  <span className="font-semibold">&lsquo;{c.title || `#${c.recordId}`}&rsquo;</span>
                )}{" "}
                {FIELD_LABELS[c.field] ?? c.field} — export says <span className="font-mono">{c.exported}</span>, kept{" "}
                <span className="font-mono">{c.kept}</span>
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
