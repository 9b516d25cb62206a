import { expect, test } from "vitest";
import { safeCallbackPath } from "./callback";

test.each([
  ["a path", "/admin/users", "/admin/users"],
  ["a path with a query", "/cadence?tab=tasks", "/cadence?tab=tasks"],
  ["our absolute URL, as Auth.js writes it", "http://localhost:3000/admin/users", "/admin/users"],
  ["another site keeps only the path", "https://evil.example/phish", "/phish"],
  ["a protocol-relative URL", "//evil.example/x", "/x"],
  ["nothing", undefined, "/"],
  ["an empty string", "", "/"],
])("safeCallbackPath: %s", (_label, input, expected) => {
  expect(safeCallbackPath(input)).toBe(expected);
});
