import type { ImportWarning } from "./errors";
import { scanLayout, type ExportLayout, type ExportStats, type ModelDatabase } from "./export-layout";
import { RowPairing } from "./export-rows";
import { decodeUtf8, idInTarget, markdownLinks, parseCsv, parseFileName, parsePageMarkdown, type ParsedCsv, type ParsedPage } from "./parse";
import type { ExportEntry, ExportSource } from "./source-types";

export type { ModelDatabase } from "./export-layout";

/** What an export holds, once its files are read: pages, database rows and databases. */
export interface ModelPage {
  /** 32-hex id, undashed, as in file names. */
  id: string;
  path: string;
  title: string;
  /** Id of the page or database that holds this page (its folder's owner). */
  parentId: string | null;
  /** Set for row pages and templates of a database. */
  databaseId: string | null;
  kind: "page" | "row" | "template";
  properties: Record<string, string>;
  body: string;
}

export interface ExportModel {
  pages: ModelPage[];
  databases: Map<string, ModelDatabase>;
  /** Names of folders whose page file is missing, by id, so ancestry still has a name. */
  folderNames: Map<string, string>;
  warnings: ImportWarning[];
  stats: ExportStats;
}

export interface ModelOptions {
  /** Bodies above this many bytes are cut, with a warning, so one huge page cannot stall a run. */
  maxPageBytes: number;
  onProgress?: (processed: number, total: number) => void;
  /** Called after each CSV is read: a large one leaves a lot of garbage behind. */
  afterCsv?: () => Promise<void>;
}

/** A page as the stream hands it out, with its index in sorted path order. */
export interface StreamedPage extends ModelPage {
  position: number;
}

/** A page read, as later pages see it: their ancestor. */
export interface KnownPage {
  title: string;
  parentId: string | null;
}

/** A page whose pairing or duplicate status is only known once every page was read. */
interface HeldPage {
  entry: ExportEntry;
  page: StreamedPage;
  pairByProperties: boolean;
}

/**
 * Reads the pages of an export one at a time in sorted path order, each paired with its CSV row,
 * so a caller can handle a page and let its body go before the next is read. Sorted order puts
 * `X <id>.md` before `X <id>/…` ('.' < '/'), so a page's ancestors are read before it, and the
 * link naming a database sits in its parent page, read before the database's rows.
 *
 * Two kinds of page are held back and handed out at the end by `heldPages()`, in path order:
 * `@`-titled row pages no CSV row matched by title (they pair by properties only once every
 * title was matched), and pages with the same title as one of them (only those can be its
 * duplicates, and which copy comes first depends on how it pairs).
 */
export class PageStream {
  readonly warnings: ImportWarning[] = [];
  /** Pages read that own a folder: only those can be ancestors of pages read later. */
  private readonly known = new Map<string, KnownPage>();
  private readonly held: HeldPage[] = [];
  private readonly heldTitles = new Set<string>();
  private readonly linked = new Set<string>();
  private readonly propertyNames = new Map<string, ReadonlySet<string> | null>();
  private read = 0;

  private constructor(
    private readonly layout: ExportLayout,
    private readonly csvHeaders: Map<string, string[]>,
    private readonly pairing: RowPairing,
    private readonly options: ModelOptions,
  ) {}

  /** Reads every database's CSV first: pages need them to be paired. */
  static async open(layout: ExportLayout, options: ModelOptions): Promise<PageStream> {
    const warnings: ImportWarning[] = [];
    const csvs = new Map<string, ParsedCsv>();
    for (const [id, entry] of layout.csvEntries) {
      const text = await readCsvText(entry, warnings);
      csvs.set(id, parseCsv(text, entry.path, warnings));
      await options.afterCsv?.();
    }
    const headers = new Map([...csvs].map(([id, csv]) => [id, csv.header]));
    const stream = new PageStream(layout, headers, new RowPairing(csvs), options);
    stream.warnings.push(...warnings);
    return stream;
  }

  /** A page read so far (held pages included) that can be an ancestor. */
  page(id: string): KnownPage | undefined {
    return this.known.get(id);
  }

  /** Every page read that can be an ancestor, by id; complete once `pages()` is done. */
  knownPages(): ReadonlyMap<string, KnownPage> {
    return this.known;
  }

  /** How many pages were read (duplicates of an id are not). */
  get pagesRead(): number {
    return this.read;
  }

  /** The pages in sorted path order, but for the held ones. */
  async *pages(): AsyncGenerator<StreamedPage> {
    const files = this.layout.pageFiles;
    for (let position = 0; position < files.length; position++) {
      if ((position + 1) % 500 === 0) this.options.onProgress?.(position + 1, files.length);
      const entry = files[position]!;
      const path = entry.path;
      const slash = path.lastIndexOf("/");
      const id = idOf(path);
      const first = this.layout.firstFiles.get(id)!;
      if (first !== position) {
        const earlier = files[first]!.path;
        this.warnings.push({ code: "duplicate_id", message: `Another file has the same page id (${earlier}); this one was skipped.`, path });
        continue;
      }
      const parentId = this.layout.ownerOf(slash === -1 ? "" : path.slice(0, slash));
      const database = parentId ? this.layout.databases.get(parentId) : undefined;
      const parsed = await this.readPage(entry, entry.read(), database ? this.columnsOf(database.id) : null, true);
      this.learnDatabaseNames(parsed.body);
      const rowOf = database && !database.linkedView ? database.id : null;
      const page: StreamedPage = {
        id,
        path,
        title: parsed.title,
        parentId,
        databaseId: rowOf,
        kind: rowOf ? "row" : "page",
        properties: parsed.properties,
        body: parsed.body,
        position,
      };
      let pairByProperties = false;
      if (rowOf && this.pairing.hasRows(rowOf) && !this.pairing.pairByTitle(rowOf, page)) {
        pairByProperties = RowPairing.mayPairByProperties(page);
        if (!pairByProperties) page.kind = "template";
      }
      if (this.layout.owners.has(id)) this.known.set(id, { title: page.title, parentId });
      this.read++;
      if (pairByProperties || this.heldTitles.has(page.title)) {
        if (pairByProperties) this.heldTitles.add(page.title);
        // The body is read again at the end rather than kept: there may be many of these.
        this.held.push({ entry, page: { ...page, body: "" }, pairByProperties });
        continue;
      }
      yield page;
    }
    this.options.onProgress?.(files.length, files.length);
  }

  /** The held pages, paired (or found to be templates) now that every title was matched. */
  async *heldPages(): AsyncGenerator<StreamedPage> {
    for (const { page, pairByProperties } of this.held) {
      if (pairByProperties && !this.pairing.pairByProperties(page.databaseId!, page)) page.kind = "template";
    }
    for (const { entry, page } of this.held.splice(0)) {
      const columns = page.parentId ? this.columnsOf(page.parentId) : null;
      yield { ...page, body: (await this.readPage(entry, entry.read(), columns, false)).body };
    }
  }

  /** Warnings for CSV rows no page took; call once both generators are done. */
  finish(): void {
    this.pairing.leftoverWarnings(this.layout.databases, this.warnings);
  }

  /** The columns that may start a row page of this database: a body line may look like `Word: value`. */
  private columnsOf(databaseId: string): ReadonlySet<string> | null {
    let names = this.propertyNames.get(databaseId);
    if (names === undefined) {
      const header = this.csvHeaders.get(databaseId);
      names = header && header.length > 1 ? new Set(header.slice(1)) : null;
      this.propertyNames.set(databaseId, names);
    }
    return names;
  }

  private async readPage(entry: ExportEntry, read: Promise<Buffer>, propertyNames: ReadonlySet<string> | null, warn: boolean): Promise<ParsedPage> {
    let bytes = await read;
    const { maxPageBytes } = this.options;
    if (bytes.length > maxPageBytes) {
      if (warn) {
        this.warnings.push({
          code: "page_truncated",
          message: `Page is ${formatBytes(bytes.length)}; only the first ${formatBytes(maxPageBytes)} were imported.`,
          path: entry.path,
        });
      }
      let end = maxPageBytes;
      // Cut at a character boundary: a split UTF-8 sequence would read as corrupt text.
      while (end > 0 && (bytes[end]! & 0xc0) === 0x80) end--;
      bytes = bytes.subarray(0, end);
    }
    const decoded = decodeUtf8(bytes);
    if (decoded.invalidUtf8 && warn) {
      this.warnings.push({ code: "invalid_utf8", message: "Page is not valid UTF-8; unreadable bytes were replaced.", path: entry.path });
    }
    return parsePageMarkdown(decoded.text, propertyNames);
  }

  /** A database's real title is the text of the first link to it (file names are cut at 50 characters). */
  private learnDatabaseNames(body: string): void {
    for (const link of markdownLinks(body)) {
      const id = idInTarget(link.target);
      if (!id || this.linked.has(id)) continue;
      const database = this.layout.databases.get(id);
      const text = link.text.trim();
      if (!database || !text) continue;
      this.linked.add(id);
      database.name = text;
    }
  }
}

function idOf(path: string): string {
  return parseFileName(path.slice(path.lastIndexOf("/") + 1))!.id;
}

/**
 * A CSV's text. Read in a function of its own so the file's bytes are not held by the caller's
 * suspended frame while the text is parsed (they would outlive the parse and stay in memory).
 */
async function readCsvText(entry: ExportEntry, warnings: ImportWarning[]): Promise<string> {
  const decoded = decodeUtf8(await entry.read());
  if (decoded.invalidUtf8) {
    warnings.push({ code: "invalid_utf8", message: "CSV is not valid UTF-8; unreadable bytes were replaced.", path: entry.path });
  }
  return decoded.text;
}

/** The whole export in memory: for tests and tools. The importer streams with `PageStream`. */
export async function buildExportModel(source: ExportSource, options: ModelOptions): Promise<ExportModel> {
  const layout = scanLayout(source);
  const stream = await PageStream.open(layout, options);
  const pages: ModelPage[] = [];
  for await (const page of stream.pages()) pages.push(page);
  for await (const page of stream.heldPages()) pages.push(page);
  stream.finish();
  pages.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return { pages, databases: layout.databases, folderNames: layout.folderNames, warnings: stream.warnings, stats: layout.stats };
}

function formatBytes(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / (1024 * 1024)).toFixed(1)} MB` : `${Math.round(bytes / 1024)} KB`;
}
