"use client";

import { useId } from "react";
import { bumpReasons, isEmptyDiff, nextVersion, type Bump, type SpecDiff } from "@/app/lib/domain/module-diff";
import { plural } from "@/components/modules/labels";
import { FieldMessages, Group, TextArea, useFieldError } from "./controls";
import { fieldId } from "./field-errors";

const BUMPS: { bump: Bump; label: string; meaning: string }[] = [
  { bump: "patch", label: "Patch", meaning: "wording and arrangement only" },
  { bump: "minor", label: "Minor", meaning: "content added or taken away; scoring unchanged" },
  { bump: "major", label: "Major", meaning: "questions or scoring changed; calibration starts afresh" },
];

/** What changed since the base version, counted in words: "2 sections changed, 1 question added". */
export function changeCounts(diff: SpecDiff): string[] {
  const parts: string[] = [];
  if (diff.metadata.length > 0) parts.push(`${plural(diff.metadata.length, "detail")} changed`);
  const lists = [
    ["section", diff.sections],
    ["checkpoint", diff.checkpoints],
    ["question", diff.questions],
  ] as const;
  for (const [word, part] of lists) {
    if (part.added.length > 0) parts.push(`${plural(part.added.length, word)} added`);
    if (part.removed.length > 0) parts.push(`${plural(part.removed.length, word)} removed`);
    if (part.changed.length > 0) parts.push(`${plural(part.changed.length, word)} changed`);
  }
  return parts;
}

export function VersionFields({
  baseVersion,
  diff,
  suggested,
  bump,
  onBump,
  changeDescription,
  onChangeDescription,
}: {
  baseVersion: string | null;
  /** Null when there is no saved version to compare with. */
  diff: SpecDiff | null;
  suggested: Bump;
  bump: Bump;
  onBump: (bump: Bump) => void;
  changeDescription: string;
  onChangeDescription: (text: string) => void;
}) {
  const name = useId();
  const bumpError = useFieldError("bump");
  const reasons = diff ? bumpReasons(diff) : [];
  const unchanged = diff !== null && isEmptyDiff(diff);
  const counts = diff ? changeCounts(diff) : [];

  return (
    <Group path="version" label="Save a new version" as="section" className="space-y-4">
      <div className="space-y-1 text-sm">
        <p>
          {baseVersion ? (
            <>
              You are editing version <strong>{baseVersion}</strong>. Saving creates version <strong>{nextVersion(baseVersion, bump)}</strong>.
            </>
          ) : (
            <>
              No version is saved yet: saving creates version <strong>{nextVersion(null, bump)}</strong>.
            </>
          )}
        </p>
        {unchanged ? <p className="text-muted">Nothing has changed yet.</p> : counts.length > 0 ? <p className="text-muted">Changes: {counts.join(", ")}.</p> : null}
      </div>

      <fieldset
        id={fieldId("bump")}
        tabIndex={-1}
        aria-describedby={[`${name}-why`, bumpError ? `${fieldId("bump")}-error` : null].filter(Boolean).join(" ")}
        className="space-y-2"
      >
        <legend className="font-semibold">Kind of change</legend>
        {BUMPS.map((option) => (
          <div key={option.bump} className="flex items-start gap-3 rounded-md border border-line bg-white px-3 py-2 has-[:checked]:border-brand has-[:checked]:bg-blue-50">
            <input
              type="radio"
              id={`${name}-${option.bump}`}
              name={`${name}-bump`}
              value={option.bump}
              checked={bump === option.bump}
              onChange={() => onBump(option.bump)}
              className="mt-1 size-4 shrink-0 accent-brand"
            />
            <label htmlFor={`${name}-${option.bump}`} className="grow cursor-pointer">
              <span className="font-medium">
                {option.label} → {nextVersion(baseVersion, option.bump)}
              </span>
              {option.bump === suggested ? (
                <>
                  {" "}
                  <span className="ml-1 rounded-full bg-blue-100 px-2 py-0.5 text-xs font-semibold text-brand-strong">suggested</span>
                </>
              ) : null}
              <span className="block text-sm text-muted">{option.meaning}</span>
            </label>
          </div>
        ))}
        <div id={`${name}-why`} className="text-sm">
          {reasons.length === 0 ? (
            <p className="text-muted">
              {unchanged ? "Suggested: patch." : "Suggested: patch, because only wording or arrangement changed."}
            </p>
          ) : (
            <>
              <p className="text-muted">Suggested: {suggested}, because:</p>
              <ul className="list-disc pl-5">
                {reasons.map((r) => (
                  <li key={`${r.bump}-${r.reason}`}>
                    {r.reason} <span className="text-muted">({r.bump})</span>
                  </li>
                ))}
              </ul>
            </>
          )}
        </div>
        <FieldMessages path="bump" error={bumpError} />
      </fieldset>

      <TextArea
        path="changeDescription"
        name="changeDescription"
        label="What changed and why"
        hint="Required. Shown in the module's history, e.g. “Reworded the introduction to the link budget”."
        rows={3}
        maxLength={2000}
        value={changeDescription}
        onValue={onChangeDescription}
      />
    </Group>
  );
}
