"use client";

import { useId } from "react";
import type { PublicQuestion } from "@/app/lib/domain/module-spec";
import { Markdown } from "@/components/markdown/markdown";
import { parseNumber, type Draft } from "@/components/modules/answers";

/**
 * One question of a race checkpoint. The module runner's form (components/modules/
 * checkpoint-form.tsx) submits through the ordinary attempt action, which records no split, so a
 * race checkpoint has its own form; the drafts, parsing and saving are the module runner's.
 */
export function QuestionField({
  question,
  index,
  total,
  draft,
  disabled,
  onChange,
}: {
  question: PublicQuestion;
  index: number;
  total: number;
  draft: Draft;
  disabled: boolean;
  onChange: (draft: Draft) => void;
}) {
  const id = useId();
  const legend = (
    <legend className="w-full">
      <span className="block text-sm font-medium text-muted">
        Question {index + 1} of {total}
        {question.kind === "numeric" ? " · a number" : " · choose one"}
      </span>
      <div className="mt-1 font-medium">
        <Markdown source={question.prompt} headingLevel={5} />
      </div>
    </legend>
  );

  if (question.kind === "multiple_choice" && draft.kind === "choice") {
    return (
      <fieldset className="space-y-3" disabled={disabled}>
        {legend}
        <div className="space-y-2">
          {question.options.map((option) => (
            <div key={option.id} className="flex items-start gap-3 rounded-md border border-line px-3 py-2 has-[:checked]:border-brand has-[:checked]:bg-blue-50">
              <input
                type="radio"
                id={`${id}-${option.id}`}
                name={`${id}-choice`}
                value={option.id}
                checked={draft.optionId === option.id}
                onChange={() => onChange({ kind: "choice", optionId: option.id })}
                className="mt-1 size-4 shrink-0 accent-brand"
              />
              <label htmlFor={`${id}-${option.id}`} className="grow cursor-pointer">
                {option.text}
              </label>
            </div>
          ))}
        </div>
      </fieldset>
    );
  }

  if (question.kind === "numeric" && draft.kind === "numeric") {
    const value = parseNumber(draft.text);
    const unreadable = value !== null && Number.isNaN(value);
    const units = [question.unit, ...Object.keys(question.alternativeUnits ?? {})].filter((u, i, all) => all.indexOf(u) === i);
    return (
      <fieldset className="space-y-3" disabled={disabled}>
        {legend}
        <div className="flex flex-wrap items-end gap-3">
          <div className="space-y-1">
            <label htmlFor={`${id}-value`} className="block text-sm font-medium">
              Your answer
            </label>
            <input
              id={`${id}-value`}
              type="text"
              inputMode="decimal"
              autoComplete="off"
              spellCheck={false}
              value={draft.text}
              onChange={(event) => onChange({ ...draft, text: event.target.value })}
              aria-invalid={unreadable ? true : undefined}
              aria-describedby={unreadable ? `${id}-error` : undefined}
              className="w-40 rounded-md border border-line bg-white px-3 py-2 text-base tabular-nums"
            />
          </div>
          {units.length > 1 ? (
            <div className="space-y-1">
              <label htmlFor={`${id}-unit`} className="block text-sm font-medium">
                Unit
              </label>
              <select
                id={`${id}-unit`}
                value={draft.unit}
                onChange={(event) => onChange({ ...draft, unit: event.target.value })}
                className="rounded-md border border-line bg-white px-3 py-2 text-base"
              >
                {units.map((unit) => (
                  <option key={unit} value={unit}>
                    {unit || "(no unit)"}
                  </option>
                ))}
              </select>
            </div>
          ) : question.unit ? (
            <p className="pb-2 text-base">
              <span className="sr-only">Unit: </span>
              {question.unit}
            </p>
          ) : null}
        </div>
        {unreadable ? (
          <p id={`${id}-error`} className="text-sm text-bad">
            Enter a number, such as 12.5, -3 or 1.2e-3.
          </p>
        ) : null}
      </fieldset>
    );
  }
  return null;
}
