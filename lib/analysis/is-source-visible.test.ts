import { describe, expect, it } from "vitest";
import { isSourceVisible } from "./is-source-visible";

describe("isSourceVisible", () => {
  it("shows every layer to a supervisor", () => {
    expect(isSourceVisible({ kind: "coder", login: "coder2" }, { role: "supervisor", annotationsRevealed: false })).toBe(true);
  });

  it("shows coders the consensus, and coders' layers only once annotations are revealed", () => {
    expect(isSourceVisible({ kind: "consensus" }, { role: "coder", annotationsRevealed: false })).toBe(true);
    expect(isSourceVisible({ kind: "any" }, { role: "coder", annotationsRevealed: false })).toBe(false);
    expect(isSourceVisible({ kind: "coder", login: "coder2" }, { role: "coder", annotationsRevealed: true })).toBe(true);
  });
});
