import { describe, expect, test } from "vitest";
import {
  formatMetaFilter,
  MAX_META_FILTERS,
  NO_FILTERS,
  parseMetaFilter,
  parseTimelineQuery,
  timelineHref,
  timelineSearch,
  type MetaValue,
} from "./filters";
import { encodeCursor } from "./cursor";

describe("parseMetaFilter: how a key=value reads", () => {
  test.each<[string, string, string, MetaValue]>([
    ["a word is a string", "stage=extract", "stage", "extract"],
    ["an integer is a number", "syncId=12", "syncId", 12],
    ["a negative decimal is a number", "delta=-1.5", "delta", -1.5],
    ["true is a boolean", "dryRun=true", "dryRun", true],
    ["false is a boolean", "dryRun=false", "dryRun", false],
    ["quotes force a string", 'code="12"', "code", "12"],
    ["quoted true stays text", 'answer="true"', "answer", "true"],
    ["leading zeros stay text", "zip=01234", "zip", "01234"],
    ["a bare zero is a number", "n=0", "n", 0],
    ["exponent notation stays text", "n=1e5", "n", "1e5"],
    ["only the first = splits", "expr=a=b", "expr", "a=b"],
    ["spaces around are trimmed", "  studentId = nit-26f-01 ", "studentId", "nit-26f-01"],
    ["a value may hold spaces", "title=Power review", "title", "Power review"],
    ["dotted keys are allowed", "run.stage=load", "run.stage", "load"],
    ["TRUE in capitals is text", "flag=TRUE", "flag", "TRUE"],
  ])("%s", (_label, text, key, value) => {
    expect(parseMetaFilter(text)).toEqual({ ok: true, filter: { key, value } });
  });

  test.each([
    ["no =", "syncId"],
    ["no key", "=12"],
    ["no value", "syncId="],
    ["a key with spaces", "sync id=12"],
    ["a key with quotes", '"syncId"=12'],
    ["a key too long", `${"k".repeat(65)}=1`],
    ["a value too long", `k=${"v".repeat(201)}`],
  ])("refuses %s", (_label, text) => {
    expect(parseMetaFilter(text).ok).toBe(false);
  });

  test.each<[string, MetaValue]>([
    ["word", "extract"],
    ["number-like text", "12"],
    ["boolean-like text", "false"],
    ["text with quotes", '"quoted"'],
    ["padded text", " padded "],
    ["empty text", ""],
    ["a number", 12],
    ["a decimal", -0.25],
    ["a boolean", true],
  ])("formatMetaFilter round-trips %s", (_label, value) => {
    const text = formatMetaFilter({ key: "k", value });
    expect(parseMetaFilter(text)).toEqual({ ok: true, filter: { key: "k", value } });
  });
});

describe("parseTimelineQuery: the URL's filters", () => {
  test("no parameters, no filters", () => {
    expect(parseTimelineQuery({})).toEqual({ filters: NO_FILTERS, cursor: null, problems: [] });
  });

  test("reads every filter", () => {
    const cursor = { timestamp: "2026-03-02T12:00:00.123456", logId: 42 };
    const query = parseTimelineQuery({
      agent: "notion-importer",
      action: "extract",
      status: "failed",
      subsystem: "power",
      from: "2026-03-01",
      to: "2026-03-31",
      meta: ["syncId=3", "studentId=nit-26f-01"],
      cursor: encodeCursor(cursor),
    });
    expect(query).toEqual({
      filters: {
        agent: "notion-importer",
        action: "extract",
        status: "failed",
        subsystem: "power",
        from: "2026-03-01",
        to: "2026-03-31",
        meta: [
          { key: "syncId", value: 3 },
          { key: "studentId", value: "nit-26f-01" },
        ],
      },
      cursor,
      problems: [],
    });
  });

  test("empty form fields are no filters", () => {
    const query = parseTimelineQuery({ agent: "", action: " ", status: "", subsystem: "", from: "", to: "", meta: ["", " "], cursor: "" });
    expect(query).toEqual({ filters: NO_FILTERS, cursor: null, problems: [] });
  });

  test.each([
    ["an unknown status", { status: "exploded" }, "status"],
    ["an unknown subsystem", { subsystem: "warp" }, "subsystem"],
    ["a malformed date", { from: "03/01/2026" }, "from"],
    ["an impossible date", { to: "2026-02-30" }, "to"],
    ["an overlong agent", { agent: "a".repeat(101) }, "agent"],
    ["a malformed metadata filter", { meta: "syncId" }, "meta"],
    ["a forged cursor", { cursor: "bm90LWEtY3Vyc29y" }, "cursor"],
  ] as const)("ignores %s and says so", (_label, params, field) => {
    const query = parseTimelineQuery(params);
    expect(query.problems).toHaveLength(1);
    if (field === "meta") expect(query.filters.meta).toEqual([]);
    else if (field === "cursor") expect(query.cursor).toBeNull();
    else expect(query.filters[field]).toBeNull();
  });

  test("uses the first value of a repeated single filter", () => {
    expect(parseTimelineQuery({ status: ["failed", "success"] }).filters.status).toBe("failed");
  });

  test("keeps at most MAX_META_FILTERS metadata filters, without duplicates", () => {
    const meta = ["a=1", "a=1", ...Array.from({ length: MAX_META_FILTERS + 2 }, (_, i) => `k${i}=${i}`)];
    const query = parseTimelineQuery({ meta });
    expect(query.filters.meta).toHaveLength(MAX_META_FILTERS);
    expect(query.filters.meta.filter((m) => m.key === "a")).toHaveLength(1);
    expect(query.problems.length).toBeGreaterThan(0);
  });

  test("a from date after the to date is kept but explained", () => {
    const query = parseTimelineQuery({ from: "2026-04-01", to: "2026-03-01" });
    expect(query.filters.from).toBe("2026-04-01");
    expect(query.problems).toEqual(["The from date is after the to date, so nothing can match."]);
  });
});

describe("timelineHref: links that carry the filters", () => {
  test("the plain timeline has no query string", () => {
    expect(timelineHref()).toBe("/agent-log");
  });

  test("the failed-only shortcut", () => {
    expect(timelineHref({ status: "failed" })).toBe("/agent-log?status=failed");
  });

  test("repeats meta and encodes it", () => {
    expect(timelineHref({ agent: "notion-importer", meta: [{ key: "syncId", value: 3 }, { key: "code", value: "12" }] })).toBe(
      "/agent-log?agent=notion-importer&meta=syncId%3D3&meta=code%3D%2212%22",
    );
  });

  test("what timelineSearch writes, parseTimelineQuery reads back", () => {
    const filters = {
      agent: "tutor",
      action: "advise",
      status: "partial" as const,
      subsystem: "thermal" as const,
      from: "2026-01-01",
      to: "2026-01-31",
      meta: [
        { key: "studentId", value: "nit-26f-01" },
        { key: "attempt", value: 2 },
        { key: "note", value: "true" },
      ],
    };
    const cursor = { timestamp: null, logId: 7 };
    const params = new URLSearchParams(timelineSearch(filters, cursor));
    const back = parseTimelineQuery({ ...Object.fromEntries(params), meta: params.getAll("meta") });
    expect(back).toEqual({ filters, cursor, problems: [] });
  });
});
