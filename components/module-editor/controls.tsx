"use client";

import { createContext, useContext, useRef, type InputHTMLAttributes, type ReactNode, type SelectHTMLAttributes, type TextareaHTMLAttributes } from "react";
import { fieldId, type FieldErrors } from "./field-errors";

/**
 * The editor's inputs: each is found by the dotted path of what it edits, which gives its id
 * (the error summary links to it) and its error from the last save, announced with it.
 */

export const FieldErrorsContext = createContext<FieldErrors>({});

export function useFieldError(path: string): string | undefined {
  const errors = useContext(FieldErrorsContext);
  return errors[path]?.join(" ");
}

/** After items are added or removed: what to tell screen readers, and which path gets focus. */
export interface StructureNote {
  announce?: string;
  focus?: string;
}

export const inputClass =
  "w-full rounded-md border border-line bg-white px-3 py-2 text-base aria-[invalid=true]:border-bad aria-[invalid=true]:ring-1 aria-[invalid=true]:ring-bad";
export const smallButton =
  "inline-flex items-center justify-center gap-1 rounded-md border border-line bg-white px-3 py-1 text-sm font-semibold text-ink hover:bg-canvas disabled:cursor-not-allowed disabled:opacity-50";
export const removeButton =
  "inline-flex items-center justify-center gap-1 rounded-md border border-red-200 bg-white px-3 py-1 text-sm font-semibold text-bad hover:bg-red-50 disabled:cursor-not-allowed disabled:opacity-50";

function describedBy(path: string, hint: string | undefined, error: string | undefined): string | undefined {
  const id = fieldId(path);
  return [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
}

function Label({ path, label, hideLabel }: { path: string; label: string; hideLabel?: boolean }) {
  return (
    <label htmlFor={fieldId(path)} className={hideLabel ? "sr-only" : "block text-sm font-medium"}>
      {label}
    </label>
  );
}

export function FieldMessages({ path, hint, error }: { path: string; hint?: string; error?: string }) {
  const id = fieldId(path);
  return (
    <>
      {hint ? (
        <p id={`${id}-hint`} className="text-sm text-muted">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={`${id}-error`} className="text-sm font-medium text-bad">
          {error}
        </p>
      ) : null}
    </>
  );
}

type Common = { path: string; label: string; hint?: string; hideLabel?: boolean; onValue: (value: string) => void };

export function TextInput({
  path,
  label,
  hint,
  hideLabel,
  onValue,
  className,
  ...input
}: Common & Omit<InputHTMLAttributes<HTMLInputElement>, "id" | "onChange">) {
  const error = useFieldError(path);
  return (
    <div className={`space-y-1 ${className ?? ""}`}>
      <Label path={path} label={label} hideLabel={hideLabel} />
      <input
        id={fieldId(path)}
        type="text"
        autoComplete="off"
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(path, hint, error)}
        onChange={(event) => onValue(event.target.value)}
        className={inputClass}
        {...input}
      />
      <FieldMessages path={path} hint={hint} error={error} />
    </div>
  );
}

export function TextArea({ path, label, hint, hideLabel, onValue, ...area }: Common & Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, "id" | "onChange">) {
  const error = useFieldError(path);
  return (
    <div className="space-y-1">
      <Label path={path} label={label} hideLabel={hideLabel} />
      <textarea
        id={fieldId(path)}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(path, hint, error)}
        onChange={(event) => onValue(event.target.value)}
        className={`${inputClass} font-mono text-sm leading-6`}
        {...area}
      />
      <FieldMessages path={path} hint={hint} error={error} />
    </div>
  );
}

export function Select({
  path,
  label,
  hint,
  hideLabel,
  onValue,
  children,
  ...select
}: Common & Omit<SelectHTMLAttributes<HTMLSelectElement>, "id" | "onChange"> & { children: ReactNode }) {
  const error = useFieldError(path);
  return (
    <div className="space-y-1">
      <Label path={path} label={label} hideLabel={hideLabel} />
      <select
        id={fieldId(path)}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(path, hint, error)}
        onChange={(event) => onValue(event.target.value)}
        className={inputClass}
        {...select}
      >
        {children}
      </select>
      <FieldMessages path={path} hint={hint} error={error} />
    </div>
  );
}

/**
 * A list or item that an error can be about as a whole ("Add at least one question"): the
 * summary links to it, so it takes focus, and its error is read with its name.
 */
export function Group({
  path,
  label,
  as: Tag = "fieldset",
  className,
  children,
}: {
  path: string;
  label: ReactNode;
  as?: "fieldset" | "section";
  className?: string;
  children: ReactNode;
}) {
  const error = useFieldError(path);
  const id = fieldId(path);
  const legend =
    Tag === "fieldset" ? (
      <legend className="px-1 font-semibold">{label}</legend>
    ) : (
      <h2 id={`${id}-label`} className="text-xl font-semibold">
        {label}
      </h2>
    );
  return (
    <Tag
      id={id}
      tabIndex={-1}
      aria-labelledby={Tag === "section" ? `${id}-label` : undefined}
      aria-describedby={error ? `${id}-error` : undefined}
      className={`${className ?? ""} ${error ? "border-bad" : ""}`}
    >
      {legend}
      {error ? (
        <p id={`${id}-error`} className="text-sm font-medium text-bad">
          {error}
        </p>
      ) : null}
      {children}
    </Tag>
  );
}

/** Move up, move down and remove for one item of a list, named after the item for screen readers. */
export function ItemTools({
  name,
  index,
  count,
  onMove,
  onRemove,
  removeDisabled,
}: {
  name: string;
  index: number;
  count: number;
  onMove?: (direction: -1 | 1) => void;
  onRemove: () => void;
  removeDisabled?: boolean;
}) {
  return (
    <div className="flex flex-wrap gap-2">
      {onMove ? (
        <>
          <MoveButton label="Move up" arrow="↑" name={name} blocked={index === 0} onClick={() => onMove(-1)} />
          <MoveButton label="Move down" arrow="↓" name={name} blocked={index === count - 1} onClick={() => onMove(1)} />
        </>
      ) : null}
      <button type="button" className={removeButton} disabled={removeDisabled} onClick={onRemove}>
        Remove<span className="sr-only"> {name}</span>
      </button>
    </div>
  );
}

/**
 * Not `disabled` at the ends: the button just used keeps focus with its item, and a disabled
 * button would drop focus to the page when the item reaches the top or bottom.
 */
function MoveButton({ label, arrow, name, blocked, onClick }: { label: string; arrow: string; name: string; blocked: boolean; onClick: () => void }) {
  const ref = useRef<HTMLButtonElement>(null);
  return (
    <button
      ref={ref}
      type="button"
      className={`${smallButton} aria-disabled:cursor-not-allowed aria-disabled:opacity-50`}
      aria-disabled={blocked ? true : undefined}
      onClick={
        blocked
          ? undefined
          : () => {
              onClick();
              // React reorders the list by moving DOM nodes, which takes focus off a moved button.
              requestAnimationFrame(() => ref.current?.focus());
            }
      }
    >
      <span aria-hidden="true">{arrow}</span>
      {label}
      <span className="sr-only"> {name}</span>
    </button>
  );
}
