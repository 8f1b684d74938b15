import { describe, expect, it } from "vitest";
import { buildFtsQuery } from "./build-fts-query";

describe("buildFtsQuery", () => {
  it("quotes each word, keeps phrases together and prefixes marked with *", () => {
    expect(buildFtsQuery('regime "fellow Sunnis" apostat*')).toEqual({ ok: true, value: 'text : ("regime" "fellow Sunnis" "apostat"*)' });
    expect(buildFtsQuery("النظام")).toEqual({ ok: true, value: 'text : ("النظام")' });
    expect(buildFtsQuery("النِّظامَ")).toEqual({ ok: true, value: 'text : ("النظام")' });
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
