/**
 * How the shared table writes its state into the query string. Generic over the entity: it
 * only knows the keys every table uses (`sort`, `dir`, `page`, `size`, `cols`) and the names of
 * the filter fields it is given, and leaves every other key as it found it.
 */

export interface SortState {
  id: string;
  desc: boolean;
}

/** The view the server rendered, as plain data a client component can receive. */
export interface TableView {
  /** `/cadence/tasks` */
  basePath: string;
  /** The current query string, without `?`. */
  search: string;
  sort: SortState;
  defaultSort: SortState;
  page: number;
  pageCount: number;
  size: number;
  defaultSize: number;
  pageSizes: readonly number[];
  total: number;
  /** Ids of the visible columns, in table order. */
  columns: string[];
  defaultColumns: string[];
  /** Columns that cannot be hidden; `cols` leaves them out. */
  fixedColumns: string[];
}

export interface ViewPatch {
  sort?: SortState;
  page?: number;
  size?: number;
  columns?: string[];
}

function href(basePath: string, params: URLSearchParams): string {
  // Commas are legal in a query string and keep value lists readable.
  const search = params.toString().replace(/%2C/gi, ",");
  return search ? `${basePath}?${search}` : basePath;
}

const sameList = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((v, i) => v === b[i]);

/** The link to the same view with some of its table state changed; defaults leave the URL. */
export function viewHref(view: TableView, patch: ViewPatch): string {
  const params = new URLSearchParams(view.search);
  if (patch.sort) {
    if (patch.sort.id === view.defaultSort.id && patch.sort.desc === view.defaultSort.desc) {
      params.delete("sort");
      params.delete("dir");
    } else {
      params.set("sort", patch.sort.id);
      params.set("dir", patch.sort.desc ? "desc" : "asc");
    }
  }
  if (patch.size !== undefined) {
    if (patch.size === view.defaultSize) params.delete("size");
    else params.set("size", String(patch.size));
  }
  if (patch.columns) {
    if (sameList(patch.columns, view.defaultColumns)) params.delete("cols");
    else params.set("cols", patch.columns.filter((id) => !view.fixedColumns.includes(id)).join(","));
  }
  if (patch.page !== undefined) {
    if (patch.page <= 1) params.delete("page");
    else params.set("page", String(patch.page));
  }
  return href(view.basePath, params);
}

/**
 * The link a filter form leads to: its fields replace theirs in the query string (several
 * values of one field joined by commas, empty ones dropped) and the view goes back to page 1.
 */
export function filterHref(basePath: string, search: string, fieldNames: readonly string[], form: FormData): string {
  // Filters first, in the form's order, then the rest of the view as it was.
  const params = new URLSearchParams();
  for (const name of fieldNames) {
    const values = form
      .getAll(name)
      .map((v) => (typeof v === "string" ? v.trim() : ""))
      .filter(Boolean);
    if (values.length > 0) params.set(name, values.join(","));
  }
  for (const [name, value] of new URLSearchParams(search)) {
    if (!fieldNames.includes(name) && name !== "page") params.append(name, value);
  }
  return href(basePath, params);
}
