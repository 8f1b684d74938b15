import { describe, expect, it } from "vitest";
import { countOf } from "./count-of";

describe("countOf", () => {
  it("puts the noun in the number the count asks for", () => {
    expect([countOf(0, "hit"), countOf(1, "hit"), countOf(2, "hit"), countOf(1, "passage", "passages")]).toEqual(["0 hits", "1 hit", "2 hits", "1 passage"]);
  });
});
