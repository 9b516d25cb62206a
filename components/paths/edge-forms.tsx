"use client";

import { startTransition, useActionState, useEffect, useRef, useState, type FormEvent } from "react";
import type { PrerequisiteActionState } from "@/app/(app)/paths/actions";
import { SUBSYSTEM_LABELS, SUBSYSTEMS, type Subsystem } from "@/app/lib/domain/vocabulary";
import { primaryButton, secondaryButton } from "@/components/modules/labels";
import type { PrerequisiteModuleChoice } from "@/db/queries/paths";

type EdgeAction = (previous: PrerequisiteActionState, formData: FormData) => Promise<PrerequisiteActionState>;

const idle: PrerequisiteActionState = { status: "idle" };
const selectClass = "w-full rounded-md border border-line bg-white px-3 py-2 text-base";

/** An existing edge as the removal list offers it. */
export interface EdgeChoice {
  moduleSlug: string;
  moduleTitle: string;
  moduleSubsystem: Subsystem;
  prerequisiteSlug: string;
  prerequisiteTitle: string;
  required: boolean;
}

/**
 * Add "module needs prerequisite", required or recommended. The same pair again with the other
 * kind changes it. Submitted by hand so a refused choice stays on screen (a form action resets).
 */
export function AddEdgeForm({ modules, action }: { modules: PrerequisiteModuleChoice[]; action: EdgeAction }) {
  const [state, formAction, pending] = useActionState(action, idle);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formData = new FormData(event.currentTarget);
    startTransition(() => formAction(formData));
  }

  return (
    <form action={formAction} onSubmit={onSubmit} noValidate aria-labelledby="add-edge-heading" className="space-y-4 rounded-lg border border-line bg-white p-4 shadow-sm">
      <h3 id="add-edge-heading" className="text-lg font-semibold">
        Add a prerequisite
      </h3>
      <div className="grid gap-4 md:grid-cols-2">
        <ModuleSelect id="edge-module" name="module" label="Module" hint="The module that will need the prerequisite." modules={modules} error={state.fieldErrors?.module?.[0]} />
        <ModuleSelect
          id="edge-prerequisite"
          name="prerequisite"
          label="Needs (its prerequisite)"
          hint="The module to take first."
          modules={modules}
          error={state.fieldErrors?.prerequisite?.[0]}
        />
      </div>
      <fieldset className="space-y-1">
        <legend className="text-sm font-medium">Kind</legend>
        <div className="flex flex-wrap gap-x-6 gap-y-1">
          <label className="flex items-center gap-2">
            <input type="radio" name="kind" value="required" defaultChecked /> Required: locks the module until it is mastered
          </label>
          <label className="flex items-center gap-2">
            <input type="radio" name="kind" value="recommended" /> Recommended: suggested order only
          </label>
        </div>
        <p className="text-sm text-muted">Choosing a pair that already exists with the other kind changes its kind.</p>
      </fieldset>
      <button type="submit" disabled={pending} className={primaryButton}>
        Add prerequisite
      </button>
      <EdgeStatus state={state} />
    </form>
  );
}

function ModuleSelect({
  id,
  name,
  label,
  hint,
  modules,
  error,
}: {
  id: string;
  name: string;
  label: string;
  hint: string;
  modules: PrerequisiteModuleChoice[];
  error?: string;
}) {
  return (
    <div className="min-w-0 space-y-1">
      <label htmlFor={id} className="block text-sm font-medium">
        {label}
      </label>
      <select
        id={id}
        name={name}
        defaultValue=""
        aria-invalid={error ? true : undefined}
        aria-describedby={`${id}-hint${error ? ` ${id}-error` : ""}`}
        className={selectClass}
      >
        <option value="">Choose a module</option>
        {SUBSYSTEMS.map((subsystem) => {
          const group = modules.filter((m) => m.subsystem === subsystem);
          return group.length === 0 ? null : (
            <optgroup key={subsystem} label={SUBSYSTEM_LABELS[subsystem]}>
              {group.map((m) => (
                <option key={m.slug} value={m.slug}>
                  {m.title}
                  {m.moduleStatus === "published" ? "" : ` (${m.moduleStatus})`}
                </option>
              ))}
            </optgroup>
          );
        })}
      </select>
      <p id={`${id}-hint`} className="text-sm text-muted">
        {hint}
      </p>
      {error ? (
        <p id={`${id}-error`} className="text-sm text-bad">
          {error}
        </p>
      ) : null}
    </div>
  );
}

/**
 * Remove an edge chosen from those in the view. When removing it would strand modules, the
 * first submit names them and nothing is removed; "Remove anyway" sends the same edge again
 * with confirm=yes.
 */
export function RemoveEdgeForm({ edges, action }: { edges: EdgeChoice[]; action: EdgeAction }) {
  const [state, formAction, pending] = useActionState(action, idle);
  const [asked, setAsked] = useState<{ module: string; prerequisite: string } | null>(null);
  const [dismissed, setDismissed] = useState<PrerequisiteActionState | null>(null);
  const confirmRef = useRef<HTMLButtonElement>(null);
  const confirming = state.status === "confirm" && dismissed !== state && asked !== null;
  const unchosen = state.status === "error" && state.fieldErrors !== undefined;

  useEffect(() => {
    if (confirming) confirmRef.current?.focus();
  }, [confirming]);

  function submit(formData: FormData) {
    startTransition(() => formAction(formData));
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formData = new FormData(event.currentTarget);
    const [module = "", prerequisite = ""] = String(formData.get("edge") ?? "").split("|");
    setAsked({ module, prerequisite });
    const data = new FormData();
    data.set("module", module);
    data.set("prerequisite", prerequisite);
    submit(data);
  }

  function confirmRemoval() {
    if (!asked) return;
    const data = new FormData();
    data.set("module", asked.module);
    data.set("prerequisite", asked.prerequisite);
    data.set("confirm", "yes");
    submit(data);
  }

  // Remounted when the edges change, so a removed edge is not left selected.
  const optionsKey = edges.map((e) => `${e.moduleSlug}|${e.prerequisiteSlug}|${e.required}`).join(",");
  return (
    <form onSubmit={onSubmit} noValidate aria-labelledby="remove-edge-heading" className="space-y-4 rounded-lg border border-line bg-white p-4 shadow-sm">
      <h3 id="remove-edge-heading" className="text-lg font-semibold">
        Remove a prerequisite
      </h3>
      <div className="min-w-0 space-y-1">
        <label htmlFor="edge-remove" className="block text-sm font-medium">
          Prerequisite to remove
        </label>
        <select
          key={optionsKey}
          id="edge-remove"
          name="edge"
          defaultValue=""
          aria-invalid={unchosen ? true : undefined}
          aria-describedby={`edge-remove-hint${unchosen ? " edge-remove-error" : ""}`}
          className={selectClass}
        >
          <option value="">Choose a prerequisite</option>
          {SUBSYSTEMS.map((subsystem) => {
            const group = edges.filter((e) => e.moduleSubsystem === subsystem);
            return group.length === 0 ? null : (
              <optgroup key={subsystem} label={SUBSYSTEM_LABELS[subsystem]}>
                {group.map((e) => (
                  <option key={`${e.moduleSlug}|${e.prerequisiteSlug}`} value={`${e.moduleSlug}|${e.prerequisiteSlug}`}>
                    {e.moduleTitle} needs {e.prerequisiteTitle} ({e.required ? "required" : "recommended"})
                  </option>
                ))}
              </optgroup>
            );
          })}
        </select>
        <p id="edge-remove-hint" className="text-sm text-muted">
          The prerequisites in this view, by the subsystem of the module that needs them.
        </p>
        {unchosen ? (
          <p id="edge-remove-error" className="text-sm text-bad">
            Choose a prerequisite to remove.
          </p>
        ) : null}
      </div>
      <button type="submit" disabled={pending} className={secondaryButton}>
        Remove prerequisite
      </button>
      {confirming ? (
        <div className="space-y-3 rounded-md border border-amber-300 bg-amber-50 p-3 text-sm">
          <p id="edge-remove-warning">{state.message}</p>
          <div className="flex flex-wrap gap-2">
            <button
              ref={confirmRef}
              type="button"
              onClick={confirmRemoval}
              disabled={pending}
              aria-describedby="edge-remove-warning"
              className="whitespace-nowrap rounded-md border border-red-700 bg-red-700 px-4 py-2 font-semibold text-white hover:bg-red-800 disabled:opacity-60"
            >
              Remove anyway
            </button>
            <button type="button" onClick={() => setDismissed(state)} className={secondaryButton}>
              Keep it
            </button>
          </div>
        </div>
      ) : null}
      <EdgeStatus state={state} />
    </form>
  );
}

/** Success in a status region that is always there, so it is announced; an error as an alert. */
function EdgeStatus({ state }: { state: PrerequisiteActionState }) {
  return (
    <div className="text-sm">
      <p role="status" className="text-ok">
        {state.status === "success" ? state.message : null}
      </p>
      {state.status === "error" && state.message ? (
        <p role="alert" className="rounded-md border border-red-200 bg-red-50 px-3 py-2 text-bad">
          {state.message}
        </p>
      ) : null}
    </div>
  );
}
