import { describe, expect, it } from "vitest";
import { arabicPrefixedForms } from "./arabic-prefixed-forms";

describe("arabicPrefixedForms", () => {
  it("gives a bare word every combination of conjunction, preposition and article, ل before the article as لل", () => {
    const forms = arabicPrefixedForms("نظام");
    expect(forms).toHaveLength(24);
    expect(forms).toEqual(expect.arrayContaining(["نظام", "النظام", "والنظام", "فالنظام", "بالنظام", "للنظام", "وللنظام", "ونظام", "بنظام", "وبنظام"]));
    expect(forms).not.toContain("لالنظام");
  });

  it("keeps the article a word was typed with, and never strips the user's own letters", () => {
    expect(arabicPrefixedForms("الله")).toEqual(expect.arrayContaining(["الله", "والله", "بالله", "لله", "فلله"]));
    expect(arabicPrefixedForms("الله")).not.toContain("له");
    expect(arabicPrefixedForms("بيت")).not.toContain("يت");
  });

  it("leaves words that are not all Arabic letters alone", () => {
    expect(arabicPrefixedForms("regime")).toEqual(["regime"]);
    expect(arabicPrefixedForms("٢٠١٥")).toEqual(["٢٠١٥"]);
  });
});
