/** The in-memory shape of the demo workspace: pages, databases and linked views, with paths. */
import { joinPath, stem, type RelationTarget } from "./notion-format";

/** A database cell: plain text, or relation targets (rendered relative to a base folder). */
export type Cell = string | readonly RelationTarget[];

export interface RowSpec {
  id: string;
  title: string;
  /** One cell per database column after the title column, in column order; "" is empty. */
  cells: readonly Cell[];
  body: () => string;
}

export interface PageNode {
  kind: "page";
  id: string;
  title: string;
  /** Folder holding this page's `.md`, relative to the export root ("" = root). */
  dir: string;
  /** Property lines (only database templates have them here). */
  properties: readonly (readonly [string, string])[];
  body: () => string;
  children: TreeNode[];
}

export interface DatabaseNode {
  kind: "database";
  id: string;
  title: string;
  dir: string;
  /** Every property, title first: the `_all.csv` header and the order of page property lines. */
  columns: readonly string[];
  /** Columns of the default view (`.csv`), title first. */
  viewColumns: readonly string[];
  /** Rows of the default view. */
  inView: (row: RowSpec) => boolean;
  rowCount: number;
  row: (index: number) => RowSpec;
  /** Template pages: in the database folder, but not rows. */
  templates: PageNode[];
}

/** A view of another database placed on a page: only a `.csv`, no `_all.csv`, no folder. */
export interface LinkedViewNode {
  kind: "view";
  id: string;
  title: string;
  dir: string;
  source: DatabaseNode;
  /** Title column first, then the others alphabetically. */
  columns: readonly string[];
  inView: (row: RowSpec) => boolean;
}

export type TreeNode = PageNode | DatabaseNode | LinkedViewNode;

export function folderOf(node: { dir: string; title: string; id: string }): string {
  return joinPath(node.dir, stem(node.title, node.id));
}

export function mdPathOf(node: { dir: string; title: string; id: string }): string {
  return `${folderOf(node)}.md`;
}

export function csvPathOf(node: DatabaseNode | LinkedViewNode): string {
  return `${folderOf(node)}.csv`;
}

export function allCsvPathOf(node: DatabaseNode): string {
  return `${folderOf(node)}_all.csv`;
}

/** Path of row `row`'s page inside database `db`. */
export function rowPathOf(db: DatabaseNode, row: { title: string; id: string }): string {
  return joinPath(folderOf(db), `${stem(row.title, row.id)}.md`);
}

/** The folder a database's CSV paths are relative to: the one holding its owner page's `.md`. */
export function csvBaseOf(node: DatabaseNode | LinkedViewNode): string {
  const slash = node.dir.lastIndexOf("/");
  return slash === -1 ? "" : node.dir.slice(0, slash);
}

export function page(
  id: string,
  title: string,
  dir: string,
  body: () => string,
  properties: readonly (readonly [string, string])[] = [],
): PageNode {
  return { kind: "page", id, title, dir, properties, body, children: [] };
}
