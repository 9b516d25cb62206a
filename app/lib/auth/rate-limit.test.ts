import { describe, expect, test } from "vitest";
import { clientIp, rateLimitDecision } from "./rate-limit";

const now = new Date("2026-11-25T12:00:00Z");
const ago = (minutes: number) => new Date(now.getTime() - minutes * 60_000);
const times = (...minutes: number[]) => minutes.map(ago);

describe("rateLimitDecision", () => {
  test.each([
    ["no failures", [], [], { limited: false }],
    ["four failures for the e-mail", times(1, 2, 3, 4), [], { limited: false }],
    ["five failures for the e-mail: wait until the oldest leaves the window", times(1, 2, 3, 4, 10), [], { limited: true, retryAfterMinutes: 5 }],
    ["six failures: the fifth-newest decides", times(1, 2, 3, 4, 5, 14), [], { limited: true, retryAfterMinutes: 10 }],
    ["failures older than the window do not count", times(16, 20, 30, 40, 50), [], { limited: false }],
    ["a failure 14.5 minutes ago still waits at least a minute", times(1, 2, 3, 4, 14.5), [], { limited: true, retryAfterMinutes: 1 }],
    ["29 failures from one IP", [], Array.from({ length: 29 }, (_, i) => ago(i / 2)), { limited: false }],
    ["30 failures from one IP", [], Array.from({ length: 30 }, (_, i) => ago(i / 2)), { limited: true }],
  ])("%s", (_label, email, ip, expected) => {
    expect(rateLimitDecision(email, ip, now)).toMatchObject(expected);
  });
});

describe("clientIp", () => {
  test.each([
    ["the first forwarded address", { "x-forwarded-for": "203.0.113.7, 10.0.0.1" }, "203.0.113.7"],
    ["x-real-ip when nothing is forwarded", { "x-real-ip": "198.51.100.2" }, "198.51.100.2"],
    ["unknown without headers", {}, "unknown"],
  ])("%s", (_label, headers, expected) => {
    expect(clientIp(new Headers(headers))).toBe(expected);
  });
});
