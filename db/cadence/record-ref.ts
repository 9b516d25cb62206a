/**
 * How the correction forms name a person or project: suggestions read "Name (#12)", and an
 * admin may also type "#12", "12" or a name. Pure, so the forms and the writes share it.
 */

/** A person or project as an admin gave it: an id (picked from the list) or a name to look up. */
export type RecordRef = { id: number; name?: never } | { name: string; id?: never } | null;

/** "Name (#12)": a suggestion, which parseRecordRef reads back. */
export function optionLabel(option: { id: number; name: string }): string {
  return `${option.name} (#${option.id})`;
}

/** What an admin typed in a person or project box; empty means none. */
export function parseRecordRef(text: string): RecordRef {
  const value = text.normalize("NFC").trim();
  if (value === "") return null;
  const id = /\(#(\d{1,9})\)$/.exec(value)?.[1] ?? /^#?(\d{1,9})$/.exec(value)?.[1];
  return id ? { id: Number(id) } : { name: value };
}
