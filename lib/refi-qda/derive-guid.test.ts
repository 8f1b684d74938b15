import { describe, expect, it } from "vitest";
import { deriveGuid } from "./derive-guid";
import { isGuid } from "./guid-key";

describe("deriveGuid", () => {
  it("gives the same version 5 GUID for the same inputs, whatever the case of the base", () => {
    const guid = deriveGuid("44444444-dddd-4ddd-8ddd-444444444444", "selection");
    expect(guid).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(isGuid(guid)).toBe(true);
    expect(deriveGuid("44444444-DDDD-4DDD-8DDD-444444444444", "selection")).toBe(guid);
  });
  it("gives different GUIDs for different bases or purposes", () => {
    const base = "44444444-dddd-4ddd-8ddd-444444444444";
    expect(deriveGuid(base, "selection")).not.toBe(deriveGuid(base, "other"));
    expect(deriveGuid(base, "selection")).not.toBe(deriveGuid("55555555-eeee-4eee-8eee-555555555555", "selection"));
  });
});
