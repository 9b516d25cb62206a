import { SUBSYSTEM_LABELS } from "@/app/lib/domain/vocabulary";
import { getViewer } from "@/app/lib/session";
import {
  getCorrectionNotes,
  getMergeForm,
  getSubsystemForm,
  getTaskCorrectionForm,
  type SubsystemEntity,
} from "@/db/cadence/corrections";
import type { CorrectableEntity } from "@/db/schema/corrections";
import { ENTITY_WORDS, FIELD_LABELS, formatDay, valueLabel } from "./correction-labels";
import { MergePersonForm, SubsystemCorrectionForm, TaskCorrectionForm } from "./correction-forms";

/**
 * Correction widgets for the CADENCE detail pages. The forms render nothing unless the viewer is
 * an admin (the actions check again); `CorrectedFields` tells everyone what an admin changed.
 */

async function adminViewer() {
  const viewer = await getViewer();
  return viewer?.role === "admin" ? viewer : null;
}

function Panel({ id, title, intro, children }: { id: string; title: string; intro: string; children: React.ReactNode }) {
  return (
    <section aria-labelledby={id} className="space-y-3 rounded-lg border border-amber-200 bg-amber-50/40 p-4">
      <div className="space-y-1">
        <h2 id={id} className="text-lg font-semibold">
          {title}
        </h2>
        <p className="text-sm text-muted">{intro}</p>
      </div>
      {children}
    </section>
  );
}

const KEPT = "Corrections are kept when the Notion export is imported again.";

export async function TaskCorrections({ taskId }: { taskId: number }) {
  const viewer = await adminViewer();
  if (!viewer) return null;
  const form = await getTaskCorrectionForm(viewer, taskId);
  if (!form) return null;
  return (
    <Panel id={`correct-task-${taskId}`} title="Correct this task" intro={`Admin only. ${KEPT}`}>
      <TaskCorrectionForm
        task={{
          taskId: form.taskId,
          title: form.title,
          status: form.status,
          dueDate: form.dueDate,
          assignee: form.assignee,
          project: form.project,
          subsystemLabel: form.subsystem ? SUBSYSTEM_LABELS[form.subsystem] : null,
          people: form.people,
          projects: form.projects,
        }}
      />
    </Panel>
  );
}

export async function SubsystemCorrection({ entity, recordId }: { entity: SubsystemEntity; recordId: number }) {
  const viewer = await adminViewer();
  if (!viewer) return null;
  const form = await getSubsystemForm(viewer, entity, recordId);
  if (!form) return null;
  return (
    <Panel id={`correct-subsystem-${entity}-${recordId}`} title="Correct the subsystem" intro={`Admin only. ${KEPT}`}>
      <SubsystemCorrectionForm entity={entity} recordId={recordId} title={form.title} subsystem={form.subsystem} />
    </Panel>
  );
}

export async function MergePerson({ personId }: { personId: number }) {
  const viewer = await adminViewer();
  if (!viewer) return null;
  const form = await getMergeForm(viewer, personId);
  if (!form) return null;
  return (
    <Panel
      id={`merge-person-${personId}`}
      title="Merge into another person"
      intro={`Admin only. For a duplicate: ${form.name} is replaced by the person you keep everywhere, and a re-import maps ${form.name} onto them instead of adding them again.`}
    >
      <MergePersonForm personId={personId} name={form.name} candidates={form.candidates} />
    </Panel>
  );
}

/** Which fields of this record an admin corrected, and when (and, for a person, who was merged in). */
export async function CorrectedFields({ entity, recordId }: { entity: CorrectableEntity; recordId: number }) {
  const viewer = await getViewer();
  if (!viewer) return null;
  const notes = await getCorrectionNotes(viewer, entity, recordId);
  if (notes.fields.length === 0 && notes.merged.length === 0) return null;
  return (
    <aside aria-label={`Corrections of this ${ENTITY_WORDS[entity]}`} className="space-y-1 rounded-md border border-line bg-white px-3 py-2 text-sm">
      {notes.fields.length > 0 && (
        <>
          <p className="font-semibold">Corrected by an admin</p>
          <ul className="space-y-0.5">
            {notes.fields.map((f) => (
              <li key={f.field}>
                {FIELD_LABELS[f.field] ?? f.field}: <span className="font-medium">{valueLabel(f.field, f.value)}</span>{" "}
                <span className="text-muted">
                  (corrected <time dateTime={f.correctedAt}>{formatDay(f.correctedAt)}</time>; kept over the Notion export)
                </span>
              </li>
            ))}
          </ul>
        </>
      )}
      {notes.merged.length > 0 && (
        <>
          <p className="font-semibold">Merged into this person by an admin</p>
          <ul className="space-y-0.5">
            {notes.merged.map((m, i) => (
              <li key={i}>
                {m.name}{" "}
                <span className="text-muted">
                  (<time dateTime={m.mergedAt}>{formatDay(m.mergedAt)}</time>)
                </span>
              </li>
            ))}
          </ul>
        </>
      )}
    </aside>
  );
}
