import { describe, expect, test } from "vitest";
import { MAX_RECORD_LINKS, metadataLinks } from "./links";
import { dayLabel, groupByDay } from "./group";
import { statusStyle, STATUS_STYLES } from "./status-styles";
import { RUN_STATUSES } from "../domain/vocabulary";

describe("metadataLinks: what an entry points at", () => {
  test("reads every convention", () => {
    expect(
      metadataLinks({
        syncId: 3,
        studentId: "nit-26f-01",
        moduleId: 5,
        records: [
          { entity: "task", id: 12 },
          { entity: "people", id: "4" },
          { entity: "Meeting", id: 1 },
          { entity: "raw", id: 9 },
        ],
      }),
    ).toEqual({
      syncId: 3,
      studentId: "nit-26f-01",
      moduleId: 5,
      records: [
        { entity: "task", id: 12, href: "/cadence/tasks/12", label: "Task #12" },
        { entity: "person", id: 4, href: "/cadence/people/4", label: "Person #4" },
        { entity: "meeting", id: 1, href: "/cadence/meetings/1", label: "Meeting #1" },
        { entity: "raw", id: 9, href: "/cadence/raw/9", label: "Raw page #9" },
      ],
    });
  });

  test.each<[string, unknown]>([
    ["null", null],
    ["an array", [1, 2]],
    ["a string", "syncId=3"],
    ["wrong types", { syncId: "three", moduleId: -1, studentId: 42, records: "task 12" }],
    ["a fractional id", { syncId: 1.5 }],
  ])("links nothing from %s", (_label, metadata) => {
    expect(metadataLinks(metadata)).toEqual({ syncId: null, studentId: null, moduleId: null, records: [] });
  });

  test("skips unknown entities, bad ids and duplicates, and caps the list", () => {
    const records = [
      { entity: "spaceship", id: 1 },
      { entity: "task", id: "x" },
      { entity: "task", id: 0 },
      { entity: "task", id: 1 },
      { entity: "tasks", id: 1 },
      ...Array.from({ length: 30 }, (_, i) => ({ entity: "document", id: i + 1 })),
    ];
    const links = metadataLinks({ records });
    expect(links.records[0]).toMatchObject({ entity: "task", id: 1 });
    expect(links.records).toHaveLength(MAX_RECORD_LINKS);
    expect(links.records.filter((r) => r.entity === "task")).toHaveLength(1);
  });
});

describe("groupByDay", () => {
  test("consecutive entries of a UTC day share a heading; untimed ones get their own", () => {
    const entries = [
      { id: 1, timestamp: "2026-03-02T23:59:59.999Z" },
      { id: 2, timestamp: "2026-03-02T00:00:00.000Z" },
      { id: 3, timestamp: "2026-03-01T12:00:00.000Z" },
      { id: 4, timestamp: null },
    ];
    expect(groupByDay(entries).map((g) => [g.day, g.label, g.entries.map((e) => e.id)])).toEqual([
      ["2026-03-02", "Monday 2 March 2026", [1, 2]],
      ["2026-03-01", "Sunday 1 March 2026", [3]],
      [null, "Time not recorded", [4]],
    ]);
  });

  test("an empty list has no groups", () => {
    expect(groupByDay([])).toEqual([]);
    expect(dayLabel("2024-02-29")).toBe("Thursday 29 February 2024");
  });
});

describe("status styles", () => {
  test.each(RUN_STATUSES)("%s has a word, a colour and an icon of its own", (status) => {
    const style = STATUS_STYLES[status];
    expect(style.label).toMatch(/^[A-Z]/);
    expect(style.className).toMatch(/text-/);
    const others = RUN_STATUSES.filter((s) => s !== status).map((s) => STATUS_STYLES[s]);
    expect(others.map((o) => o.icon)).not.toContain(style.icon);
    expect(others.map((o) => o.className)).not.toContain(style.className);
  });

  test.each<[string | null, string]>([
    [null, "No status"],
    ["queued", "Queued"],
  ])("an unknown status %s still reads", (status, label) => {
    expect(statusStyle(status)).toMatchObject({ label, icon: "dot" });
  });
});
