import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, test } from "vitest";
import { ACTION_POLICY, allows, ROUTE_POLICY } from "./access-policy";

const APP = path.resolve(import.meta.dirname, "..");
const files = readdirSync(APP, { recursive: true, encoding: "utf8" }).map((f) => f.split(path.sep).join("/"));

/** `(app)/admin/imports/page.tsx` → `/admin/imports`. */
function routeOf(file: string): string {
  const segments = file.split("/").slice(0, -1).filter((s) => !/^\(.*\)$/.test(s));
  return `/${segments.join("/")}`;
}

describe("access policy covers the whole app", () => {
  test("every page and route handler has a policy, and every policy a route", () => {
    const routes = files.filter((f) => /(^|\/)(page\.tsx|route\.ts)$/.test(f)).map(routeOf).sort();
    expect(routes).toEqual(ROUTE_POLICY.map((r) => r.path).sort());
  });

  test("every exported server action has a policy, and every policy an action", () => {
    const actions: string[] = [];
    for (const file of files.filter((f) => /(^|\/|-)actions\.ts$/.test(f))) {
      const source = readFileSync(path.join(APP, file), "utf8");
      expect(source.trimStart().startsWith('"use server"'), `${file} starts with "use server"`).toBe(true);
      for (const [, name] of source.matchAll(/export async function (\w+)/g)) actions.push(`app/${file}#${name}`);
    }
    expect(actions.sort()).toEqual(Object.keys(ACTION_POLICY).sort());
  });

  test("server actions live only in actions.ts modules, where the policy can see them", () => {
    const inline = files.filter(
      (f) => /\.(ts|tsx)$/.test(f) && !f.endsWith("actions.ts") && !f.endsWith(".test.ts") && /["']use server["']/.test(readFileSync(path.join(APP, f), "utf8")),
    );
    expect(inline).toEqual([]);
  });

  test.each([
    ["public", null, true],
    ["signed_in", null, false],
    ["signed_in", "student", true],
    [["admin"], "faculty", false],
    [["faculty", "admin"], "faculty", true],
  ] as const)("allows(%j, %s) = %s", (access, role, expected) => {
    expect(allows(access, role)).toBe(expected);
  });
});
