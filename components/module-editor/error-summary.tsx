"use client";

import type { RefObject } from "react";
import { describeField, fieldId, FORM_KEY, type FieldErrors } from "./field-errors";

/**
 * The problems of the last save at the top of the form, each linked to its field. It takes
 * focus when it appears, so keyboard and screen-reader users land on what to fix.
 */
export function ErrorSummary({
  summaryRef,
  message,
  errors,
  extra,
}: {
  summaryRef: RefObject<HTMLDivElement | null>;
  message: string;
  errors: FieldErrors;
  extra?: React.ReactNode;
}) {
  const entries = Object.entries(errors).filter(([, messages]) => messages.length > 0);
  return (
    <div
      ref={summaryRef}
      tabIndex={-1}
      aria-labelledby="save-problem-heading"
      className="space-y-2 rounded-lg border-2 border-bad bg-red-50 p-4 text-sm"
    >
      <h2 id="save-problem-heading" className="text-base font-semibold text-bad">
        Not saved. {message}
      </h2>
      {entries.length > 0 ? (
        <ul className="list-disc space-y-1 pl-5">
          {entries.map(([path, messages]) => (
            <li key={path}>
              {path === FORM_KEY ? (
                messages.join(" ")
              ) : (
                <a
                  href={`#${fieldId(path)}`}
                  onClick={(event) => {
                    const target = document.getElementById(fieldId(path));
                    if (!target) return;
                    event.preventDefault();
                    target.scrollIntoView({ block: "center" });
                    target.focus();
                  }}
                  className="font-medium text-bad underline underline-offset-2 hover:no-underline"
                >
                  {describeField(path)}: {messages.join(" ")}
                </a>
              )}
            </li>
          ))}
        </ul>
      ) : null}
      {extra}
    </div>
  );
}
