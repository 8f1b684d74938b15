import { describe, expect, it } from "vitest";
import { checkNewPassword, hashPassword, MIN_PASSWORD_LENGTH, verifyPasswordOrPretend } from "./password";

describe("checkNewPassword", () => {
  it("accepts a long password without composition rules", () => {
    expect(checkNewPassword("plain lowercase words", "alice")).toBeNull();
  });

  it(`refuses fewer than ${MIN_PASSWORD_LENGTH} characters, counting code points`, () => {
    expect(checkNewPassword("elevenchars", "alice")).toMatch(/at least 12/);
    expect(checkNewPassword("😀😀😀😀😀😀😀😀😀😀😀", "alice")).toMatch(/at least 12/);
    expect(checkNewPassword("😀😀😀😀😀😀😀😀😀😀😀😀", "alice")).toBeNull();
  });

  it("refuses a password holding the login, whatever its case", () => {
    expect(checkNewPassword("Alice-is-my-name", "alice")).toMatch(/login/);
  });

  it("refuses the commonest long passwords, whatever their case", () => {
    expect(checkNewPassword("Password1234", "alice")).toMatch(/common/);
    expect(checkNewPassword("123456789012", "alice")).toMatch(/common/);
  });
});

describe("verifyPasswordOrPretend", () => {
  it("accepts the right password and refuses a wrong one", async () => {
    const hash = await hashPassword("right password here");
    expect(await verifyPasswordOrPretend("right password here", hash)).toBe(true);
    expect(await verifyPasswordOrPretend("wrong password here", hash)).toBe(false);
  });

  it("refuses every password when there is no account", async () => {
    expect(await verifyPasswordOrPretend("", undefined)).toBe(false);
    expect(await verifyPasswordOrPretend("anything at all", undefined)).toBe(false);
  });
});
