/**
 * Deterministic demo export of the fictional CADENCE CubeSat program, in the on-disk format of
 * Notion's "Export → Markdown & CSV, include subpages" (/work/shared/notion-export-format.md).
 *
 *   npx tsx db/import/demo/generate-export.ts out.zip [--pages 3000]
 *   npx tsx db/import/demo/generate-export.ts --folder out-dir [--pages 3000]
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import yazl from "yazl";
import {
  allCsvPathOf, csvBaseOf, csvPathOf, mdPathOf, rowPathOf, type Cell, type DatabaseNode, type LinkedViewNode, type PageNode, type RowSpec, type TreeNode,
} from "./model";
import { dirOf, escapeHtml, relationValue, renderCsv, renderPage } from "./notion-format";
import { dashed, makeUuid } from "./prng";
import { buildWorkspace } from "./workspace";

export interface DemoFile {
  /** Relative to the `Export-<uuid>/` wrapper, '/'-separated, NFC. */
  path: string;
  content: Buffer;
}

export interface DemoExportOptions {
  /**
   * Raw pages (`.md` files plus linked-view CSVs) in the export; default and minimum 1416. More
   * pages add Tasks and Meeting Notes rows, half each (tasks take an odd one), all distinct.
   */
  targetPages?: number;
}

export const DEMO_EXPORT_EXPECTED = {
  rawPages: 1416,
  people: 27,
  projects: 69,
  tasks: 443,
  meetings: 440,
  documents: 71,
  kept: 979,
  excluded: 437,
} as const;

/** The export job's uuid: in the wrapper folder and part-zip names. */
export const DEMO_EXPORT_UUID = makeUuid("export-job");
/** The name Notion would give the downloaded file. */
export const DEMO_EXPORT_ZIP_NAME = `${makeUuid("download")}_Export-${DEMO_EXPORT_UUID}.zip`;
export const DEMO_EXPORT_WRAPPER = `Export-${DEMO_EXPORT_UUID}`;
export const DEMO_WORKSPACE_NAME = "CADENCE";
const WORKSPACE_UUID = makeUuid("workspace");
/** Fixed zip timestamps, so two runs give identical bytes. */
const ZIP_MTIME = new Date("2025-12-01T00:00:00Z");
const ZIP_MODE = 0o100644;

interface PlannedFile {
  path: string;
  make: () => Buffer;
}

function targetOf(options: DemoExportOptions | undefined): number {
  const target = options?.targetPages ?? DEMO_EXPORT_EXPECTED.rawPages;
  if (!Number.isInteger(target) || target < DEMO_EXPORT_EXPECTED.rawPages) {
    throw new RangeError(`targetPages must be an integer ≥ ${DEMO_EXPORT_EXPECTED.rawPages}, got ${target}`);
  }
  return target;
}

function cellText(cell: Cell | undefined, baseDir: string): string {
  if (cell === undefined) return "";
  return typeof cell === "string" ? cell : relationValue(cell, baseDir);
}

function csvFile(db: DatabaseNode, columns: readonly string[], inView: (row: RowSpec) => boolean, baseDir: string): Buffer {
  const indexes = columns.map((c) => db.columns.indexOf(c));
  if (indexes.some((i) => i < 0)) throw new Error(`unknown column in a view of ${db.title}`);
  function* rows(): Generator<string[]> {
    for (let r = 0; r < db.rowCount; r++) {
      const row = db.row(r);
      if (inView(row)) yield indexes.map((i) => (i === 0 ? row.title : cellText(row.cells[i - 1], baseDir)));
    }
  }
  return renderCsv(columns, rows());
}

function rowPage(db: DatabaseNode, row: RowSpec): Buffer {
  const pageDir = dirOf(rowPathOf(db, row));
  const properties = db.columns.slice(1).map((name, k) => [name, cellText(row.cells[k], pageDir)] as const);
  return Buffer.from(renderPage(row.title, properties, row.body()), "utf8");
}

function pageFile(node: PageNode): Buffer {
  return Buffer.from(renderPage(node.title, node.properties, node.body()), "utf8");
}

function planFiles(root: PageNode): PlannedFile[] {
  const files: PlannedFile[] = [];
  const visit = (node: TreeNode): void => {
    if (node.kind === "page") {
      files.push({ path: mdPathOf(node), make: () => pageFile(node) });
      node.children.forEach(visit);
    } else if (node.kind === "database") {
      const base = csvBaseOf(node);
      files.push({ path: csvPathOf(node), make: () => csvFile(node, node.viewColumns, node.inView, base) });
      files.push({ path: allCsvPathOf(node), make: () => csvFile(node, node.columns, () => true, base) });
      for (let r = 0; r < node.rowCount; r++) {
        const row = node.row(r);
        files.push({ path: rowPathOf(node, row), make: () => rowPage(node, node.row(r)) });
      }
      node.templates.forEach(visit);
    } else {
      const view: LinkedViewNode = node;
      files.push({ path: csvPathOf(view), make: () => csvFile(view.source, view.columns, view.inView, csvBaseOf(view)) });
    }
  };
  visit(root);
  files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  for (let i = 1; i < files.length; i++) {
    if (files[i]!.path === files[i - 1]!.path) throw new Error(`duplicate path ${files[i]!.path}`);
  }
  return files;
}

const baseName = (p: string): string => p.slice(p.lastIndexOf("/") + 1);

/** Collects a large text as UTF-8 chunks, so no huge array of small strings builds up. */
class TextChunks {
  private readonly chunks: Buffer[] = [];
  private current = "";

  push(text: string): void {
    this.current += text;
    if (this.current.length >= 1 << 20) this.flush();
  }

  toBuffer(): Buffer {
    this.flush();
    return Buffer.concat(this.chunks);
  }

  private flush(): void {
    if (this.current !== "") this.chunks.push(Buffer.from(this.current, "utf8"));
    this.current = "";
  }
}

/** `index.html`: the page tree as nested `<ul id="id::…">`, two entries per database. */
function indexHtml(root: PageNode): Buffer {
  const out = new TextChunks();
  const link = (filePath: string) => `<a href="${escapeHtml(filePath)}">${escapeHtml(baseName(filePath))}</a>`;
  const databaseEntries = (node: DatabaseNode | LinkedViewNode, children: () => void): void => {
    const name = baseName(csvPathOf(node)).replace(/\.csv$/, "");
    out.push(`<li><ul id="id::${dashed(node.id)}.csv"><a href="https://www.notion.so/${node.id}">${escapeHtml(name)}.csv</a></ul></li>`);
    out.push(`<li><ul id="id::${dashed(node.id)}"><a>${escapeHtml(name)} (Inline database)</a>`);
    children();
    out.push("</ul></li>");
  };
  const visit = (node: TreeNode): void => {
    if (node.kind === "page") {
      out.push(`<li><ul id="id::${dashed(node.id)}">${link(mdPathOf(node))}`);
      node.children.forEach(visit);
      out.push("</ul></li>");
    } else if (node.kind === "database") {
      databaseEntries(node, () => {
        for (let r = 0; r < node.rowCount; r++) {
          const row = node.row(r);
          out.push(`<li><ul id="id::${dashed(row.id)}">${link(rowPathOf(node, row))}</ul></li>`);
        }
        node.templates.forEach(visit);
      });
    } else {
      databaseEntries(node, () => {});
    }
  };
  out.push(
    `<!DOCTYPE html><html><head>\n\t\t\t\t\t\t<title>${DEMO_EXPORT_WRAPPER}</title>\n\t\t\t\t\t</head>\n\t\t\t\t<body>\n\t\t\t\t\t` +
      `<ul id="id::${WORKSPACE_UUID}"><li><h3>Workspace details:</h3><p>Workspace identifier: ${WORKSPACE_UUID}</p>` +
      `<p>Workspace name: ${escapeHtml(DEMO_WORKSPACE_NAME)}</p></li>`,
  );
  visit(root);
  out.push("</ul>\n\t\t\t\t\n\t\t\t\t</body></html>");
  return out.toBuffer();
}

interface DemoPlan {
  files: PlannedFile[];
  indexHtml: () => Buffer;
}

function planDemoExport(options?: DemoExportOptions): DemoPlan {
  const extra = targetOf(options) - DEMO_EXPORT_EXPECTED.rawPages;
  const { root } = buildWorkspace(extra);
  return { files: planFiles(root), indexHtml: () => indexHtml(root) };
}

/** Every file of the export, sorted by path, `index.html` last; content is made on demand. */
export function* generateDemoFiles(options?: DemoExportOptions): Generator<DemoFile> {
  const plan = planDemoExport(options);
  for (const file of plan.files) yield { path: file.path, content: file.make() };
  yield { path: "index.html", content: plan.indexHtml() };
}

/** Writes Notion's two-layer zip: outer zip ⊃ `Export-<uuid>-Part-1.zip` ⊃ `Export-<uuid>/…`. */
export async function writeDemoExportZip(outFile: string, options?: DemoExportOptions): Promise<void> {
  const plan = planDemoExport(options);
  const tmpDir = await fs.promises.mkdtemp(path.join(os.tmpdir(), "cadence-demo-export-"));
  try {
    const partName = `${DEMO_EXPORT_WRAPPER}-Part-1.zip`;
    const partPath = path.join(tmpDir, partName);
    const inner = new yazl.ZipFile();
    const entries = [...plan.files, { path: "index.html", make: plan.indexHtml }];
    for (const file of entries) {
      // Lazy entries: yazl asks for each one in order, so only one file is in memory at a time.
      inner.addReadStreamLazy(`${DEMO_EXPORT_WRAPPER}/${file.path}`, { mtime: ZIP_MTIME, mode: ZIP_MODE }, (cb) =>
        cb(null, Readable.from([file.make()], { objectMode: false })),
      );
    }
    inner.end();
    await pipeline(inner.outputStream, fs.createWriteStream(partPath));

    const outer = new yazl.ZipFile();
    outer.addFile(partPath, partName, { mtime: ZIP_MTIME, mode: ZIP_MODE });
    outer.end();
    await pipeline(outer.outputStream, fs.createWriteStream(outFile));
  } finally {
    await fs.promises.rm(tmpDir, { recursive: true, force: true });
  }
}

/** Writes the unpacked tree: `<outDir>/Export-<uuid>/…` plus `index.html`, as unzipping the part gives. */
export async function writeDemoExportFolder(outDir: string, options?: DemoExportOptions): Promise<void> {
  const wrapper = path.join(outDir, DEMO_EXPORT_WRAPPER);
  const made = new Set<string>();
  for (const file of generateDemoFiles(options)) {
    const target = path.join(wrapper, ...file.path.split("/"));
    const dir = path.dirname(target);
    if (!made.has(dir)) {
      await fs.promises.mkdir(dir, { recursive: true });
      made.add(dir);
    }
    await fs.promises.writeFile(target, file.content);
  }
}

async function main(argv: string[]): Promise<void> {
  const pagesAt = argv.indexOf("--pages");
  const targetPages = pagesAt >= 0 ? Number(argv[pagesAt + 1]) : undefined;
  const folderAt = argv.indexOf("--folder");
  if (folderAt >= 0 && argv[folderAt + 1]) {
    await writeDemoExportFolder(argv[folderAt + 1]!, { targetPages });
    console.log(`Wrote ${path.join(argv[folderAt + 1]!, DEMO_EXPORT_WRAPPER)}`);
    return;
  }
  const out = argv.find((a, i) => !a.startsWith("--") && argv[i - 1] !== "--pages") ?? DEMO_EXPORT_ZIP_NAME;
  await writeDemoExportZip(out, { targetPages });
  console.log(`Wrote ${out}`);
}

if (process.argv[1] && /generate-export\.ts$/.test(process.argv[1])) {
  main(process.argv.slice(2)).catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
