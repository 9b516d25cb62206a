"use client";

import { useActionState } from "react";
import { setModuleStatus, type ModuleStatusState } from "@/app/(app)/modules/[slug]/edit/actions";
import type { ModuleStatus } from "@/app/lib/domain/vocabulary";
import { primaryButton, secondaryButton } from "@/components/modules/labels";

const idle: ModuleStatusState = { status: "idle" };

export const MODULE_STATUS_LABELS: Record<ModuleStatus, string> = { draft: "Draft", published: "Published", archived: "Archived" };

const MEANING: Record<ModuleStatus, string> = {
  draft: "Students do not see it until it is published.",
  published: "Students see it in the catalogue and can take it.",
  archived: "Kept with its history, hidden from students.",
};

const STYLE: Record<ModuleStatus, string> = {
  draft: "border-amber-200 bg-amber-50 text-warn",
  published: "border-green-200 bg-green-50 text-ok",
  archived: "border-line bg-canvas text-muted",
};

/** What each status can change to, and the button's words. */
const MOVES: Record<ModuleStatus, { to: ModuleStatus; label: string }[]> = {
  draft: [
    { to: "published", label: "Publish" },
    { to: "archived", label: "Archive" },
  ],
  published: [
    { to: "draft", label: "Back to draft" },
    { to: "archived", label: "Archive" },
  ],
  archived: [
    { to: "draft", label: "Back to draft" },
    { to: "published", label: "Publish" },
  ],
};

export function StatusBadge({ status }: { status: ModuleStatus }) {
  return <span className={`inline-flex rounded-full border px-2 py-0.5 text-sm font-semibold ${STYLE[status]}`}>{MODULE_STATUS_LABELS[status]}</span>;
}

/**
 * The module's status and the moves from it. The status applies to the saved current version,
 * so `publishProblems` are those of the saved spec, not of unsaved edits below.
 */
export function StatusControls({ slug, status, publishProblems }: { slug: string; status: ModuleStatus; publishProblems: string[] }) {
  const [state, action, pending] = useActionState(setModuleStatus, idle);
  return (
    <section aria-labelledby="status-heading" className="space-y-3 rounded-lg border border-line bg-white p-4 shadow-sm">
      <div className="flex flex-wrap items-center gap-3">
        <h2 id="status-heading" className="text-lg font-semibold">
          Status
        </h2>
        <StatusBadge status={status} />
        <p className="text-sm text-muted">{MEANING[status]}</p>
      </div>
      <div className="flex flex-wrap gap-3">
        {MOVES[status].map((move) => (
          <form key={move.to} action={action}>
            <input type="hidden" name="slug" value={slug} />
            <input type="hidden" name="status" value={move.to} />
            <button
              type="submit"
              disabled={pending}
              aria-describedby={move.to === "published" && publishProblems.length > 0 ? "publish-problems" : undefined}
              className={move.to === "published" ? primaryButton : secondaryButton}
            >
              {move.label}
            </button>
          </form>
        ))}
      </div>
      {status !== "published" && publishProblems.length > 0 ? (
        <ul id="publish-problems" className="list-disc pl-5 text-sm text-warn">
          {publishProblems.map((problem) => (
            <li key={problem}>{problem}</li>
          ))}
        </ul>
      ) : null}
      <p role="status" className="text-sm text-ok">
        {state.status === "success" ? state.message : null}
      </p>
      {state.status === "error" && state.message ? (
        <p role="alert" className="rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm text-bad">
          {state.message}
        </p>
      ) : null}
    </section>
  );
}
