"use client";

import { useActionState, useEffect, useId, useRef, useState } from "react";
import { restoreVersion, type RestoreVersionState } from "@/app/(app)/modules/[slug]/history/actions";
import { primaryButton, secondaryButton } from "@/components/modules/labels";

const idle: RestoreVersionState = { status: "idle" };

/**
 * "Restore this version", then a second step that says what will happen and asks for the
 * confirming click (with an optional note for the change description). Cancel puts the focus
 * back on the first button.
 */
export function RestoreVersionForm({ slug, versionNumber, currentVersion }: { slug: string; versionNumber: string; currentVersion: string | null }) {
  const [confirming, setConfirming] = useState(false);
  const [state, action, pending] = useActionState(async (previous: RestoreVersionState, formData: FormData) => {
    const next = await restoreVersion(previous, formData);
    if (next.status === "success") setConfirming(false);
    return next;
  }, idle);
  const id = useId();
  const openButton = useRef<HTMLButtonElement>(null);
  const explanation = useRef<HTMLParagraphElement>(null);
  const wasConfirming = useRef(false);

  useEffect(() => {
    if (confirming) explanation.current?.focus();
    else if (wasConfirming.current) openButton.current?.focus();
    wasConfirming.current = confirming;
  }, [confirming]);

  return (
    <div className="space-y-2">
      {confirming ? (
        <form action={action} aria-labelledby={`${id}-explain`} className="space-y-3 rounded-md border border-amber-300 bg-amber-50 p-3">
          <p id={`${id}-explain`} ref={explanation} tabIndex={-1} className="text-sm">
            Restoring makes a <strong>new version</strong> with the content of version {versionNumber}. Version {currentVersion ?? "—"} and every
            other version stay in the history.
          </p>
          <input type="hidden" name="slug" value={slug} />
          <input type="hidden" name="versionNumber" value={versionNumber} />
          <input type="hidden" name="baseVersion" value={currentVersion ?? ""} />
          <input type="hidden" name="confirm" value="yes" />
          <div className="space-y-1">
            <label htmlFor={`${id}-note`} className="block text-sm font-medium">
              Note for the change description <span className="font-normal text-muted">(optional)</span>
            </label>
            <textarea
              id={`${id}-note`}
              name="note"
              rows={2}
              maxLength={1000}
              aria-describedby={state.fieldErrors?.note ? `${id}-note-error` : undefined}
              aria-invalid={state.fieldErrors?.note ? true : undefined}
              className="w-full rounded-md border border-line bg-white px-3 py-2 text-base"
            />
            {state.fieldErrors?.note ? (
              <p id={`${id}-note-error`} className="text-sm text-bad">
                {state.fieldErrors.note[0]}
              </p>
            ) : null}
          </div>
          <div className="flex flex-wrap gap-2">
            <button type="submit" disabled={pending} className={primaryButton}>
              {pending ? "Restoring…" : `Yes, restore version ${versionNumber}`}
            </button>
            <button type="button" disabled={pending} onClick={() => setConfirming(false)} className={secondaryButton}>
              Cancel
            </button>
          </div>
        </form>
      ) : (
        <button ref={openButton} type="button" onClick={() => setConfirming(true)} className={secondaryButton}>
          Restore this version<span className="sr-only"> ({versionNumber})</span>
        </button>
      )}
      <p role="status" className="text-sm text-ok">
        {state.status === "success" ? state.message : null}
      </p>
      {state.status === "error" && state.message ? (
        <p role="alert" className="rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm text-bad">
          {state.message}
        </p>
      ) : null}
    </div>
  );
}
