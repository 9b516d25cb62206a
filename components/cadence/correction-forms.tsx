"use client";

import { useActionState, useId } from "react";
import { correctTask, mergePeople, setRecordSubsystem, type CorrectionState } from "@/app/(app)/cadence/actions";
import { SUBSYSTEM_LABELS, SUBSYSTEMS, WORK_STATUSES, type Subsystem, type WorkStatus } from "@/app/lib/domain/vocabulary";
import { optionLabel, STATUS_LABELS } from "./correction-labels";

const idle: CorrectionState = { status: "idle" };

const control = "w-full rounded-md border border-line bg-white px-3 py-2 text-base";
const button =
  "rounded-md bg-brand px-4 py-2 text-sm font-semibold text-white hover:bg-brand-strong focus-visible:outline-2 focus-visible:outline-offset-2 disabled:opacity-60";

export interface Option {
  id: number;
  name: string;
}

export interface TaskFormData {
  taskId: number;
  title: string;
  status: WorkStatus | null;
  dueDate: string | null;
  assignee: Option | null;
  project: Option | null;
  subsystemLabel: string | null;
  people: Option[];
  projects: Option[];
}

/** The result of a form: a status region always there (so a success is announced), an error as an alert. */
function FormResult({ state, id }: { state: CorrectionState; id: string }) {
  return (
    <div id={id} className="text-sm">
      <p role="status" className="text-ok">
        {state.status === "success" ? state.message : null}
      </p>
      {state.status === "error" && state.message ? (
        <p role="alert" className="text-bad">
          {state.message}
        </p>
      ) : null}
    </div>
  );
}

/** Label, control, hint and error, tied together for screen readers. */
function Field({
  id,
  label,
  hint,
  error,
  children,
}: {
  id: string;
  label: string;
  hint?: string;
  error?: string;
  children: (describedBy: string | undefined, invalid: true | undefined) => React.ReactNode;
}) {
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block text-sm font-medium">
        {label}
      </label>
      {children(describedBy, error ? true : undefined)}
      {hint ? (
        <p id={`${id}-hint`} className="text-sm text-muted">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={`${id}-error`} className="text-sm text-bad">
          {error}
        </p>
      ) : null}
    </div>
  );
}

function firstError(state: CorrectionState, field: string): string | undefined {
  return state.status === "error" ? state.fieldErrors?.[field]?.[0] : undefined;
}

/**
 * What a control shows: what was sent when the save failed, else the saved value. Keyed by both,
 * since a default value applies only when the control mounts.
 */
function shown(state: CorrectionState, field: string, saved: string): string {
  return state.status === "error" && state.values && field in state.values ? state.values[field]! : saved;
}

export function TaskCorrectionForm({ task }: { task: TaskFormData }) {
  const [state, action, pending] = useActionState(correctTask, idle);
  const id = useId();
  const saved = {
    status: task.status ?? "unknown",
    assignee: task.assignee ? optionLabel(task.assignee) : "",
    project: task.project ? optionLabel(task.project) : "",
    dueDate: task.dueDate ?? "",
  };
  const value = (field: keyof typeof saved) => shown(state, field, saved[field]);
  const scope = task.subsystemLabel ? `${task.subsystemLabel} first` : "by name";
  return (
    <form action={action} className="space-y-4">
      <input type="hidden" name="taskId" value={task.taskId} />
      <div className="grid gap-4 sm:grid-cols-2">
        <Field id={`${id}-status`} label="Status" error={firstError(state, "status")}>
          {(describedBy, invalid) => (
            <select
              key={value("status")}
              id={`${id}-status`}
              name="status"
              defaultValue={value("status")}
              aria-describedby={describedBy}
              aria-invalid={invalid}
              className={control}
            >
              {WORK_STATUSES.map((s) => (
                <option key={s} value={s}>
                  {STATUS_LABELS[s]}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field id={`${id}-due`} label="Due date" hint="Leave empty for no due date." error={firstError(state, "dueDate")}>
          {(describedBy, invalid) => (
            <input
              key={value("dueDate")}
              id={`${id}-due`}
              name="dueDate"
              type="date"
              defaultValue={value("dueDate")}
              aria-describedby={describedBy}
              aria-invalid={invalid}
              className={control}
            />
          )}
        </Field>
        <Field
          id={`${id}-assignee`}
          label="Assignee"
          hint={`Start typing to pick from the suggestions (${scope}), or type a name or #id. Leave empty for no one.`}
          error={firstError(state, "assignee")}
        >
          {(describedBy, invalid) => (
            <>
              <input
                key={value("assignee")}
                id={`${id}-assignee`}
                name="assignee"
                type="text"
                list={`${id}-people`}
                autoComplete="off"
                defaultValue={value("assignee")}
                maxLength={300}
                aria-describedby={describedBy}
                aria-invalid={invalid}
                className={control}
              />
              <datalist id={`${id}-people`}>
                {task.people.map((p) => (
                  <option key={p.id} value={optionLabel(p)} />
                ))}
              </datalist>
            </>
          )}
        </Field>
        <Field
          id={`${id}-project`}
          label="Project"
          hint={`Pick from the suggestions (${scope}), or type a name or #id. Leave empty for none.`}
          error={firstError(state, "project")}
        >
          {(describedBy, invalid) => (
            <>
              <input
                key={value("project")}
                id={`${id}-project`}
                name="project"
                type="text"
                list={`${id}-projects`}
                autoComplete="off"
                defaultValue={value("project")}
                maxLength={300}
                aria-describedby={describedBy}
                aria-invalid={invalid}
                className={control}
              />
              <datalist id={`${id}-projects`}>
                {task.projects.map((p) => (
                  <option key={p.id} value={optionLabel(p)} />
                ))}
              </datalist>
            </>
          )}
        </Field>
      </div>
      <div className="flex flex-wrap items-center gap-3">
        <button type="submit" disabled={pending} className={button}>
          {pending ? "Saving…" : "Save corrections"}
        </button>
        <FormResult state={state} id={`${id}-result`} />
      </div>
    </form>
  );
}

export function SubsystemCorrectionForm({
  entity,
  recordId,
  title,
  subsystem,
}: {
  entity: "person" | "project" | "document";
  recordId: number;
  title: string;
  subsystem: Subsystem | null;
}) {
  const [state, action, pending] = useActionState(setRecordSubsystem, idle);
  const id = useId();
  const value = shown(state, "subsystem", subsystem ?? "");
  return (
    <form action={action} className="space-y-3">
      <input type="hidden" name="entity" value={entity} />
      <input type="hidden" name="recordId" value={recordId} />
      <div className="flex flex-wrap items-end gap-3">
        <div className="min-w-48 flex-1 sm:max-w-xs">
          <Field id={`${id}-subsystem`} label={`Subsystem of ${title}`} error={firstError(state, "subsystem")}>
            {(describedBy, invalid) => (
              <select
                key={value}
                id={`${id}-subsystem`}
                name="subsystem"
                defaultValue={value}
                aria-describedby={describedBy}
                aria-invalid={invalid}
                className={control}
              >
                <option value="">None</option>
                {SUBSYSTEMS.map((s) => (
                  <option key={s} value={s}>
                    {SUBSYSTEM_LABELS[s]}
                  </option>
                ))}
              </select>
            )}
          </Field>
        </div>
        <button type="submit" disabled={pending} className={button}>
          {pending ? "Saving…" : "Save subsystem"}
        </button>
      </div>
      <FormResult state={state} id={`${id}-result`} />
    </form>
  );
}

export function MergePersonForm({ personId, name, candidates }: { personId: number; name: string; candidates: Option[] }) {
  const [state, action, pending] = useActionState(mergePeople, idle);
  const id = useId();
  const into = shown(state, "into", "");
  const confirmError = firstError(state, "confirm");
  return (
    <form action={action} className="space-y-4">
      <input type="hidden" name="personId" value={personId} />
      <Field
        id={`${id}-into`}
        label="Person to keep"
        hint="Likely duplicates are suggested first; you can also type a name or #id."
        error={firstError(state, "into")}
      >
        {(describedBy, invalid) => (
          <>
            <input
              key={into}
              id={`${id}-into`}
              name="into"
              type="text"
              list={`${id}-people`}
              autoComplete="off"
              defaultValue={into}
              maxLength={300}
              aria-describedby={describedBy}
              aria-invalid={invalid}
              className={`${control} sm:max-w-md`}
            />
            <datalist id={`${id}-people`}>
              {candidates.map((p) => (
                <option key={p.id} value={optionLabel(p)} />
              ))}
            </datalist>
          </>
        )}
      </Field>
      <div className="space-y-1">
        <div className="flex items-start gap-2">
          <input
            id={`${id}-confirm`}
            name="confirm"
            type="checkbox"
            value="yes"
            aria-invalid={confirmError ? true : undefined}
            aria-describedby={confirmError ? `${id}-confirm-error` : undefined}
            className="mt-1 h-4 w-4 shrink-0"
          />
          <label htmlFor={`${id}-confirm`} className="text-sm">
            I understand that {name} will be deleted, and their tasks, projects, meeting attendance and corrections will
            move to the person I keep. This cannot be undone from here.
          </label>
        </div>
        {confirmError ? (
          <p id={`${id}-confirm-error`} className="text-sm text-bad">
            {confirmError}
          </p>
        ) : null}
      </div>
      <div className="flex flex-wrap items-center gap-3">
        <button type="submit" disabled={pending} className={button}>
          {pending ? "Merging…" : `Merge ${name}`}
        </button>
        <FormResult state={state} id={`${id}-result`} />
      </div>
    </form>
  );
}
