import Link from "next/link";
import { GetForm } from "./get-form";
import { formatMetaFilter, hasFilters, type TimelineFilters } from "@/app/lib/agent-log/filters";
import { STATUS_STYLES } from "@/app/lib/agent-log/status-styles";
import { RUN_STATUSES, SUBSYSTEM_LABELS, SUBSYSTEMS } from "@/app/lib/domain/vocabulary";
import type { TimelineOptions } from "@/db/queries/agent-log";

const fieldClass = "w-full rounded-md border border-line bg-white px-3 py-2 text-base";

function Select({
  id,
  label,
  value,
  any,
  options,
}: {
  id: string;
  label: string;
  value: string | null;
  any: string;
  options: readonly { value: string; label: string }[];
}) {
  // A value from the URL that is not (or no longer) among the options stays selectable.
  const all = value && !options.some((o) => o.value === value) ? [...options, { value, label: value }] : options;
  return (
    <div className="min-w-0 space-y-1">
      <label htmlFor={id} className="block text-sm font-medium">
        {label}
      </label>
      <select id={id} name={id} defaultValue={value ?? ""} className={fieldClass}>
        <option value="">{any}</option>
        {all.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}

/**
 * The timeline's filters as a plain GET form: the URL is the state, so a filtered view can be
 * bookmarked, shared and reloaded, and the form works before (or without) any script.
 */
export function FilterForm({ filters, options }: { filters: TimelineFilters; options: TimelineOptions }) {
  const metaRows = [...filters.meta.map(formatMetaFilter), ""];
  return (
    <GetForm action="/agent-log" aria-labelledby="filters-heading" className="space-y-4 rounded-lg border border-line bg-white p-4 shadow-sm">
      <h2 id="filters-heading" className="text-lg font-semibold">
        Filters
      </h2>
      <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
        <Select id="agent" label="Agent" value={filters.agent} any="Any agent" options={options.agents.map((a) => ({ value: a, label: a }))} />
        <Select id="action" label="Action type" value={filters.action} any="Any action" options={options.actions.map((a) => ({ value: a, label: a }))} />
        <Select
          id="status"
          label="Status"
          value={filters.status}
          any="Any status"
          options={RUN_STATUSES.map((s) => ({ value: s, label: STATUS_STYLES[s].label }))}
        />
        <Select
          id="subsystem"
          label="Subsystem"
          value={filters.subsystem}
          any="Any subsystem"
          options={SUBSYSTEMS.map((s) => ({ value: s, label: SUBSYSTEM_LABELS[s] }))}
        />
        <div className="min-w-0 space-y-1">
          <label htmlFor="from" className="block text-sm font-medium">
            From (UTC day)
          </label>
          <input id="from" name="from" type="date" defaultValue={filters.from ?? ""} className={fieldClass} />
        </div>
        <div className="min-w-0 space-y-1">
          <label htmlFor="to" className="block text-sm font-medium">
            To (UTC day, inclusive)
          </label>
          <input id="to" name="to" type="date" defaultValue={filters.to ?? ""} className={fieldClass} />
        </div>
        <fieldset className="min-w-0 space-y-2 sm:col-span-2" aria-describedby="meta-hint">
          <legend className="text-sm font-medium">Metadata (key=value)</legend>
          {metaRows.map((value, i) => (
            <div key={`${i}-${value}`}>
              <label htmlFor={`meta-${i}`} className="sr-only">
                {value ? `Metadata filter ${i + 1}` : filters.meta.length > 0 ? "Another metadata filter" : "Metadata filter"}
              </label>
              <input
                id={`meta-${i}`}
                name="meta"
                type="text"
                defaultValue={value}
                placeholder="syncId=3"
                spellCheck={false}
                autoCapitalize="off"
                className={`${fieldClass} font-mono`}
              />
            </div>
          ))}
          <p id="meta-hint" className="text-sm text-muted">
            Numbers and true/false match as such; put a value in double quotes to match it as text (code=&quot;12&quot;).
            All metadata filters must match.
          </p>
        </fieldset>
      </div>
      <div className="flex flex-wrap items-center gap-3">
        <button type="submit" className="rounded-md bg-brand px-4 py-2 font-semibold text-white hover:bg-brand-strong">
          Apply filters
        </button>
        {hasFilters(filters) && (
          <Link href="/agent-log" className="font-medium text-brand underline underline-offset-2 hover:no-underline">
            Clear filters
          </Link>
        )}
      </div>
    </GetForm>
  );
}
