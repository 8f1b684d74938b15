import { describe, expect, it } from "vitest";
import { z } from "zod";
import { installPlainZodMessages } from "./plain-zod-messages";

installPlainZodMessages();
const messageOf = (schema: z.ZodType, value: unknown) => {
  const parsed = schema.safeParse(value);
  return parsed.success ? null : parsed.error.issues[0]!.message;
};

describe("plain zod messages", () => {
  it("says how long a text may be and how long it is", () => {
    expect(messageOf(z.string().max(120), "x".repeat(135))).toBe("is too long: at most 120 characters (this has 135); shorten it.");
    expect(messageOf(z.string().max(3), "😔😔😔😔")).toBe("is too long: at most 3 characters (this has 4); shorten it.");
    expect(messageOf(z.string().min(1), "")).toBe("must not be empty.");
  });

  it("names bounds, missing fields, allowed values and unknown fields in sentences", () => {
    expect(messageOf(z.number().int().min(0), -1)).toBe("must be at least 0.");
    expect(messageOf(z.object({ a: z.string() }), {})).toBe("is missing.");
    expect(messageOf(z.enum(["done", "in_progress"]), "later")).toBe('must be one of "done", "in_progress".');
    expect(messageOf(z.strictObject({}), { extra: 1 })).toBe("has a field this request does not take: extra.");
  });

  it("leaves a schema's own message alone", () => {
    expect(messageOf(z.string().min(1, "A code needs a name."), "")).toBe("A code needs a name.");
  });
});
