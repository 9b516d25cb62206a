import { detached } from "./parse";
import type { ExportEntry } from "./source-types";

/** One copy of each string a listing repeats: folder paths, stripped wrapper prefixes. */
export class SharedStrings {
  private readonly strings = new Map<string, string>();

  get(value: string): string {
    const known = this.strings.get(value);
    if (known !== undefined) return known;
    const own = detached(value);
    this.strings.set(own, own);
    return own;
  }
}

/**
 * A listed file. Its path is kept as its folder (shared with the other files there) and its own
 * name: an export of 100,000 pages has a few dozen folders, and the file paths spelled out in
 * full were a large part of the importer's memory, held for the whole run.
 */
export abstract class ListedFile implements ExportEntry {
  private dir = "";
  private name = "";
  /** What stripping wrapper folders removed from the front of the path. */
  private stripped = "";

  constructor(
    path: string,
    readonly size: number,
    private readonly strings: SharedStrings,
  ) {
    this.setPath(path);
  }

  get path(): string {
    return this.dir === "" ? this.name : `${this.dir}/${this.name}`;
  }

  /** Only ever set to a suffix of the current path: wrapper folders stripped from the front. */
  set path(value: string) {
    const current = this.path;
    this.stripped = this.strings.get(this.stripped + current.slice(0, current.length - value.length));
    this.setPath(value);
  }

  /** The path inside its own zip or folder, before wrappers were stripped: what messages name. */
  protected get label(): string {
    return this.stripped + this.path;
  }

  abstract read(): Promise<Buffer>;

  private setPath(value: string): void {
    const slash = value.lastIndexOf("/");
    this.dir = slash === -1 ? "" : this.strings.get(value.slice(0, slash));
    this.name = detached(value.slice(slash + 1));
  }
}
