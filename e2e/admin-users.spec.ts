import { expect, test, type Page } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "./axe";
import { PERSONAS, storageStateOf } from "./personas";

/**
 * User management end to end: the admin creates an account, its owner sets a password with the
 * one-time link and signs in. Desktop and phone run at the same time against one server, so
 * each run makes an account of its own (project name and time in its name and e-mail) and
 * touches no shared account except to be refused.
 */

test.use({ storageState: storageStateOf("admin") });

const INVALID_LINK = "This link is invalid or has expired. Ask an admin for a new one.";

async function openUsersPage(page: Page) {
  await page.goto("/admin/users");
  await expect(page.getByRole("heading", { level: 1, name: "Users" })).toBeVisible();
}

test("an admin creates an account; its owner sets a password with the one-time link and signs in", async ({ page, browser }, testInfo) => {
  const stamp = `${testInfo.project.name} ${Date.now()}`;
  const name = `Ada Newcomer ${stamp}`;
  const email = `newcomer-${stamp.replace(" ", "-")}@example.edu`;
  const password = "a-fresh-password-42";

  await test.step("the admin creates the account and gets its reset link", async () => {
    await openUsersPage(page);
    await expectNoSeriousA11yViolations(page);
    const form = page.getByRole("region", { name: "New account" });
    await form.getByLabel("Name", { exact: true }).fill(name);
    await form.getByLabel("E-mail", { exact: true }).fill(email);
    await form.getByLabel("Role", { exact: true }).selectOption({ label: "Student" });
    await form.getByRole("button", { name: "Create account" }).click();
    await expect(form.getByText(`Account created for ${name}.`, { exact: false })).toBeVisible();
    // The new row appears in the table once the page is revalidated.
    await expect(page.getByRole("rowheader", { name })).toBeVisible();
  });

  const linkBox = page.getByLabel("Reset link for the new account");
  await expect(linkBox).toHaveValue(/\/reset-password\/[A-Za-z0-9_-]{43}$/);
  const resetPath = new URL(await linkBox.inputValue()).pathname;

  // The new user's own browser: nothing of the admin's session.
  const context = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  try {
    const newcomer = await context.newPage();

    await test.step("the new user sets a password through the link", async () => {
      await newcomer.goto(resetPath);
      await expect(newcomer.getByRole("heading", { name: "Set your password" })).toBeVisible();
      await expect(newcomer.getByText(email)).toBeVisible();
      await newcomer.getByLabel("New password", { exact: true }).fill(password);
      await newcomer.getByLabel("Confirm new password", { exact: true }).fill(password);
      await newcomer.getByRole("button", { name: "Set password" }).click();
      await expect(newcomer.getByText("Password set. You can now sign in.")).toBeVisible();
    });

    await test.step("and signs in with it", async () => {
      await newcomer.goto("/login");
      await newcomer.getByLabel("Email", { exact: true }).fill(email);
      await newcomer.getByLabel("Password", { exact: true }).fill(password);
      await newcomer.getByRole("button", { name: "Sign in" }).click();
      await newcomer.waitForURL((url) => url.pathname === "/");
      const header = newcomer.getByRole("banner");
      await expect(header.getByText(name, { exact: true })).toBeVisible();
      await expect(header.getByText("Student", { exact: true })).toBeVisible();
    });

    await test.step("the link works only once", async () => {
      await newcomer.goto(resetPath);
      await expect(newcomer.getByRole("alert").filter({ hasText: INVALID_LINK })).toBeVisible();
      await expect(newcomer.getByLabel("New password", { exact: true })).toHaveCount(0);
    });

    await test.step("the admin makes the new user faculty, which takes effect at once", async () => {
      await page.getByLabel(`Role for ${name}`, { exact: true }).selectOption({ label: "Faculty" });
      await page.getByRole("button", { name: `Change role for ${name}`, exact: true }).click();
      await expect(page.getByText(`${name} is now faculty.`, { exact: true })).toBeVisible();
      // The session is read fresh on every request: no sign-out needed for the new role to show.
      await newcomer.goto("/");
      await expect(newcomer.getByRole("banner").getByText("Faculty", { exact: true })).toBeVisible();
    });
  } finally {
    await context.close();
  }
});

test("an admin cannot disable their own account", async ({ page }) => {
  const admin = PERSONAS.admin.name;
  await openUsersPage(page);
  await page.getByRole("button", { name: `Disable ${admin}`, exact: true }).click();
  await expect(page.getByRole("alert").filter({ hasText: "You cannot disable your own account." })).toBeVisible();
  // Still signed in, still an admin.
  await openUsersPage(page);
  await expect(page.getByRole("button", { name: `Disable ${admin}`, exact: true })).toBeVisible();
});
