import { createHash } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import yauzl from "yauzl";
import { ALL_PERSON_NAMES } from "./content-people";
import {
  DEMO_EXPORT_EXPECTED, DEMO_EXPORT_UUID, generateDemoFiles, writeDemoExportFolder, writeDemoExportZip, type DemoFile,
} from "./generate-export";
import {
  basename, bodyLinks, classify, dirname, ExportIndex, join, matchingKeywords, NAME_RE, readCsv, relationItems,
} from "./read-export";

const normalisePerson = (name: string): string => name.normalize("NFC").trim().replace(/\s+/g, " ").toLowerCase();
const digest = (files: readonly DemoFile[]): string => {
  const hash = createHash("sha256");
  for (const f of files) hash.update(f.path).update("\0").update(f.content).update("\0");
  return hash.digest("hex");
};
/** Independent re-implementation of Notion's file-name sanitising, for checking names. */
const sanitise = (title: string): string => {
  const s = title.replace(/[/:*?"<>|\\]/g, "").replace(/\./g, " ").replace(/\s+/g, " ").trim();
  return Array.from(s).slice(0, 50).join("") || "Untitled";
};
const decode = (target: string): string => decodeURIComponent(target);
const MENTION_DATE = /^(January|February|March|April|May|June|July|August|September|October|November|December) \d{1,2}, \d{4}/;
const MENTION_RELATIVE = /^(Today|Yesterday|Tomorrow|Last [A-Z][a-z]+day|Next [A-Z][a-z]+day)\b/;

let files: DemoFile[];
let index: ExportIndex;

beforeAll(() => {
  files = [...generateDemoFiles()];
  index = new ExportIndex(files);
});

function csvOf(stemName: string): { path: string; header: string[]; rows: string[][] } {
  const file = files.find((f) => f.path.endsWith("_all.csv") && NAME_RE.exec(basename(f.path))![1] === stemName)!;
  return { path: file.path, ...readCsv(file.content) };
}

function column(stemName: string, name: string): string[] {
  const csv = csvOf(stemName);
  return csv.rows.map((r) => r[csv.header.indexOf(name)]!);
}

describe("demo Notion export", () => {
  it("is deterministic: same files and bytes every run", () => {
    const again = [...generateDemoFiles()];
    expect(again.map((f) => f.path)).toEqual(files.map((f) => f.path));
    expect(digest(again)).toBe(digest(files));
  });

  it("has exactly 1,416 raw pages, in the composition of the brief", () => {
    expect(index.rawPages()).toHaveLength(DEMO_EXPORT_EXPECTED.rawPages);
    const linkedViews = files.filter((f) => index.isLinkedView(f.path)).map((f) => basename(f.path));
    expect(linkedViews).toEqual([expect.stringMatching(/^Active projects [0-9a-f]{32}\.csv$/)]);
    const rowFolder = (name: string) => files.filter((f) => f.path.endsWith(".md") && NAME_RE.exec(basename(dirname(f.path)))?.[1] === name).length;
    expect([rowFolder("Team Directory"), rowFolder("Tasks"), rowFolder("Meeting Notes"), rowFolder("Projects"), rowFolder("Old Tasks"), rowFolder("Reading List")])
      .toEqual([25, 465, 456, 20, 180, 81]);
  });

  it("classifies into the expected kept and excluded counts", () => {
    const rows = classify(index);
    const kept = (category: string) => rows.filter((r) => r.kept && r.category === category).length;
    expect(kept("people")).toBe(25);
    expect(kept("tasks")).toBe(DEMO_EXPORT_EXPECTED.tasks);
    expect(kept("meetings")).toBe(DEMO_EXPORT_EXPECTED.meetings);
    expect(kept("documents_program") + kept("documents_technical")).toBe(DEMO_EXPORT_EXPECTED.projects);
    expect(kept("documents_technical")).toBe(49);
    expect(kept("documents_program") + kept("documents_technical") + kept("documents_workflow")).toBe(DEMO_EXPORT_EXPECTED.documents);
    expect(rows.filter((r) => r.kept)).toHaveLength(DEMO_EXPORT_EXPECTED.kept);
    const reasons: Record<string, number> = {};
    for (const r of rows) if (!r.kept) reasons[r.reason!] = (reasons[r.reason!] ?? 0) + 1;
    expect(reasons).toEqual({ template: 3, linked_view: 1, empty: 21, untitled: 10, archived: 220, duplicate: 45, other: 137 });
    expect(rows.length - DEMO_EXPORT_EXPECTED.kept).toBe(DEMO_EXPORT_EXPECTED.excluded);
  });

  it("names every file and folder like Notion: sanitised title, space, 32-hex id", () => {
    const ids = new Set<string>();
    for (const f of files) {
      if (f.path === "index.html") continue;
      const segments = f.path.split("/");
      for (const seg of segments.slice(0, -1)) expect(seg).toMatch(/^(.*?) +([0-9a-f]{32})$/);
      const m = NAME_RE.exec(segments.at(-1)!);
      expect(m, f.path).not.toBeNull();
      expect(m![4]).toMatch(/^\.(md|csv)$/);
      expect(Array.from(m![1]!).length).toBeLessThanOrEqual(50);
      expect(f.path).toBe(f.path.normalize("NFC"));
      if (m![4] === ".md") {
        expect(ids.has(m![2]!), `duplicate id in ${f.path}`).toBe(false);
        ids.add(m![2]!);
        const title = f.content.toString("utf8").split("\n")[0]!.slice(2);
        expect(m![1]!.trimEnd()).toBe(sanitise(title).trimEnd());
        expect(m![2]!.startsWith("1a2b3c4de5f680") || f.path.includes("/Archive ")).toBe(true);
      }
    }
    expect(files.at(-1)!.path).toBe("index.html");
    const sorted = files.slice(0, -1).map((f) => f.path);
    expect(sorted).toEqual([...sorted].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
  });

  it("writes .md as UTF-8 without BOM, LF, no final newline, and CSVs with BOM and CRLF", () => {
    for (const f of files) {
      if (f.path.endsWith(".md")) {
        expect(f.content[0]).not.toBe(0xef);
        const text = f.content.toString("utf8");
        expect(text.startsWith("# ")).toBe(true);
        expect(text.endsWith("\n")).toBe(false);
        expect(text.includes("\r")).toBe(false);
      } else if (f.path.endsWith(".csv")) {
        expect([...f.content.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
        const text = f.content.toString("utf8");
        expect(text.includes("\r\n")).toBe(true);
        expect(/[^\r]\n/.test(text)).toBe(false);
        expect(text.endsWith("\n")).toBe(false);
      }
    }
  });

  it("keeps every CSV row and row page consistent; templates and duplicates are as planned", () => {
    const duplicates: Record<string, number> = {};
    const templates: Record<string, string[]> = {};
    for (const allPath of index.databases()) {
      const name = NAME_RE.exec(basename(allPath))![1]!;
      const csv = readCsv(index.byPath.get(allPath)!.content);
      const folder = allPath.replace(/_all\.csv$/, "");
      const pages = files.filter((f) => dirname(f.path) === folder && f.path.endsWith(".md")).map((f) => index.page(f.path));
      const titles = csv.rows.map((r) => r[0]!);
      const unmatched = [...pages];
      for (const row of csv.rows) {
        const i = unmatched.findIndex((p) => p.title === row[0]);
        expect(i, `${name}: row "${row[0]}" has no page`).toBeGreaterThanOrEqual(0);
        const page = unmatched.splice(i, 1)[0]!;
        csv.header.slice(1).forEach((col, k) => {
          const cell = row[k + 1]!;
          const value = page.properties.get(col) ?? "";
          if (col === "Project") {
            expect(relationItems(value).map((r) => r.title)).toEqual(relationItems(cell).map((r) => r.title));
          } else expect(value, `${page.path} ${col}`).toBe(cell);
        });
      }
      templates[name] = unmatched.map((p) => p.title).sort();
      duplicates[name] = titles.length - new Set(titles).size;
      const plain = readCsv(index.byPath.get(`${folder}.csv`)!.content);
      expect(plain.header[0]).toBe(csv.header[0]);
      for (const r of plain.rows) expect(titles).toContain(r[0]);
    }
    expect(templates).toEqual({
      "Team Directory": [], Projects: [], Tasks: ["Bug report", "New task"], "Meeting Notes": ["Meeting template"], "Old Tasks": [], "Reading List": [],
    });
    expect(duplicates).toEqual({ "Team Directory": 0, Projects: 0, Tasks: 20, "Meeting Notes": 15, "Old Tasks": 0, "Reading List": 0 });
    const engineering = files.filter((f) => f.path.includes("/Engineering ") && f.path.endsWith(".md")).map((f) => index.page(f.path));
    const docKeys = engineering.filter((p) => p.body !== "" && p.title !== "Untitled").map((p) => `${p.title}\n${p.body}`);
    expect(docKeys.length - new Set(docKeys).size).toBe(10);
    expect(column("Tasks", "Status").length).toBe(463);
    const open = readCsv(index.byPath.get(csvOf("Tasks").path.replace("_all.csv", ".csv"))!.content);
    expect(open.header).toEqual(["Name", "Status", "Assignee", "Due"]);
    expect(open.rows.some((r) => ["Done", "✅ Done", "Complete"].includes(r[1]!))).toBe(false);
  });

  it("resolves every relation and link from the right base folder", () => {
    let checked = 0;
    const titleAt = (target: string) => index.page(target).title;
    for (const f of files) {
      if (f.path.endsWith("_all.csv") || index.isLinkedView(f.path)) {
        const csv = readCsv(f.content);
        const col = csv.header.indexOf("Project");
        if (col < 0) continue;
        const base = dirname(dirname(f.path)); // folder holding the owner page's .md
        for (const row of csv.rows) {
          for (const rel of relationItems(row[col]!)) {
            const target = join(base, decode(rel.target));
            expect(index.byPath.has(target), `${f.path}: ${rel.target}`).toBe(true);
            expect(titleAt(target)).toBe(rel.title);
            checked++;
          }
        }
      } else if (f.path.endsWith(".md")) {
        const page = index.page(f.path);
        for (const rel of relationItems(page.properties.get("Project") ?? "")) {
          const target = join(dirname(f.path), decode(rel.target));
          expect(index.byPath.has(target), `${f.path}: ${rel.target}`).toBe(true);
          expect(titleAt(target)).toBe(rel.title);
          checked++;
        }
        for (const link of bodyLinks(page.body)) {
          const target = join(dirname(f.path), decode(link.target));
          expect(index.byPath.has(target), `${f.path}: ${link.target}`).toBe(true);
          if (target.endsWith(".md")) expect(titleAt(target)).toBe(link.text);
          else expect(NAME_RE.exec(basename(target))![1]).toBe(link.text);
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(1000);
    const html = index.byPath.get("index.html")!.content.toString("utf8");
    const hrefs = new Set([...html.matchAll(/<a href="([^"]+)">/g)].map((m) => m[1]!.replace(/&amp;/g, "&")));
    for (const f of files) if (f.path.endsWith(".md")) expect(hrefs.has(f.path), f.path).toBe(true);
    expect(html.includes("_all.csv")).toBe(false);
  });

  it("names exactly 27 real people across people properties and @-mentions", () => {
    const known = new Map(ALL_PERSON_NAMES.map((n) => [normalisePerson(n), n]));
    const byLength = [...ALL_PERSON_NAMES].sort((a, b) => b.length - a.length);
    const found = new Set<string>();
    const addValues = (values: string[]) =>
      values.flatMap((v) => v.split(", ")).map(normalisePerson).filter((v) => v !== "" && v !== "anonymous").forEach((v) => found.add(v));
    addValues(column("Tasks", "Assignee"));
    addValues(column("Old Tasks", "Assignee"));
    addValues(column("Projects", "Owner"));
    addValues(column("Meeting Notes", "Attendees"));
    addValues(column("Team Directory", "Name"));
    for (const f of files) {
      if (!f.path.endsWith(".md")) continue;
      const body = index.page(f.path).body;
      for (const m of body.matchAll(/(?<![\w.])@/g)) {
        const rest = body.slice(m.index + 1);
        if (MENTION_DATE.test(rest) || MENTION_RELATIVE.test(rest)) continue;
        const name = byLength.find((n) => rest.startsWith(n));
        expect(name, `${f.path}: unknown mention @${rest.slice(0, 30)}`).toBeDefined();
        expect(/^ [A-Z]/.test(rest.slice(name!.length)), `${f.path}: mention followed by a capital`).toBe(false);
        found.add(normalisePerson(name!));
      }
    }
    expect([...found].sort()).toEqual([...known.keys()].sort());
    expect(found.size).toBe(DEMO_EXPORT_EXPECTED.people);
  });

  it("spreads the special cases the importer must handle", () => {
    const assignees = column("Tasks", "Assignee").slice(0, 443);
    expect(assignees.filter((a) => a === "Anonymous")).toHaveLength(3);
    expect(assignees.filter((a) => a === "Priyanka Rao")).toHaveLength(8);
    const due = column("Tasks", "Due").slice(0, 443);
    expect(due.filter((d) => d === "TBD")).toHaveLength(3);
    expect(due.filter((d) => / \u2192 /.test(d))).toHaveLength(20);
    const subsystems = column("Tasks", "Subsystem").slice(0, 443);
    for (const label of [["Power", "EPS"], ["Avionics"], ["Structures"], ["Thermal"], ["Comms"], ["Payload"], ["Mission Ops"]]) {
      expect(subsystems.filter((s) => label.includes(s)).length).toBeGreaterThanOrEqual(25);
    }
    const meetings = csvOf("Meeting Notes");
    const base = meetings.rows.slice(0, 440);
    expect(base.filter((r) => r[2]!.includes("Dr. Elena Marsh"))).toHaveLength(40);
    expect(base.filter((r) => r[2]!.split(", ").includes("Anonymous"))).toHaveLength(5);
    const oddNames = base.filter((r) => r[2]!.split(", ").some((n) => !ALL_PERSON_NAMES.includes(n) && n !== "Anonymous"));
    expect(oddNames).toHaveLength(10);
    const noDate = base.filter((r) => r[1] === "");
    expect(noDate.filter((r) => / — [A-Z][a-z]+ \d{1,2}, 2025$/.test(r[0]!))).toHaveLength(10);
    expect(noDate).toHaveLength(15);
    const docs = files.filter((f) => /\/Engineering [0-9a-f]{32}\/[^/]+\/[^/]+\.md$/.test(f.path)).map((f) => index.page(f.path));
    const realDocs = [...new Map(docs.filter((p) => p.body.startsWith("Prepared by @")).map((p) => [p.title, p])).values()];
    expect(realDocs).toHaveLength(42);
    for (const doc of realDocs) {
      const words = doc.body.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
      expect(words, doc.title).toBeGreaterThanOrEqual(200);
      expect(words, doc.title).toBeLessThanOrEqual(600);
      expect(doc.body.match(/@[A-Z]/g), doc.title).toHaveLength(1);
    }
  });

  it("keeps category keywords out of names that must not match them", () => {
    const social = files.filter((f) => /\/Social [0-9a-f]{32}\//.test(f.path) && f.path.endsWith(".md"));
    expect(social).toHaveLength(50 + 81);
    for (const f of social) expect(matchingKeywords(index.page(f.path).title), f.path).toEqual([]);
    for (const hub of ["CADENCE", "Social", "Reading List"]) expect(matchingKeywords(hub)).toEqual([]);
  });
});

describe("demo export packaging", () => {
  let tmp: string;
  beforeAll(async () => {
    tmp = await fs.promises.mkdtemp(path.join(os.tmpdir(), "demo-export-test-"));
    return () => fs.promises.rm(tmp, { recursive: true, force: true });
  });

  const openZip = (buffer: Buffer) =>
    new Promise<yauzl.ZipFile>((resolve, reject) => yauzl.fromBuffer(buffer, { lazyEntries: true }, (e, z) => (e ? reject(e) : resolve(z))));
  async function readZip(buffer: Buffer): Promise<{ name: string; content: Buffer }[]> {
    const zip = await openZip(buffer);
    const out: { name: string; content: Buffer }[] = [];
    await new Promise<void>((resolve, reject) => {
      zip.on("entry", (entry: yauzl.Entry) => {
        zip.openReadStream(entry, (err, stream) => {
          if (err) return reject(err);
          const chunks: Buffer[] = [];
          stream.on("data", (c: Buffer) => chunks.push(c));
          stream.on("end", () => {
            out.push({ name: entry.fileName, content: Buffer.concat(chunks) });
            zip.readEntry();
          });
        });
      });
      zip.on("end", () => resolve());
      zip.on("error", reject);
      zip.readEntry();
    });
    return out;
  }

  it("writes Notion's two-layer zip, byte-identical across runs", async () => {
    const a = path.join(tmp, "a.zip");
    const b = path.join(tmp, "b.zip");
    await writeDemoExportZip(a);
    await writeDemoExportZip(b);
    const bytes = await fs.promises.readFile(a);
    expect(bytes.equals(await fs.promises.readFile(b))).toBe(true);
    const outer = await readZip(bytes);
    expect(outer.map((e) => e.name)).toEqual([`Export-${DEMO_EXPORT_UUID}-Part-1.zip`]);
    const inner = await readZip(outer[0]!.content);
    expect(inner.every((e) => e.name.startsWith(`Export-${DEMO_EXPORT_UUID}/`) && !e.name.endsWith("/"))).toBe(true);
    expect(inner.at(-1)!.name).toBe(`Export-${DEMO_EXPORT_UUID}/index.html`);
    expect(inner.map((e) => e.name.slice(`Export-${DEMO_EXPORT_UUID}/`.length))).toEqual(files.map((f) => f.path));
    expect(digest(inner.map((e) => ({ path: e.name.slice(`Export-${DEMO_EXPORT_UUID}/`.length), content: e.content })))).toBe(digest(files));
  });

  it("writes the unpacked folder", async () => {
    await writeDemoExportFolder(path.join(tmp, "folder"));
    const root = path.join(tmp, "folder", `Export-${DEMO_EXPORT_UUID}`);
    const sample = files[10]!;
    expect((await fs.promises.readFile(path.join(root, ...sample.path.split("/")))).equals(sample.content)).toBe(true);
    expect(fs.existsSync(path.join(root, "index.html"))).toBe(true);
  });

  it("scales to targetPages exactly, keeping rows distinct", () => {
    const big = new ExportIndex([...generateDemoFiles({ targetPages: 3000 })]);
    expect(big.rawPages()).toHaveLength(3000);
    for (const name of ["Tasks", "Meeting Notes"]) {
      const all = big.databases().find((p) => NAME_RE.exec(basename(p))![1] === name)!;
      const titles = readCsv(big.byPath.get(all)!.content).rows.map((r) => r[0]!);
      expect(titles.length - new Set(titles).size).toBe(name === "Tasks" ? 20 : 15);
    }
    expect(() => generateDemoFiles({ targetPages: 1000 }).next()).toThrow(RangeError);
  });
});
