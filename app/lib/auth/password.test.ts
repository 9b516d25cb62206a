import { describe, expect, test } from "vitest";
import { hashPassword, PasswordSchema, verifyPassword } from "./password";

describe("password hashing", () => {
  test("hashes with argon2id and a fresh salt each time, and verifies", async () => {
    const [a, b] = await Promise.all([hashPassword("correct horse battery"), hashPassword("correct horse battery")]);
    expect(a).toMatch(/^\$argon2id\$/);
    expect(a).not.toBe(b);
    expect(await verifyPassword(a, "correct horse battery")).toBe(true);
    expect(await verifyPassword(a, "correct horse batterx")).toBe(false);
  });

  test("an unknown account costs a verification too, and fails", async () => {
    const started = performance.now();
    expect(await verifyPassword(null, "anything at all")).toBe(false);
    const unknown = performance.now() - started;
    const known = await hashPassword("anything at all");
    const t2 = performance.now();
    await verifyPassword(known, "wrong guess here");
    const wrong = performance.now() - t2;
    // Both paths run argon2: the unknown-account path is never an instant "no".
    expect(unknown).toBeGreaterThan(wrong / 4);
  });

  test("a malformed stored hash is a failed sign-in, not a crash", async () => {
    expect(await verifyPassword("not-a-hash", "whatever123")).toBe(false);
  });

  test.each([
    ["too short", "short", false],
    ["ten characters", "0123456789", true],
    ["too long", "x".repeat(201), false],
  ])("password rule: %s", (_label, password, ok) => {
    expect(PasswordSchema.safeParse(password).success).toBe(ok);
  });
});
