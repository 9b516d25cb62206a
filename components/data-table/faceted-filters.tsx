"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import type { FormEvent } from "react";
import { fieldNames, type FacetOption, type FilterField } from "./types";
import { filterHref } from "./url-state";

const number = new Intl.NumberFormat("en-US");

/**
 * The filter form of a table. A plain GET form (it works before hydration); with JavaScript it
 * navigates with router.push, so each applied filter is a history entry and the URL stays
 * short. Option counts come from SQL and already respect the other active filters.
 */
export function FacetedFilters({
  basePath,
  search,
  fields,
  label,
  clearHref,
  active,
}: {
  basePath: string;
  search: string;
  fields: FilterField[];
  /** "Filter tasks" */
  label: string;
  clearHref: string;
  active: boolean;
}) {
  const router = useRouter();
  const names = fieldNames(fields);
  // Table state the form does not show, kept for the no-JavaScript submit.
  const kept = [...new URLSearchParams(search)].filter(([name]) => !names.includes(name) && name !== "page");

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    router.push(filterHref(basePath, search, names, new FormData(event.currentTarget)), { scroll: false });
  }

  return (
    <form
      role="search"
      aria-label={label}
      action={basePath}
      method="get"
      onSubmit={submit}
      className="space-y-4 rounded-lg border border-line bg-white p-4 shadow-sm"
    >
      {kept.map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <div className="flex flex-wrap items-start gap-x-6 gap-y-4">
        {fields.map((field) => (
          // Keyed by its value, so a back/forward navigation resets the control to the URL.
          <Field key={`${fieldNames([field]).join("+")}:${fieldValueKey(field)}`} field={field} />
        ))}
      </div>
      <div className="flex flex-wrap items-center gap-3">
        <button type="submit" className="rounded-md bg-brand px-4 py-2 text-sm font-semibold text-white hover:bg-brand-strong">
          Apply filters
        </button>
        {active ? (
          <Link href={clearHref} scroll={false} className="text-sm font-medium text-brand underline-offset-4 hover:underline">
            Clear filters
          </Link>
        ) : null}
      </div>
    </form>
  );
}

function fieldValueKey(field: FilterField): string {
  switch (field.kind) {
    case "text":
      return field.value;
    case "checkboxes":
      return field.selected.join(",");
    case "select":
      return field.selected ?? "";
    case "date-range":
      return `${field.from.value}/${field.to.value}`;
  }
}

function optionText(option: FacetOption): string {
  return `${option.label} (${number.format(option.count)})`;
}

function Field({ field }: { field: FilterField }) {
  const id = `filter-${field.kind === "date-range" ? field.from.name : field.name}`;
  switch (field.kind) {
    case "text":
      return (
        <div className="w-full space-y-1 sm:w-64">
          <label htmlFor={id} className="block text-sm font-medium">
            {field.label}
          </label>
          <input
            id={id}
            name={field.name}
            type="search"
            defaultValue={field.value}
            maxLength={100}
            className="w-full rounded-md border border-line bg-white px-3 py-2 text-base"
          />
        </div>
      );
    case "checkboxes":
      return (
        <fieldset className="min-w-0 max-w-full space-y-1">
          <legend className="text-sm font-medium">{field.label}</legend>
          <div className="flex flex-wrap gap-1.5 pt-1">
            {field.options.map((option) => (
              <label
                key={option.value}
                className="inline-flex cursor-pointer items-center gap-1.5 rounded-full border border-line px-2.5 py-1 text-sm has-[:checked]:border-brand has-[:checked]:bg-blue-50"
              >
                <input
                  type="checkbox"
                  name={field.name}
                  value={option.value}
                  defaultChecked={field.selected.includes(option.value)}
                  className="size-4"
                />
                {option.label}
                <span className="text-muted">
                  <span className="sr-only">, </span>
                  {number.format(option.count)}
                  <span className="sr-only"> {option.count === 1 ? "row" : "rows"}</span>
                </span>
              </label>
            ))}
          </div>
        </fieldset>
      );
    case "select":
      return (
        <div className="w-full space-y-1 sm:w-64">
          <label htmlFor={id} className="block text-sm font-medium">
            {field.label}
          </label>
          <select
            id={id}
            name={field.name}
            defaultValue={field.selected ?? ""}
            aria-describedby={field.hint ? `${id}-hint` : undefined}
            className="w-full rounded-md border border-line bg-white px-3 py-2 text-base"
          >
            <option value="">{field.anyLabel}</option>
            {field.options.map((option) => (
              <option key={option.value} value={option.value}>
                {optionText(option)}
              </option>
            ))}
          </select>
          {field.hint ? (
            <p id={`${id}-hint`} className="text-xs text-muted">
              {field.hint}
            </p>
          ) : null}
        </div>
      );
    case "date-range":
      return (
        <fieldset className="space-y-1">
          <legend className="text-sm font-medium">{field.label}</legend>
          <div className="flex flex-wrap items-center gap-2">
            <label htmlFor={id} className="sr-only">
              {field.label} from
            </label>
            <input
              id={id}
              name={field.from.name}
              type="date"
              defaultValue={field.from.value}
              className="rounded-md border border-line bg-white px-3 py-2 text-base"
            />
            <span aria-hidden="true" className="text-muted">
              to
            </span>
            <label htmlFor={`${id}-to`} className="sr-only">
              {field.label} to
            </label>
            <input
              id={`${id}-to`}
              name={field.to.name}
              type="date"
              defaultValue={field.to.value}
              className="rounded-md border border-line bg-white px-3 py-2 text-base"
            />
          </div>
        </fieldset>
      );
  }
}
