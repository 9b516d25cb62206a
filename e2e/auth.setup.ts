import { expect, test as setup } from "@playwright/test";
import { DEMO_PASSWORD, PERSONAS, storageStateOf, type Persona } from "./personas";

// Sign in once per persona and keep the session cookie; every other test reuses it.
for (const persona of Object.keys(PERSONAS) as Persona[]) {
  setup(`sign in as ${persona}`, async ({ page }) => {
    await page.goto("/login");
    await page.getByLabel("Email").fill(PERSONAS[persona].email);
    await page.getByLabel("Password").fill(DEMO_PASSWORD);
    await page.getByRole("button", { name: "Sign in" }).click();
    // Wait for the redirect to land, or the cookie may not be stored yet.
    await page.waitForURL((url) => url.pathname === "/");
    await expect(page.getByText(PERSONAS[persona].name).first()).toBeVisible();
    const session = (await page.context().cookies()).find((c) => c.name.endsWith("authjs.session-token"));
    expect(session, "session cookie").toBeDefined();
    expect(session).toMatchObject({ httpOnly: true, sameSite: "Lax" });
    await page.context().storageState({ path: storageStateOf(persona) });
  });
}
