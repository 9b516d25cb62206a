import { existsSync, readFileSync, readdirSync, statSync } from "node:fs";
import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, test, vi } from "vitest";
import { ImportFatalError, type FatalCode } from "./errors";
import { NOTION_FILE_NAME, openExport } from "./source";
import { patchEntryName, zipBytes } from "../testing/zips";

const SAMPLES = path.resolve(import.meta.dirname, "../../../shared/fixtures/notion-export-samples");
const ID1 = "0123456789abcdef0123456789abcdef";
const ID2 = "fedcba9876543210fedcba9876543210";
const ID3 = "11112222333344445555666677778888";
const UUID = "99d4faad-5bc1-4fef-82ac-5f6c7a957b12";

type Files = [name: string, content: string | Buffer][];

let work = "";
let counter = 0;

beforeAll(async () => {
  work = await fs.mkdtemp(path.join(os.tmpdir(), "source-test-"));
});
afterAll(async () => {
  await fs.rm(work, { recursive: true, force: true });
});

async function writeFile(bytes: Buffer | string, name = "upload.zip"): Promise<string> {
  counter += 1;
  const dir = path.join(work, `case-${counter}`);
  await fs.mkdir(dir);
  const file = path.join(dir, name);
  await fs.writeFile(file, bytes);
  return file;
}

async function writeZip(files: Files): Promise<string> {
  return writeFile(await zipBytes(files));
}

async function writeTree(files: Files): Promise<string> {
  counter += 1;
  const root = path.join(work, `tree-${counter}`);
  for (const [name, content] of files) {
    await fs.mkdir(path.dirname(path.join(root, name)), { recursive: true });
    await fs.writeFile(path.join(root, name), content);
  }
  return root;
}

async function fatalOf(promise: Promise<unknown>): Promise<ImportFatalError> {
  const err = await promise.then(() => null, (e: unknown) => e);
  expect(err).toBeInstanceOf(ImportFatalError);
  return err as ImportFatalError;
}

async function expectFatal(promise: Promise<unknown>, code: FatalCode, message: RegExp | string): Promise<void> {
  const err = await fatalOf(promise);
  expect(err.code).toBe(code);
  expect(err.message).toMatch(message);
}

const PAGES: Files = [
  [`Home ${ID1}.md`, "# Home\n"],
  [`Home ${ID1}/Child ${ID2}.md`, "# Child"],
  [`Home ${ID1}/Tasks ${ID3}.csv`, "\uFEFFName\r\nA"],
  [`Home ${ID1}/Tasks ${ID3}_all.csv`, "\uFEFFName\r\nA\r\nB"],
  [`Home ${ID1}/picture.png`, Buffer.from([0x89, 0x50, 0x4e, 0x47])],
];
const PAGE_PATHS = PAGES.map(([name]) => name).sort();

describe("openExport refuses unsafe or broken uploads", () => {
  test.each([
    ["zip-slip '../../etc/passwd'", "aa/aa/etc/passwd", "../../etc/passwd", "../../etc/passwd", /climbs out of the export/],
    ["absolute '/etc/passwd'", "xetc/passwd", "/etc/passwd", "/etc/passwd", /absolute path/],
    ["Windows drive 'C:\\x.md'", "C__x.md", "C:\\x.md", "C:/x.md", /absolute path/],
    ["UNC '\\\\server\\x.md'", "__server_x.md", "\\\\server\\x.md", "server", /absolute path/],
    ["backslash zip-slip '..\\..\\evil.md'", "aa_aa_evil.md", "..\\..\\evil.md", "../../evil.md", /climbs out of the export/],
    ["a NUL byte", "Page_x.md", "Page\0x.md", "Page\\u0000x.md", /NUL character/],
  ])("%s → unsafe_path naming the entry", async (_label, safe, unsafe, shown, why) => {
    const bytes = patchEntryName(await zipBytes([[`Home ${ID1}.md`, "# Home"], [safe, "x"]]), safe, unsafe);
    const err = await fatalOf(openExport(await writeFile(bytes)));
    expect(err.code).toBe("unsafe_path");
    expect(err.message).toMatch(/^The upload contains an unsafe file name /);
    expect(err.message).toContain(shown);
    expect(err.message).toMatch(why);
  });

  test("zip bomb: 20 MB of zeros in a tiny zip is refused from its declared size", async () => {
    const zip = await writeZip([[`Bomb ${ID1}.md`, Buffer.alloc(20_000_000)]]);
    expect((await fs.stat(zip)).size).toBeLessThan(200_000);
    await expectFatal(openExport(zip, { maxEntryBytes: 1_000_000 }), "too_large", /Bomb .*20000000 bytes.*1000000 bytes allowed for one file/);
  });

  test("zip bomb: the declared total across files is capped", async () => {
    const files: Files = [1, 2, 3].map((n) => [`Page ${n} ${ID1}.md`, Buffer.alloc(400_000)]);
    await expectFatal(openExport(await writeZip(files), { maxTotalBytes: 1_000_000 }), "too_large", /more than 1000000 bytes in total/);
  });

  test("zip bomb: an entry that lies about its size is stopped while streaming", async () => {
    const bytes = await zipBytes([[`Liar ${ID1}.md`, Buffer.alloc(2_000_000)]]);
    const central = bytes.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
    bytes.writeUInt32LE(100, central + 24); // declared uncompressed size in the central directory
    const source = await openExport(await writeFile(bytes), { maxEntryBytes: 1_000_000 });
    try {
      expect(source.entries[0]!.size).toBe(100);
      await expectFatal(source.entries[0]!.read(), "too_large", /Liar .*zip bomb/);
    } finally {
      await source.close();
    }
  });

  test("zips nested deeper than maxZipDepth are refused", async () => {
    const inner = await zipBytes(PAGES);
    const middle = await zipBytes([["Part-2.zip", inner]]);
    const zip = await writeZip([["Part-1.zip", middle]]);
    const mkdtemp = vi.spyOn(fs, "mkdtemp");
    try {
      await expectFatal(openExport(zip, { maxZipDepth: 2 }), "too_large", /nested 3 zips deep; at most 2/);
      // The first part was already unpacked when the second was refused: its temp folder is gone.
      const tempDir = await mkdtemp.mock.results[0]!.value;
      expect(tempDir).toMatch(/basecamp-import-/);
      expect(existsSync(tempDir)).toBe(false);
    } finally {
      mkdtemp.mockRestore();
    }
    const ok = await openExport(zip, { maxZipDepth: 3 });
    await ok.close();
  });

  test("a truncated zip → corrupt_zip", async () => {
    const bytes = await zipBytes([...PAGES, [`Big ${ID2}.md`, Buffer.from(Array.from({ length: 50_000 }, (_, i) => (i * 7919) % 251))]]);
    const zip = await writeFile(bytes.subarray(0, Math.floor(bytes.length / 2)));
    await expectFatal(openExport(zip), "corrupt_zip", /^The zip file is damaged or incomplete: /);
  });

  test("a zip with only a photo and notes → not_an_export", async () => {
    const zip = await writeZip([["photo.jpg", Buffer.from([0xff, 0xd8, 0xff])], ["notes.txt", "hello"]]);
    await expectFatal(openExport(zip), "not_an_export", "This does not look like a Notion export: no pages or databases named like 'Title <32-hex id>.md'.");
  });

  test("an empty zip, or one holding only folders and macOS litter → empty", async () => {
    await expectFatal(openExport(await writeZip([])), "empty", "The zip is empty.");
    const litter = await writeZip([["Export/", ""], ["__MACOSX/._Home.md", "x"], [".DS_Store", "x"], ["a/.DS_Store", "x"]]);
    await expectFatal(openExport(litter), "empty", "The zip is empty.");
  });

  test("a text file named export.zip → not_a_zip", async () => {
    const file = await writeFile("these are my notes, not a zip\n", "export.zip");
    await expectFatal(openExport(file), "not_a_zip", "The upload is not a zip file.");
    await expectFatal(openExport(await writeFile("", "empty.zip")), "not_a_zip", "The upload is not a zip file.");
  });

  test("more files than maxEntries → too_many_entries", async () => {
    const files: Files = [1, 2, 3, 4].map((n) => [`Page ${n} ${ID1}.md`, "# x"]);
    await expectFatal(openExport(await writeZip(files), { maxEntries: 3 }), "too_many_entries", /more than 3 files/);
    const ok = await openExport(await writeZip(files.slice(0, 3)), { maxEntries: 3 });
    await ok.close();
  });

  test("a missing path → not_found", async () => {
    const missing = path.join(work, "no-such-upload.zip");
    await expectFatal(openExport(missing), "not_found", `The upload was not found: ${missing} does not exist.`);
  });

  test("a folder with a symlink leading outside it → unsafe_path", async () => {
    const root = await writeTree(PAGES);
    await fs.symlink("/etc/passwd", path.join(root, `Home ${ID1}`, "passwd"));
    await expectFatal(openExport(root), "unsafe_path", /Home 0123456789abcdef0123456789abcdef\/passwd.*outside the uploaded folder/);
  });
});

describe("openExport lists the files of an export", () => {
  test("a plain zip of pages: sorted paths, sizes and contents", async () => {
    const source = await openExport(await writeZip(PAGES));
    try {
      expect(source.kind).toBe("zip");
      expect(source.tempDir).toBeNull();
      expect(source.entries.map((e) => e.path)).toEqual(PAGE_PATHS);
      const child = source.entries.find((e) => e.path.endsWith(`Child ${ID2}.md`))!;
      expect(child.size).toBe(7);
      expect((await child.read()).toString("utf8")).toBe("# Child");
    } finally {
      await source.close();
    }
  });

  test("Notion's shape: outer zip → two part zips → Export-<uuid>/…, merged and unwrapped", async () => {
    const part1 = await zipBytes([
      [`Export-${UUID}/Home ${ID1}.md`, "# Home\n"],
      [`Export-${UUID}/Home ${ID1}/Child ${ID2}.md`, "# Child"],
      [`Export-${UUID}/index.html`, "<html>part 1</html>"],
    ]);
    const part2 = await zipBytes([
      [`Export-${UUID}/Home ${ID1}/Tasks ${ID3}.csv`, "\uFEFFName"],
      [`Export-${UUID}/index.html`, "<html>part 2</html>"],
    ]);
    const zip = await writeZip([
      [`Export-${UUID}-Part-2.zip`, part2],
      [`Export-${UUID}-Part-1.zip`, part1],
    ]);
    const source = await openExport(zip);
    const tempDir = source.tempDir;
    expect(tempDir).not.toBeNull();
    expect(existsSync(tempDir!)).toBe(true);
    try {
      expect(source.entries.map((e) => e.path)).toEqual([
        `Home ${ID1}.md`,
        `Home ${ID1}/Child ${ID2}.md`,
        `Home ${ID1}/Tasks ${ID3}.csv`,
        "index.html",
      ]);
      const index = source.entries.find((e) => e.path === "index.html")!;
      expect((await index.read()).toString()).toBe("<html>part 1</html>");
      const tasks = source.entries.find((e) => e.path.endsWith(".csv"))!;
      expect((await tasks.read()).toString()).toBe("\uFEFFName");
    } finally {
      await source.close();
    }
    expect(existsSync(tempDir!)).toBe(false);
    await expect(source.entries[0]!.read()).rejects.toThrow(/closed/);
    await source.close();
  });

  test("teamspace and bare-hex wrappers are stripped, a page folder is not", async () => {
    const wrapped = await openExport(await writeZip(PAGES.map(([n, c]) => [`Private & Shared/${ID2}/${n}`, c])));
    expect(wrapped.entries.map((e) => e.path)).toEqual(PAGE_PATHS);
    await wrapped.close();
    const onlyFolder = await openExport(await writeZip([[`Home ${ID1}/Child ${ID2}.md`, "# Child"]]));
    expect(onlyFolder.entries.map((e) => e.path)).toEqual([`Home ${ID1}/Child ${ID2}.md`]);
    await onlyFolder.close();
  });

  test("a zip inside a page folder is an attachment, not a part", async () => {
    const attachment = await zipBytes([["inside.txt", "x"]]);
    const source = await openExport(await writeZip([...PAGES, [`Home ${ID1}/backup.zip`, attachment]]));
    expect(source.entries.map((e) => e.path)).toContain(`Home ${ID1}/backup.zip`);
    expect(source.entries.map((e) => e.path)).not.toContain("inside.txt");
    await source.close();
  });

  test("an NFD file name comes out NFC", async () => {
    const nfd = `Wo\u0308chentliche To-do-Liste ${ID1}.md`;
    const source = await openExport(await writeZip([[nfd, "# Wöchentliche To-do-Liste"]]));
    expect(source.entries.map((e) => e.path)).toEqual([`W\u00f6chentliche To-do-Liste ${ID1}.md`]);
    await source.close();
  });

  test("a folder gives the same paths as the zip of its content", async () => {
    const nested: Files = PAGES.map(([n, c]) => [`Export-${UUID}-Part-1/Export-${UUID}/${n}`, c]);
    const fromZip = await openExport(await writeZip(nested));
    const root = await writeTree([...nested, [".DS_Store", "x"], ["__MACOSX/._x", "x"]]);
    await fs.symlink(path.join(root, `Export-${UUID}-Part-1`), path.join(root, "inside-link"));
    const fromFolder = await openExport(root);
    try {
      expect(fromFolder.kind).toBe("folder");
      expect(fromFolder.entries.map((e) => e.path)).toEqual(PAGE_PATHS);
      expect(fromFolder.entries.map((e) => e.path)).toEqual(fromZip.entries.map((e) => e.path));
      expect(fromFolder.entries.map((e) => e.size)).toEqual(fromZip.entries.map((e) => e.size));
      expect((await fromFolder.entries[0]!.read()).toString()).toBe("# Home\n");
    } finally {
      await fromZip.close();
      await fromFolder.close();
    }
  });

  test("a folder that still holds the part zip opens it", async () => {
    const part = await zipBytes(PAGES.map(([n, c]) => [`Export-${UUID}/${n}`, c]));
    const root = await writeTree([[`7acd77c1-0197-44e3-9793-ae81ab520ac9_Export/Export-${UUID}-Part-1.zip`, part]]);
    const source = await openExport(root);
    expect(source.entries.map((e) => e.path)).toEqual(PAGE_PATHS);
    expect((await source.entries[0]!.read()).toString()).toBe("# Home\n");
    await source.close();
  });
});

/** Sample folders as listed in the first column of SOURCES.md's table. */
function sampleFolders(): string[] {
  const sources = readFileSync(path.join(SAMPLES, "SOURCES.md"), "utf8");
  const folders = [...sources.matchAll(/^\| `([^`]+)\/` \|/gm)].map((m) => path.join(SAMPLES, m[1]!));
  return folders.filter((folder) => hasMarkdown(folder));
}

function hasMarkdown(dir: string): boolean {
  return readdirSync(dir).some((name) => {
    const full = path.join(dir, name);
    return name.endsWith(".md") || (statSync(full).isDirectory() && hasMarkdown(full));
  });
}

describe.skipIf(!existsSync(SAMPLES))("real Notion samples (skipped: ../shared/fixtures is absent on this clone)", () => {
  const folders = existsSync(SAMPLES) ? sampleFolders() : [];

  test("SOURCES.md lists the Markdown samples", () => {
    expect(folders.length).toBeGreaterThanOrEqual(6);
  });

  test.each(folders.map((folder) => [path.relative(SAMPLES, folder), folder]))("%s opens, NFC, without wrapper", async (_name, folder) => {
    const source = await openExport(folder);
    try {
      const paths = source.entries.map((e) => e.path);
      expect(paths.length).toBeGreaterThan(0);
      for (const p of paths) {
        expect(p).toBe(p.normalize("NFC"));
        expect(p).not.toMatch(/^(Export|ExportBlock)-|\/Export-[0-9a-f]{8}-|_Export\//);
      }
      expect(paths.some((p) => NOTION_FILE_NAME.test(p) || / [0-9a-f]{32}$/.test(p.split("/")[0]!))).toBe(true);
      for (const entry of source.entries) expect((await entry.read()).length).toBe(entry.size);
    } finally {
      await source.close();
    }
  });

  test("the German sample's NFD page name comes out NFC", async () => {
    const source = await openExport(path.join(SAMPLES, "marph91__jimmy-test-data/test_1_frontmatter"));
    expect(source.entries.map((e) => e.path)).toContain("W\u00f6chentliche To-do-Liste 39f63cea70da4ca2bb76f09c29c96f9c.md");
    await source.close();
  });
});
