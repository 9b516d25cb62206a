"use client";

import Link from "next/link";
import { startTransition, useActionState, useDeferredValue, useEffect, useMemo, useRef, useState, type FormEvent } from "react";
import { saveModule, type SaveModuleState } from "@/app/(app)/modules/[slug]/edit/actions";
import { diffSpecs, nextVersion, suggestBump, type Bump } from "@/app/lib/domain/module-diff";
import type { ModuleSpec } from "@/app/lib/domain/module-spec";
import { linkClass, primaryButton } from "@/components/modules/labels";
import { CheckpointFields } from "./checkpoint-fields";
import { FieldErrorsContext, type StructureNote } from "./controls";
import { ErrorSummary } from "./error-summary";
import { fieldId, type FieldErrors } from "./field-errors";
import { draftFromSpec, draftProblems, specFromDraft, type ModuleDraft } from "./form-state";
import { MetadataFields } from "./metadata-fields";
import { ModulePreview } from "./module-preview";
import { SectionFields } from "./section-fields";
import { VersionFields } from "./version-fields";

const idle: SaveModuleState = { status: "idle" };

type Outcome =
  | { kind: "error"; message: string; reason?: SaveModuleState["reason"]; fields: boolean }
  | { kind: "success"; message: string }
  | null;

/** Paths whose error a change at `path` may have fixed: the field and the groups around it. */
function withAncestors(path: string): string[] {
  const parts = path.split(".");
  return parts.map((_, i) => parts.slice(0, i + 1).join("."));
}

/**
 * The authoring form with its live preview. Every control is controlled: the draft lives here,
 * not in the DOM, so a refused save keeps every edit and a successful one moves the base (what
 * the diff and the next version are computed from) to the version just saved.
 */
export function ModuleEditor({
  slug,
  baseSpec,
  baseVersion: initialBaseVersion,
  startingSpec,
}: {
  slug: string;
  /** The current version's spec; null when the module has none yet. */
  baseSpec: ModuleSpec | null;
  baseVersion: string | null;
  /** What the form starts from: the base, or for a module without a version, its catalogue details. */
  startingSpec: ModuleSpec;
}) {
  const [draft, setDraft] = useState<ModuleDraft>(() => draftFromSpec(startingSpec));
  const [base, setBase] = useState(baseSpec);
  const [baseVersion, setBaseVersion] = useState(initialBaseVersion);
  const [bumpChoice, setBumpChoice] = useState<Bump | null>(null);
  const [changeDescription, setChangeDescription] = useState("");
  const [errors, setErrors] = useState<FieldErrors>({});
  const [outcome, setOutcome] = useState<Outcome>(null);
  const [view, setView] = useState<"form" | "preview">("form");
  const [authorView, setAuthorView] = useState(false);
  const [announcement, setAnnouncement] = useState("");
  const summaryRef = useRef<HTMLDivElement>(null);
  const pendingFocus = useRef<string | null>(null);

  const spec = useMemo(() => specFromDraft(draft), [draft]);
  const previewSpec = useDeferredValue(spec);
  const diff = useMemo(() => (base ? diffSpecs(base, spec) : null), [base, spec]);
  const suggested = diff ? suggestBump(diff) : "patch";
  const bump = bumpChoice ?? suggested;

  const [, formAction, pending] = useActionState(async (previous: SaveModuleState, formData: FormData) => {
    const next = await saveModule(previous, formData);
    if (next.status === "success" && next.savedSpec && next.versionNumber) {
      setBase(next.savedSpec);
      setBaseVersion(next.versionNumber);
      setBumpChoice(null);
      setChangeDescription("");
      setErrors({});
      setOutcome({ kind: "success", message: next.message ?? `Saved as version ${next.versionNumber}.` });
    } else if (next.status === "error") {
      setErrors(next.fieldErrors ?? {});
      setOutcome({ kind: "error", message: next.message ?? "Try again.", reason: next.reason, fields: Object.keys(next.fieldErrors ?? {}).length > 0 });
      setView("form");
    }
    return next;
  }, idle);

  useEffect(() => {
    if (outcome?.kind === "error") summaryRef.current?.focus();
  }, [outcome]);

  useEffect(() => {
    const path = pendingFocus.current;
    pendingFocus.current = null;
    if (path) document.getElementById(fieldId(path))?.focus();
  }, [draft]);

  const clearErrors = (path: string) => {
    const fixed = withAncestors(path).filter((p) => errors[p]);
    if (fixed.length > 0) setErrors(Object.fromEntries(Object.entries(errors).filter(([p]) => !fixed.includes(p))));
  };

  const onDraft = (next: ModuleDraft, path: string) => {
    setDraft(next);
    clearErrors(path);
  };

  const onStructure = (next: ModuleDraft, note?: StructureNote) => {
    setDraft(next);
    // Positions moved, so the last save's errors would point at the wrong items.
    if (Object.keys(errors).length > 0) {
      setErrors({});
      setOutcome(null);
    }
    if (note?.announce) setAnnouncement(note.announce);
    if (note?.focus) pendingFocus.current = note.focus;
  };

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const problems = draftProblems(draft);
    if (Object.keys(problems).length > 0) {
      const count = Object.values(problems).reduce((n, list) => n + list.length, 0);
      setErrors(problems);
      setOutcome({ kind: "error", message: count === 1 ? "One thing needs fixing." : `${count} things need fixing.`, fields: true });
      return;
    }
    const formData = new FormData(event.currentTarget);
    setOutcome(null);
    startTransition(() => formAction(formData));
  };

  const listed = Object.values(errors).some((list) => list.length > 0);

  return (
    <FieldErrorsContext.Provider value={errors}>
      <div className="space-y-6">
        {outcome?.kind === "error" ? (
          <ErrorSummary
            summaryRef={summaryRef}
            message={outcome.message}
            errors={errors}
            extra={
              outcome.reason === "conflict" ? (
                <p>
                  Your edits are still here. Copy what you want to keep, then{" "}
                  {/* A full load on purpose: a client navigation would keep this form's state. */}
                  <a href={`/modules/${slug}/edit`} className={linkClass}>
                    reload the latest version
                  </a>{" "}
                  or compare in the{" "}
                  <Link href={`/modules/${slug}/history`} className={linkClass}>
                    history
                  </Link>
                  .
                </p>
              ) : outcome.fields && !listed ? (
                <p>Fixed? Save again to check.</p>
              ) : null
            }
          />
        ) : null}

        <div role="group" aria-label="Show on this screen" className="flex gap-2 lg:hidden">
          {(["form", "preview"] as const).map((option) => (
            <button
              key={option}
              type="button"
              aria-pressed={view === option}
              aria-controls={option === "form" ? "module-form" : "module-preview"}
              onClick={() => setView(option)}
              className="flex-1 rounded-md border border-line bg-white px-3 py-2 font-semibold aria-pressed:border-brand aria-pressed:bg-brand aria-pressed:text-white"
            >
              {option === "form" ? "Edit" : "Preview"}
            </button>
          ))}
        </div>

        <div className="grid items-start gap-8 lg:grid-cols-2">
          <form id="module-form" onSubmit={onSubmit} noValidate aria-label="Edit the module" className={`min-w-0 space-y-8 ${view === "form" ? "" : "hidden lg:block"}`}>
            <input type="hidden" name="slug" value={slug} />
            <input type="hidden" name="spec" value={JSON.stringify(spec)} />
            <input type="hidden" name="bump" value={bump} />
            <input type="hidden" name="baseVersion" value={baseVersion ?? ""} />
            <MetadataFields draft={draft} onChange={(change) => onDraft({ ...draft, ...change }, Object.keys(change)[0] ?? "")} />
            <SectionFields draft={draft} onDraft={onDraft} onStructure={onStructure} />
            <CheckpointFields draft={draft} onDraft={onDraft} onStructure={onStructure} />
            <VersionFields
              baseVersion={baseVersion}
              diff={diff}
              suggested={suggested}
              bump={bump}
              onBump={(choice) => {
                setBumpChoice(choice);
                clearErrors("bump");
              }}
              changeDescription={changeDescription}
              onChangeDescription={(text) => {
                setChangeDescription(text);
                clearErrors("changeDescription");
              }}
            />
            <div className="space-y-2 border-t border-line pt-4">
              <button type="submit" disabled={pending} className={primaryButton}>
                {pending ? "Saving…" : `Save as version ${nextVersion(baseVersion, bump)}`}
              </button>
              <p role="status" className="min-h-5 text-sm font-medium text-ok">
                {outcome?.kind === "success" ? outcome.message : null}
              </p>
            </div>
          </form>

          <section
            id="module-preview"
            aria-labelledby="preview-heading"
            tabIndex={0}
            className={`min-w-0 space-y-4 rounded-lg border border-line bg-canvas p-4 lg:sticky lg:top-4 lg:max-h-[calc(100vh-2rem)] lg:overflow-y-auto ${
              view === "preview" ? "" : "hidden lg:block"
            }`}
          >
            <div className="flex flex-wrap items-center justify-between gap-3">
              <h2 id="preview-heading" className="text-xl font-semibold">
                Preview
              </h2>
              <label className="flex items-center gap-2 text-sm font-medium">
                <input type="checkbox" checked={authorView} onChange={(event) => setAuthorView(event.target.checked)} className="size-4 accent-brand" />
                Author view: show answers
              </label>
            </div>
            <p className="text-sm text-muted">
              {authorView ? "Answers and explanations are shown; students see them only after submitting a checkpoint." : "As students see it while taking the module."}
            </p>
            <ModulePreview spec={previewSpec} authorView={authorView} />
          </section>
        </div>
        <p aria-live="polite" className="sr-only">
          {announcement}
        </p>
      </div>
    </FieldErrorsContext.Provider>
  );
}
