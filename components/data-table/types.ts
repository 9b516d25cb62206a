/** The filter controls a table page asks for, described as plain data from the server. */

export interface FacetOption {
  value: string;
  label: string;
  /** Rows with this value under the other active filters. */
  count: number;
}

export type FilterField =
  | { kind: "text"; name: string; label: string; value: string }
  | { kind: "checkboxes"; name: string; label: string; options: FacetOption[]; selected: string[] }
  | {
      kind: "select";
      name: string;
      label: string;
      /** Label of the "no filter" choice. */
      anyLabel: string;
      options: FacetOption[];
      selected: string | null;
      /** Said under the control, e.g. that only the most frequent values are listed. */
      hint?: string;
    }
  | { kind: "date-range"; label: string; from: { name: string; value: string }; to: { name: string; value: string } };

export function fieldNames(fields: readonly FilterField[]): string[] {
  return fields.flatMap((f) => (f.kind === "date-range" ? [f.from.name, f.to.name] : [f.name]));
}
