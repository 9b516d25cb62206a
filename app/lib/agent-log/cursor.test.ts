import { describe, expect, test } from "vitest";
import { decodeCursor, encodeCursor, type TimelineCursor } from "./cursor";

describe("timeline cursors", () => {
  test.each<[string, TimelineCursor]>([
    ["a timed entry, to the microsecond", { timestamp: "2026-03-02T12:00:00.123456", logId: 42 }],
    ["an entry without a time", { timestamp: null, logId: 9 }],
    ["the largest serial", { timestamp: "1999-12-31T23:59:59.999999", logId: 2_147_483_647 }],
  ])("round-trips %s", (_label, cursor) => {
    const text = encodeCursor(cursor);
    expect(text).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeCursor(text)).toEqual(cursor);
  });

  const raw = (text: string) => Buffer.from(text, "utf8").toString("base64url");
  test.each<[string, string | null | undefined]>([
    ["nothing", undefined],
    ["null", null],
    ["an empty string", ""],
    ["not base64url", "a+b/c="],
    ["no id", raw("2026-03-02T12:00:00.123456")],
    ["id zero", raw("2026-03-02T12:00:00.123456_0")],
    ["an id past the serial range", raw("2026-03-02T12:00:00.123456_2147483648")],
    ["milliseconds only", raw("2026-03-02T12:00:00.123_5")],
    ["a date without a time", raw("2026-03-02_5")],
    ["an impossible month", raw("2026-13-02T12:00:00.000000_5")],
    ["SQL in the timestamp", raw("2026-03-02'; DROP TABLE x;--_5")],
    ["something very long", "A".repeat(200)],
  ])("refuses %s", (_label, text) => {
    expect(decodeCursor(text)).toBeNull();
  });
});
