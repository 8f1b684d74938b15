import { describe, expect, it } from "vitest";
import { buildFtsQuery } from "./build-fts-query";

describe("buildFtsQuery", () => {
  it("quotes each word, keeps phrases together and prefixes marked with *", () => {
    expect(buildFtsQuery('regime "fellow Sunnis" apostat*')).toEqual({ ok: true, value: 'text : ("regime" "fellow Sunnis" "apostat"*)' });
  });

  it("folds Arabic as the index does and lets an Arabic word match its forms behind fused prefixes", () => {
    const query = buildFtsQuery("النِّظامَ");
    expect(query.ok && query.value.startsWith('text : (("النظام" OR ')).toBe(true);
    for (const form of ["والنظام", "بالنظام", "للنظام", "وللنظام", "فبالنظام"]) expect(query.ok && query.value).toContain(`"${form}"`);
    expect(query.ok && query.value).not.toContain('"نظام"');
    expect(buildFtsQuery("إعدام")).toEqual(buildFtsQuery("اعدام"));
    const prefix = buildFtsQuery("مقات*");
    expect(prefix.ok && prefix.value).toContain('"والمقات"*');
  });

  it("searches FTS5 operators and punctuation as text", () => {
    expect(buildFtsQuery("fight NEAR regime -x title:abc")).toEqual({ ok: true, value: 'text : ("fight" "NEAR" "regime" "-x" "title:abc")' });
    expect(buildFtsQuery('"unclosed phrase')).toEqual({ ok: true, value: 'text : ("unclosed phrase")' });
  });

  it("refuses a query with nothing to search for, or a very long one", () => {
    expect(buildFtsQuery(' - * "" ')).toEqual({ ok: false, error: "Type a word to search for." });
    expect(buildFtsQuery("a".repeat(201)).ok).toBe(false);
  });
});
