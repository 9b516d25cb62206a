import { ENTITY_SPECS, type CadenceEntity } from "@/app/lib/explorer/table-params";

/** The TanStack options of a column, read from the table's spec so ids and labels never drift. */
export function specColumn(entity: CadenceEntity, id: string) {
  const column = ENTITY_SPECS[entity].columns.find((c) => c.id === id);
  if (!column) throw new Error(`${entity} has no column ${id}`);
  return {
    id,
    header: column.label,
    enableSorting: column.sortable,
    enableHiding: column.hideable,
    sortDescFirst: Boolean(column.descFirst),
    meta: { label: column.label },
  };
}
