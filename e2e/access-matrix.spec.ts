import { expect, request as playwrightRequest, test } from "@playwright/test";
import { allows, ROUTE_POLICY } from "../app/lib/access-policy";
import type { Role } from "../app/lib/auth/roles";
import { PERSONAS, storageStateOf, type Persona } from "./personas";

/**
 * Every route of the policy, for every kind of visitor: anonymous visitors are sent to sign
 * in (pages) or get 401 (API); signed-in visitors without the role get 403; the others get in.
 * Refused writes are POSTs that must not get past the check (the importer's own tests prove
 * a refused import changes nothing).
 */
const VISITORS: (Persona | "anonymous")[] = ["anonymous", "student", "otherStudent", "otherFaculty", "faculty", "admin"];

for (const visitor of VISITORS) {
  test(`access matrix for ${visitor}`, async ({ baseURL }) => {
    const role: Role | null = visitor === "anonymous" ? null : PERSONAS[visitor].role;
    const context = await playwrightRequest.newContext({
      baseURL,
      storageState: visitor === "anonymous" ? undefined : storageStateOf(visitor),
    });
    const failures: string[] = [];
    for (const route of ROUTE_POLICY) {
      const url = route.sample?.url ?? route.path;
      const response =
        route.method === "POST"
          ? await context.post(url, { data: "", headers: { "content-type": "application/octet-stream" }, maxRedirects: 0 })
          : await context.get(url, { maxRedirects: 0 });
      const status = response.status();
      const allowed = allows(route.access, role);
      let expected: number | "login";
      if (allowed) expected = visitor !== "anonymous" && route.sample?.notFoundFor?.includes(visitor) ? 404 : (route.sample?.allowedStatus ?? 200);
      else if (role === null) expected = route.kind === "page" ? "login" : 401;
      else expected = 403;
      // A signed-in visitor opening the sign-in page is sent home.
      if (route.path === "/login" && role !== null) expected = 307;
      const ok =
        expected === "login"
          ? status === 307 && (response.headers().location ?? "").includes("/login")
          : status === expected;
      if (!ok) failures.push(`${route.method ?? "GET"} ${url}: expected ${expected}, got ${status}`);
    }
    await context.dispose();
    expect(failures).toEqual([]);
  });
}
