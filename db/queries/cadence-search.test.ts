import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import type { Viewer } from "../../app/lib/auth/roles";
import { queryRows } from "../rows";
import { cadenceDocuments, cadenceMeetings, cadenceRawContent, cadenceTasks } from "../schema";
import { importDemoCadence } from "../seed/cadence";
import { testTargets, type TestDatabase } from "../testing/databases";
import { AccessDenied } from "./access";
import {
  BODY_CANDIDATES,
  cleanSnippet,
  MAX_QUERY_LENGTH,
  normalizeQuery,
  searchCadence,
  searchStatement,
  splitHighlights,
  type SearchOutcome,
  type TextSegment,
} from "./cadence-search";

const STUDENT: Viewer = {
  userId: "demo-student",
  role: "student",
  name: "Emeka Eze",
  email: "student@basecamp.example.edu",
  studentId: "nit-26f-01",
  facultyId: null,
  universityId: null,
} as unknown as Viewer;

const text = (segments: TextSegment[]) => segments.map((s) => s.text).join("");
const hits = (segments: TextSegment[]) => segments.filter((s) => s.hit).map((s) => s.text.toLowerCase());

describe("normalizeQuery", () => {
  test.each<[string, string, string]>([
    ["trims and collapses spaces", "  antenna   deployment ", "antenna deployment"],
    ["control characters become spaces", "ante\u0000nna\tx", "ante nna x"],
    ["highlight markers cannot be smuggled in", "a\uE000b\uE001c", "a b c"],
    ["quotes and operators are kept for websearch", '"burn wire" or -thermal', '"burn wire" or -thermal'],
  ])("%s", (_label, raw, expected) => {
    expect(normalizeQuery(raw)).toBe(expected);
  });

  test("caps the length in characters, not UTF-16 units", () => {
    expect(normalizeQuery("é".repeat(500))).toHaveLength(MAX_QUERY_LENGTH);
    expect(Array.from(normalizeQuery("🛰".repeat(500)))).toHaveLength(MAX_QUERY_LENGTH);
  });
});

describe("splitHighlights and cleanSnippet", () => {
  test.each<[string, string, TextSegment[]]>([
    ["no marks", "plain text", [{ text: "plain text", hit: false }]],
    ["one mark", "the \uE000antenna\uE001 deployed", [
      { text: "the ", hit: false },
      { text: "antenna", hit: true },
      { text: " deployed", hit: false },
    ]],
    ["adjacent marks merge", "\uE000burn\uE001\uE000wire\uE001", [{ text: "burnwire", hit: true }]],
    ["markup stays text", "<script>\uE000x\uE001</script>", [
      { text: "<script>", hit: false },
      { text: "x", hit: true },
      { text: "</script>", hit: false },
    ]],
  ])("split: %s", (_label, marked, expected) => {
    expect(splitHighlights(marked)).toEqual(expected);
  });

  test("clean drops markdown that means nothing out of context", () => {
    const cleaned = cleanSnippet(splitHighlights("## Notes\n\n- [x]  **Bake** the \uE000antenna\uE001\n- done"));
    expect(text(cleaned)).toBe("Notes Bake the antenna done");
    expect(hits(cleaned)).toEqual(["antenna"]);
  });
});

describe.each(testTargets)("CADENCE search on $name", (target) => {
  let database: TestDatabase;
  const db = () => database.handle.db;
  const search = (q: string, options: { type?: SearchOutcome["type"]; page?: number; pageSize?: number } = {}) =>
    searchCadence(STUDENT, { q, ...options }, db());

  beforeAll(async () => {
    database = await target.open();
    await importDemoCadence(db());
    // Small fixtures with made-up words, so rankings do not depend on the demo's text.
    const [titled] = await db()
      .insert(cadenceTasks)
      .values({ title: "Zephyrite harness review", description: "Check the connectors." })
      .returning({ id: cadenceTasks.taskId });
    const [bodied] = await db()
      .insert(cadenceTasks)
      .values({ title: "Cable audit", description: "Zephyrite zephyrite zephyrite: every zephyrite strand, zephyrite again." })
      .returning({ id: cadenceTasks.taskId });
    fixture.titledTask = titled!.id;
    fixture.bodiedTask = bodied!.id;
    const [doc] = await db()
      .insert(cadenceDocuments)
      .values({ title: "Cleanroom rules", notionPageId: "fixture-doc-page", docType: "workflow", category: "documents_workflow" })
      .returning({ id: cadenceDocuments.docId });
    fixture.document = doc!.id;
    const raw = await db()
      .insert(cadenceRawContent)
      .values([
        {
          notionPageId: "fixture-doc-page",
          title: "Cleanroom rules",
          exportPath: "fixture/Cleanroom rules.md",
          contentMarkdown: "## Gowning\n\nWear gloves. The quasiflux meter stays on the bench.",
          contentHash: "fixture-1",
          category: "documents_workflow",
          keep: true,
        },
        {
          notionPageId: "fixture-orphan-page",
          title: "Old scratch notes",
          exportPath: "fixture/Old scratch notes.md",
          contentMarkdown: "A duplicate about the quasiflux meter.",
          contentHash: "fixture-2",
          category: "other",
          keep: false,
          excludeReason: "duplicate",
        },
      ])
      .returning({ id: cadenceRawContent.id, notionPageId: cadenceRawContent.notionPageId });
    fixture.docRaw = raw.find((r) => r.notionPageId === "fixture-doc-page")!.id;
    fixture.orphanRaw = raw.find((r) => r.notionPageId === "fixture-orphan-page")!.id;
    await db().insert(cadenceMeetings).values({ name: "Weekly sync", notes: "Talked about nothing.", attendees: "Ada Quintessa Park" });
  });
  afterAll(() => database?.dispose());

  const fixture = { titledTask: 0, bodiedTask: 0, document: 0, docRaw: 0, orphanRaw: 0 };

  test("finds a word that only the body holds, and marks it in the snippet", async () => {
    const outcome = await search("connectors");
    const task = outcome.results.find((r) => r.type === "tasks" && r.id === fixture.titledTask);
    expect(task).toBeDefined();
    expect(hits(task!.snippet)).toEqual(["connectors"]);
    expect(text(task!.title)).toBe("Zephyrite harness review");
  });

  test("a title hit ranks above a body-only hit, however often the body repeats the word", async () => {
    const outcome = await search("zephyrite");
    expect(outcome.results.map((r) => [r.type, r.id])).toEqual([
      ["tasks", fixture.titledTask],
      ["tasks", fixture.bodiedTask],
    ]);
    expect(hits(outcome.results[0]!.title)).toEqual(["zephyrite"]);
  });

  test("stems: a plural finds the singular, in titles and bodies", async () => {
    const outcome = await search("antennas");
    expect(outcome.total).toBeGreaterThan(5);
    const first = outcome.results[0]!;
    expect(hits(first.title)).toContain("antenna");
    const [direct] = await queryRows<{ n: number }>(
      db(),
      sql`select count(*)::int as n from cadence_tasks where title ilike '%antenna%' or description ilike '%antenna%'`,
    );
    expect(outcome.counts.tasks).toBeGreaterThanOrEqual(direct!.n);
  });

  test("a document is found by its raw page's body and shown once, as the document", async () => {
    const outcome = await search("quasiflux");
    expect(outcome.counts).toMatchObject({ documents: 1, raw: 1 });
    const document = outcome.results.find((r) => r.type === "documents");
    expect(document).toMatchObject({ id: fixture.document, raw: { id: fixture.docRaw, keep: true, excludeReason: null } });
    expect(hits(document!.snippet)).toEqual(["quasiflux"]);
    // The orphan page has no record: it is a raw result, labelled as excluded.
    const orphan = outcome.results.find((r) => r.type === "raw");
    expect(orphan).toMatchObject({ id: fixture.orphanRaw, raw: { id: fixture.orphanRaw, keep: false, excludeReason: "duplicate" } });
    expect(outcome.results.some((r) => r.type === "raw" && r.id === fixture.docRaw)).toBe(false);
  });

  test("raw pages behind records never appear twice", async () => {
    const outcome = await search("antenna", { type: "raw", pageSize: 100 });
    const ids = outcome.results.map((r) => r.id);
    const [owned] = await queryRows<{ n: number }>(
      db(),
      sql`select count(*)::int as n from cadence_raw_content r
            where r.id in (${sql.join(ids.length ? ids.map((id) => sql`${id}`) : [sql`null`], sql`, `)})
              and (exists (select 1 from cadence_tasks t where t.notion_page_id = r.notion_page_id)
                or exists (select 1 from cadence_meetings m where m.notion_page_id = r.notion_page_id)
                or exists (select 1 from cadence_documents d where d.notion_page_id = r.notion_page_id)
                or exists (select 1 from cadence_projects p where p.notion_page_id = r.notion_page_id)
                or exists (select 1 from cadence_people p where p.notion_page_id = r.notion_page_id))`,
    );
    expect(owned!.n).toBe(0);
  });

  test("attendees are searchable: a meeting is found by who attended", async () => {
    const outcome = await search("Quintessa");
    expect(outcome.results.map((r) => r.type)).toEqual(["meetings"]);
  });

  test("the type filter narrows the results and keeps the counts of every type", async () => {
    const all = await search("antenna", { pageSize: 100 });
    const meetings = await search("antenna", { type: "meetings", pageSize: 100 });
    expect(meetings.counts).toEqual(all.counts);
    expect(meetings.total).toBe(all.counts.meetings);
    expect(meetings.results.length).toBe(Math.min(all.counts.meetings, 100));
    expect(meetings.results.every((r) => r.type === "meetings")).toBe(true);
    expect(all.total).toBe(Object.values(all.counts).reduce((a, b) => a + b, 0));
  });

  test("pages are disjoint, in rank order, and add up to the total", async () => {
    const full = await search("antenna", { pageSize: 100 });
    const key = (r: { type: string; id: number }) => `${r.type}:${r.id}`;
    const pages: string[] = [];
    for (let page = 1; (page - 1) * 7 < full.total; page++) {
      const outcome = await search("antenna", { page, pageSize: 7 });
      expect(outcome.page).toBe(page);
      pages.push(...outcome.results.map(key));
    }
    expect(pages).toEqual(full.results.map(key).slice(0, 100));
    const ranks = full.results.map((r) => r.rank);
    expect(ranks).toEqual([...ranks].sort((a, b) => b - a));
    const beyond = await search("antenna", { page: 999, pageSize: 7 });
    expect(beyond.results).toEqual([]);
    expect(beyond.total).toBe(full.total);
  });

  test("an empty query answers nothing; stop words alone are reported", async () => {
    expect(await search("   ")).toMatchObject({ q: "", total: 0, results: [], noTerms: false });
    expect(await search("the and of")).toMatchObject({ total: 0, results: [], noTerms: true });
  });

  test.each([
    ['"unclosed quote'],
    ["&|!"],
    ["!!! & ||| <-> :* ()"],
    ["antenna:* | !power"],
    ["a'b\\c; drop table cadence_tasks; --"],
    ["((( )))"],
    ["-"],
    ["or or or"],
    ["🛰 émoji ünïcode 中文 ✓"],
    ["x".repeat(5_000)],
    ["\u0000\u0001\uE000\uE001"],
    ["\ud800 lone surrogate"],
  ])("hostile input never errors: %#", async (q) => {
    const outcome = await search(q);
    expect(outcome.results.length).toBeLessThanOrEqual(outcome.pageSize);
    expect(Array.from(outcome.q).length).toBeLessThanOrEqual(MAX_QUERY_LENGTH);
  });

  test("websearch syntax works: phrases, or, and exclusion", async () => {
    const either = await search("zephyrite or quasiflux");
    expect(either.counts.tasks).toBe(2);
    expect(either.counts.documents).toBe(1);
    const excluded = await search("zephyrite -connectors");
    expect(excluded.results.map((r) => r.id)).toEqual([fixture.bodiedTask]);
    const phrase = await search('"harness review"');
    expect(phrase.results.map((r) => r.id)).toEqual([fixture.titledTask]);
  });

  test("raw pages and people are matched on their GIN indexes (records are found through their raw page)", async () => {
    const plan = await database.handle.db.transaction(async (tx) => {
      // With sequential and plain index scans priced out, a table is read through a bitmap,
      // and the only bitmap a text match can build is its GIN index.
      await tx.execute(sql`set local enable_seqscan = off`);
      await tx.execute(sql`set local enable_indexscan = off`);
      await tx.execute(sql`set local enable_indexonlyscan = off`);
      const rows = await queryRows<Record<string, string>>(tx, sql`explain ${searchStatement("antenna", "all", 20, 0)}`);
      return rows.map((r) => Object.values(r)[0]).join("\n");
    });
    for (const index of [
      "idx_cadence_raw_content_search",
      "idx_cadence_raw_content_title_search",
      "idx_cadence_people_search",
    ]) {
      expect(plan).toContain(index);
    }
  });

  test("a very common word ranks a bounded set of pages, still finds title hits, and says the counts are lower bounds", async () => {
    const many = Array.from({ length: BODY_CANDIDATES + 5 }, (_, i) => ({
      notionPageId: `fixture-common-${i}`,
      title: `Bench note ${i}`,
      exportPath: `fixture/common/${i}.md`,
      contentMarkdown: "The wobblium reading drifted again.",
      contentHash: `fixture-common-${i}`,
      category: "other",
      keep: false,
      excludeReason: "other",
    }));
    // The titled page comes last in physical order, after every body-only match.
    many.push({ ...many[0]!, notionPageId: "fixture-common-titled", title: "Wobblium calibration", exportPath: "fixture/common/titled.md", contentHash: "fixture-common-titled" });
    await db().insert(cadenceRawContent).values(many);
    const outcome = await search("wobblium");
    expect(outcome.capped).toBe(true);
    expect(outcome.counts.raw).toBeGreaterThanOrEqual(BODY_CANDIDATES);
    expect(outcome.counts.raw).toBeLessThanOrEqual(BODY_CANDIDATES + 1);
    expect(outcome.results[0]!.title.map((t) => t.text).join("")).toBe("Wobblium calibration");
    expect((await search("zephyrite")).capped).toBe(false);
  });

  test("asks for a signed-in viewer", async () => {
    await expect(searchCadence(null, { q: "antenna" }, db())).rejects.toBeInstanceOf(AccessDenied);
  });
});
