import { createReadStream, createWriteStream } from "node:fs";
import fs, { type FileHandle } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { Transform, type Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { openPromise as openYauzl, type Entry, type ZipFile } from "yauzl";
import { ImportFatalError } from "./errors";
import { corruptZip, entryReadError, partTooLarge, unsafePath, zipError } from "./source-errors";
import { ListedFile, SharedStrings } from "./source-file";
import { ZipMember, type ZipArchive } from "./source-zip-member";
import { DEFAULT_LIMITS, type ExportEntry, type ExportSource, type ImportLimits } from "./source-types";

/** A Notion page or database file: `Title <32 lower-case hex>.md`, `.csv` or `_all.csv`. */
export const NOTION_FILE_NAME = /^(.*?) +([0-9a-f]{32})(_all)?\.(md|csv)$/;
/** A page or database folder ends with ` <32hex>`; any other single top-level folder is a wrapper. */
const PAGE_FOLDER_NAME = / +[0-9a-f]{32}$/;
/** The per-job wrapper Notion puts inside every part zip. */
const EXPORT_WRAPPER = /^Export(Block)?-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const YAUZL_OPTIONS = { lazyEntries: true, autoClose: false, validateEntrySizes: true, strictFileNames: false, decodeStrings: true };

/** What `openExport` returns: an `ExportSource`, plus where its temporary part zips live (for tests). */
export interface OpenedExport extends ExportSource {
  /** Folder holding extracted part zips until `close()`, or null when none were needed. */
  readonly tempDir: string | null;
}

/** A listed file before the wrappers are stripped: `path` still changes, then the list is frozen. */
type Staged = ListedFile;

interface Context {
  readonly limits: ImportLimits;
  readonly zips: ZipFile[];
  readonly handles: FileHandle[];
  readonly staged: Staged[];
  readonly seen: Set<string>;
  readonly strings: SharedStrings;
  tempDir: string | null;
  tempFiles: number;
  fileCount: number;
  declaredBytes: number;
  partBytes: number;
  closed: boolean;
}

/**
 * Opens an uploaded Notion export (a `.zip` file or an already-unpacked folder), unpacks part zips
 * to a temporary folder, checks it is safe and within limits, and lists its files. Every refusal
 * is an `ImportFatalError`; on any failure everything opened so far is closed again.
 */
export async function openExport(inputPath: string, limits?: Partial<ImportLimits>): Promise<OpenedExport> {
  const ctx = newContext({ ...DEFAULT_LIMITS, ...limits });
  try {
    const kind = (await statInput(inputPath)).isDirectory() ? "folder" : "zip";
    if (kind === "folder") await addFolder(ctx, inputPath);
    else await addZip(ctx, inputPath, 1, null);
    const entries = finishEntries(ctx.staged, kind);
    // Only the listing returned stays; `close` keeps ctx, so ctx must not keep a second one.
    ctx.staged.length = 0;
    ctx.seen.clear();
    return { kind, entries, tempDir: ctx.tempDir, close: () => closeContext(ctx) };
  } catch (err) {
    await closeContext(ctx);
    throw err;
  }
}

function newContext(limits: ImportLimits): Context {
  return { limits, zips: [], handles: [], staged: [], seen: new Set(), strings: new SharedStrings(), tempDir: null, tempFiles: 0, fileCount: 0, declaredBytes: 0, partBytes: 0, closed: false };
}

async function statInput(inputPath: string) {
  try {
    return await fs.stat(inputPath);
  } catch (err) {
    if (isErrnoCode(err, "ENOENT") || isErrnoCode(err, "ENOTDIR")) {
      throw new ImportFatalError("not_found", `The upload was not found: ${inputPath} does not exist.`, { cause: err });
    }
    throw err;
  }
}

async function closeContext(ctx: Context): Promise<void> {
  if (ctx.closed) return;
  ctx.closed = true;
  for (const zip of ctx.zips) zip.close();
  await Promise.all(ctx.handles.map((handle) => handle.close()));
  if (ctx.tempDir) await fs.rm(ctx.tempDir, { recursive: true, force: true });
}

/** `label` names a nested or in-folder zip in messages; null means the upload itself. */
async function addZip(ctx: Context, zipPath: string, depth: number, label: string | null): Promise<void> {
  const zip = await openZip(zipPath, label);
  ctx.zips.push(zip);
  const archive = await openArchive(ctx, zipPath);
  const own: Staged[] = [];
  const parts: { entry: Entry; rel: string }[] = [];
  await readCentralDirectory(zip, label, (entry) => {
    assertSafeName(entry.fileName);
    if (entry.fileName.endsWith("/")) return;
    const rel = normalisePath(entry.fileName);
    if (rel === "" || isJunk(rel)) return;
    if (isPartZip(rel)) {
      assertPartAllowed(ctx, rel, depth + 1, entry.uncompressedSize);
      parts.push({ entry, rel });
      return;
    }
    countFile(ctx, rel, entry.uncompressedSize);
    // The member keeps a few numbers, not yauzl's Entry, so the listing stays small.
    own.push(new ZipMember(rel, ctx.strings, archive, entry));
  });
  mergeContainer(ctx, own);
  // The zip's error listener keeps this scope alive as long as the zip is open; the listing it
  // would keep is returned by openExport and must be collectable once the caller drops it.
  own.length = 0;
  for (const { entry, rel } of sortParts(parts)) await addPart(ctx, zip, entry, rel, depth + 1);
}

/** Members are read through a handle of our own: one positioned read each, no stream chain. */
async function openArchive(ctx: Context, zipPath: string): Promise<ZipArchive> {
  const handle = await fs.open(zipPath, "r");
  ctx.handles.push(handle);
  const { size } = await handle.stat();
  return { handle, fileSize: size, isClosed: () => ctx.closed };
}

async function openZip(zipPath: string, label: string | null): Promise<ZipFile> {
  try {
    return await openYauzl(zipPath, YAUZL_OPTIONS);
  } catch (err) {
    if (label === null && !(await hasZipSignature(zipPath))) {
      throw new ImportFatalError("not_a_zip", "The upload is not a zip file.", { cause: err });
    }
    throw corruptZip(label, err);
  }
}

async function hasZipSignature(file: string): Promise<boolean> {
  const handle = await fs.open(file, "r");
  try {
    const { buffer, bytesRead } = await handle.read(Buffer.alloc(4), 0, 4, 0);
    if (bytesRead < 4 || buffer[0] !== 0x50 || buffer[1] !== 0x4b) return false;
    return [0x0304, 0x0506, 0x0708].includes(buffer.readUInt16BE(2));
  } finally {
    await handle.close();
  }
}

function readCentralDirectory(zip: ZipFile, label: string | null, onEntry: (entry: Entry) => void): Promise<void> {
  return new Promise((resolve, reject) => {
    zip.on("entry", (entry: Entry) => {
      try {
        onEntry(entry);
        zip.readEntry();
      } catch (err) {
        reject(err instanceof Error ? err : new Error(String(err)));
      }
    });
    zip.once("end", () => resolve());
    // Kept attached for the zip's lifetime: a later 'error' without a listener would crash the process.
    zip.on("error", (err: Error) => reject(zipError(label, err)));
    zip.readEntry();
  });
}

async function addPart(ctx: Context, zip: ZipFile, entry: Entry, rel: string, depth: number): Promise<void> {
  const file = await newTempFile(ctx);
  const budget = ctx.limits.maxTotalBytes;
  const stream = await openEntryStream(zip, entry, rel);
  try {
    await pipeline(stream, byteLimiter(budget, () => partTooLarge(rel, budget)), createWriteStream(file));
  } catch (err) {
    throw entryReadError(rel, err);
  }
  await addZip(ctx, file, depth, rel);
}

async function newTempFile(ctx: Context): Promise<string> {
  ctx.tempDir ??= await fs.mkdtemp(path.join(os.tmpdir(), "basecamp-import-"));
  ctx.tempFiles += 1;
  return path.join(ctx.tempDir, `part-${ctx.tempFiles}.zip`);
}

async function openEntryStream(zip: ZipFile, entry: Entry, rel: string): Promise<Readable> {
  try {
    return await zip.openReadStreamPromise(entry);
  } catch (err) {
    throw entryReadError(rel, err);
  }
}

async function addFolder(ctx: Context, root: string): Promise<void> {
  const realRoot = await fs.realpath(root);
  const own: Staged[] = [];
  const parts: { abs: string; rel: string }[] = [];
  await walkFolder(realRoot, realRoot, "", (abs, rel, size) => {
    assertSafeName(rel);
    const clean = normalisePath(rel);
    if (isJunk(clean)) return;
    if (isPartZip(clean)) {
      assertPartAllowed(ctx, clean, 1, 0);
      parts.push({ abs, rel: clean });
      return;
    }
    countFile(ctx, clean, size);
    own.push(new FolderFile(clean, size, ctx, abs));
  });
  mergeContainer(ctx, own);
  for (const part of sortParts(parts)) await addZip(ctx, part.abs, 1, part.rel);
}

type FileVisitor = (abs: string, rel: string, size: number) => void;

async function walkFolder(realRoot: string, dir: string, rel: string, visit: FileVisitor): Promise<void> {
  const dirents = await fs.readdir(dir, { withFileTypes: true });
  dirents.sort((a, b) => compareCodeUnits(a.name, b.name));
  for (const dirent of dirents) {
    const abs = path.join(dir, dirent.name);
    const childRel = rel === "" ? dirent.name : `${rel}/${dirent.name}`;
    if (dirent.isSymbolicLink()) await assertLinkInside(realRoot, abs, childRel);
    else if (dirent.isDirectory()) await walkFolder(realRoot, abs, childRel, visit);
    else if (dirent.isFile()) visit(abs, childRel, (await fs.stat(abs)).size);
  }
}

/** Links inside the folder are skipped (their targets are listed anyway); links out are refused. */
async function assertLinkInside(realRoot: string, abs: string, rel: string): Promise<void> {
  let target: string;
  try {
    target = await fs.realpath(abs);
  } catch {
    target = path.resolve(path.dirname(abs), await fs.readlink(abs));
  }
  const relative = path.relative(realRoot, target);
  if (relative === ".." || relative.startsWith(`..${path.sep}`) || path.isAbsolute(relative)) {
    throw unsafePath(rel, "it is a symbolic link to a place outside the uploaded folder");
  }
}

/** A file of an unpacked export; a class rather than a closure per file, to keep the listing small. */
class FolderFile extends ListedFile {
  constructor(
    path: string,
    size: number,
    private readonly ctx: Context,
    private readonly abs: string,
  ) {
    super(path, size, ctx.strings);
  }

  read(): Promise<Buffer> {
    if (this.ctx.closed) return Promise.reject(new Error(`Cannot read "${this.label}": the export source is closed.`));
    return collect(createReadStream(this.abs), this.ctx.limits.maxEntryBytes, this.label, (err) => err);
  }
}

function assertSafeName(name: string): void {
  if (name.includes("\0")) throw unsafePath(name, "it contains a NUL character");
  if (/^([a-zA-Z]:|[\\/])/.test(name)) throw unsafePath(name, "it is an absolute path");
  if (name.split(/[\\/]/).includes("..")) throw unsafePath(name, "it climbs out of the export with '..'");
}

function countFile(ctx: Context, rel: string, size: number): void {
  const { maxEntries, maxEntryBytes, maxTotalBytes } = ctx.limits;
  ctx.fileCount += 1;
  if (ctx.fileCount > maxEntries) {
    throw new ImportFatalError("too_many_entries", `The upload holds more than ${maxEntries} files, the most one import accepts.`);
  }
  if (size > maxEntryBytes) {
    throw new ImportFatalError("too_large", `The file "${rel}" would unpack to ${size} bytes, more than the ${maxEntryBytes} bytes allowed for one file. This looks like a zip bomb or a file too big to import.`);
  }
  ctx.declaredBytes += size;
  if (ctx.declaredBytes > maxTotalBytes) {
    throw new ImportFatalError("too_large", `The upload would unpack to more than ${maxTotalBytes} bytes in total, the most one import accepts.`);
  }
}

function assertPartAllowed(ctx: Context, rel: string, depth: number, declaredSize: number): void {
  if (depth > ctx.limits.maxZipDepth) {
    throw new ImportFatalError("too_large", `The zip "${rel}" is nested ${depth} zips deep; at most ${ctx.limits.maxZipDepth} levels are accepted.`);
  }
  ctx.partBytes += declaredSize;
  if (ctx.partBytes > ctx.limits.maxTotalBytes) throw partTooLarge(rel, ctx.limits.maxTotalBytes);
}

/** Reads a stream into one Buffer, stopping as soon as it passes `maxBytes` (sizes in a zip can lie). */
async function collect(stream: Readable, maxBytes: number, rel: string, mapError: (err: unknown) => unknown): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let total = 0;
  try {
    for await (const chunk of stream) {
      const buffer = chunk as Buffer;
      total += buffer.length;
      if (total > maxBytes) {
        throw new ImportFatalError("too_large", `The file "${rel}" unpacks to more than the ${maxBytes} bytes allowed for one file. This looks like a zip bomb or a file too big to import.`);
      }
      chunks.push(buffer);
    }
  } catch (err) {
    throw mapError(err);
  }
  return Buffer.concat(chunks, total);
}

function byteLimiter(maxBytes: number, tooMany: () => Error): Transform {
  let seen = 0;
  return new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      seen += chunk.length;
      if (seen > maxBytes) callback(tooMany());
      else callback(null, chunk);
    },
  });
}

/** '/' separators, NFC (Notion writes NFD names), no empty or '.' segments. */
export function normalisePath(name: string): string {
  return name
    .normalize("NFC")
    .split(/[\\/]/)
    .filter((segment) => segment !== "" && segment !== ".")
    .join("/");
}

function isJunk(rel: string): boolean {
  const segments = rel.split("/");
  return segments.includes("__MACOSX") || segments.at(-1) === ".DS_Store";
}

/** A `.zip` inside a page's folder is an attachment and stays a file; any other is a part to open. */
function isPartZip(rel: string): boolean {
  if (!rel.toLowerCase().endsWith(".zip")) return false;
  return !rel.split("/").slice(0, -1).some((folder) => PAGE_FOLDER_NAME.test(folder));
}

function sortParts<T extends { rel: string }>(parts: T[]): T[] {
  return [...parts].sort((a, b) => a.rel.localeCompare(b.rel, "en", { numeric: true }));
}

/** Drops one container's `Export-<uuid>/` wrapper, then adds its files, keeping the first of duplicates. */
function mergeContainer(ctx: Context, own: Staged[]): void {
  const wrapper = sharedTopFolder(own);
  if (wrapper !== null && EXPORT_WRAPPER.test(wrapper)) stripTopFolder(own, wrapper);
  for (const item of own) {
    if (ctx.seen.has(item.path)) continue;
    ctx.seen.add(item.path);
    ctx.staged.push(item);
  }
}

/** Strips wrapper folders, checks the result is a Notion export, sorts, and freezes the list. */
function finishEntries(staged: Staged[], kind: "zip" | "folder"): ExportEntry[] {
  stripWrappers(staged);
  if (staged.length === 0) {
    throw new ImportFatalError("empty", kind === "zip" ? "The zip is empty." : "The folder is empty: it holds no files.");
  }
  if (!staged.some((item) => NOTION_FILE_NAME.test(item.path.slice(item.path.lastIndexOf("/") + 1)))) {
    throw new ImportFatalError("not_an_export", "This does not look like a Notion export: no pages or databases named like 'Title <32-hex id>.md'.");
  }
  // Sorted on paths spelled out once each: a listed file builds its path on every read of it.
  return staged
    .map((item) => ({ key: item.path, item }))
    .sort((a, b) => compareCodeUnits(a.key, b.key))
    .map(({ item }) => Object.freeze(item));
}

/** Repeatedly removes a single top-level folder shared by every file, unless it is a page/database folder. */
export function stripWrappers(staged: { path: string }[]): void {
  for (let top = sharedTopFolder(staged); top !== null && !PAGE_FOLDER_NAME.test(top); top = sharedTopFolder(staged)) {
    stripTopFolder(staged, top);
  }
}

function sharedTopFolder(items: { path: string }[]): string | null {
  let shared: string | null = null;
  for (const { path: itemPath } of items) {
    const slash = itemPath.indexOf("/");
    if (slash < 0) return null;
    const top = itemPath.slice(0, slash);
    if (shared !== null && shared !== top) return null;
    shared = top;
  }
  return shared;
}

function stripTopFolder(items: { path: string }[], top: string): void {
  for (const item of items) item.path = item.path.slice(top.length + 1);
}

function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function isErrnoCode(err: unknown, code: string): boolean {
  return err instanceof Error && (err as NodeJS.ErrnoException).code === code;
}
