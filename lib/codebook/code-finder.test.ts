import { describe, expect, it } from "vitest";
import { buildCodeFinder, type CodeFinder, type FindableCode } from "./code-finder";
import { generateTestCodebook } from "./test-codebook";

const code = (id: number, name: string, parentId: number | null = null, extra: Partial<FindableCode> = {}): FindableCode => ({
  id,
  parentId,
  position: id,
  name,
  isGroup: false,
  ...extra,
});

const names = (finder: CodeFinder, query: string) => finder.find(query).map((entry) => [...entry.path, entry.name].join(" › "));

/**
 * Keystrokes after the text selection to code with `id`: the query's characters (the first one, typed in the text,
 * opens the finder with itself in it), one Down arrow per match above the code, and Enter. The queries tried are
 * those a coder would type: the start of the code's name and the abbreviation shown beside it.
 */
function keystrokesTo(finder: CodeFinder, id: number): number {
  const entry = finder.byId.get(id)!;
  const queries = new Set<string>();
  for (let length = 1; length <= 3; length++) queries.add(entry.abbreviation.slice(0, length)).add(entry.folded.slice(0, length));
  let best = Infinity;
  for (const query of queries) {
    const rank = finder.find(query).findIndex((match) => match.id === id);
    if (rank >= 0) best = Math.min(best, query.length + rank + 1);
  }
  return best;
}

describe("buildCodeFinder", () => {
  const codebook = [
    code(1, "Economy"),
    code(2, "Prices", 1),
    code(3, "Bread", 2),
    code(4, "Other", 1),
    code(5, "Religion"),
    code(6, "Other", 5),
    code(7, "Fighting against Sunnis"),
    code(8, "Brutality against Sunnis"),
    code(9, "Groups", null, { isGroup: true }),
    code(10, "Breaking promises", 9),
  ];
  const finder = buildCodeFinder(codebook);

  it("ranks names that start with the query first, the shallower first, then names with a word that does", () => {
    expect(names(finder, "br")).toEqual(["Brutality against Sunnis", "Groups › Breaking promises", "Economy › Prices › Bread"]);
    expect(names(finder, "pr")).toEqual(["Economy › Prices", "Groups › Breaking promises"]);
    expect(names(finder, "sun")).toEqual(["Fighting against Sunnis", "Brutality against Sunnis"]);
  });

  it("puts recently used codes first among those matching as well, but never before an abbreviation's code", () => {
    expect(names(finder, "br")[0]).toBe("Brutality against Sunnis");
    expect(finder.find("br", [10, 3]).map((entry) => entry.id)).toEqual([10, 3, 8]);
    const bread = finder.byId.get(3)!.abbreviation;
    expect(bread).toBe("bre");
    expect(finder.find(bread, [10]).map((entry) => entry.id)).toEqual([3, 10]);
  });

  it("matches prefixes of the name's words in order, and of the parents' words before the name's", () => {
    expect(names(finder, "fas")).toEqual(["Fighting against Sunnis"]);
    expect(names(finder, "fias")[0]).toBe("Fighting against Sunnis");
    expect(names(finder, "eo")).toEqual(["Economy › Other"]);
    expect(names(finder, "ro")).toEqual(["Religion › Other", "Groups › Breaking promises"]);
    expect(names(finder, "epb")).toEqual(["Economy › Prices › Bread"]);
  });

  it("gives codes of one name under different parents their paths and different abbreviations", () => {
    const others = finder.find("other");
    expect(others.map((entry) => entry.path)).toEqual([["Economy"], ["Religion"]]);
    expect(others[0]!.abbreviation).not.toBe(others[1]!.abbreviation);
    expect(finder.find(others[1]!.abbreviation)[0]!.id).toBe(6);
  });

  it("offers no group, but shows groups in the paths of their codes", () => {
    expect(names(finder, "groups")).toEqual([]);
    expect(finder.byId.has(9)).toBe(false);
    expect(finder.find("break")[0]!.path).toEqual(["Groups"]);
  });

  it("ignores case, accents, Arabic vowel marks and hamza forms on both sides", () => {
    const folded = buildCodeFinder([code(1, "Café owners"), code(2, "النِّظامَ"), code(3, "أمراء")]);
    expect(names(folded, "CAFE")).toEqual(["Café owners"]);
    expect(names(folded, "النظام")).toEqual(["النِّظامَ"]);
    expect(names(folded, "النِّ")).toEqual(["النِّظامَ"]);
    expect(names(folded, "أم")[0]).toBe("أمراء");
    expect(names(folded, "امراء")).toEqual(["أمراء"]);
  });

  it("finds nothing for an empty query or one no name holds", () => {
    expect(finder.find("  ")).toEqual([]);
    expect(finder.find("xyz")).toEqual([]);
  });

  it("keeps a code's abbreviation when a newer code with the same name arrives", () => {
    const before = buildCodeFinder([code(1, "Economy"), code(2, "Other", 1)]).byId.get(2)!.abbreviation;
    const after = buildCodeFinder([code(3, "Other"), code(1, "Economy"), code(2, "Other", 1)]);
    expect(after.byId.get(2)!.abbreviation).toBe(before);
    expect(after.byId.get(3)!.abbreviation).not.toBe(before);
  });

  it("starts no abbreviation with a letter that is a code's own shortcut", () => {
    const keyed = buildCodeFinder([code(1, "Bread", null, { key: "b" }), code(2, "Butter")]);
    expect(keyed.entries.map((entry) => entry.abbreviation[0])).not.toContain("b");
  });
});

describe("reaching any of 1,000 codes", () => {
  const codebook = generateTestCodebook(1000);
  const finder = buildCodeFinder(codebook);

  it("is a realistic tree: six levels, names repeated under different parents, groups", () => {
    const depthOf = (id: number): number => {
      const parentId = codebook.find((item) => item.id === id)!.parentId;
      return parentId === null ? 1 : 1 + depthOf(parentId);
    };
    expect(Math.max(...codebook.map((item) => depthOf(item.id)))).toBe(6);
    expect(codebook.filter((item) => item.name === "Other").length).toBeGreaterThan(3);
    expect(codebook.some((item) => item.isGroup)).toBe(true);
    expect(finder.entries.length).toBe(codebook.filter((item) => !item.isGroup).length);
  });

  it("takes at most 4 keystrokes after the selection for every code", () => {
    const counts = finder.entries.map((entry) => keystrokesTo(finder, entry.id));
    const farthest = finder.entries.filter((_, index) => counts[index]! > 4).map((entry) => `${[...entry.path, entry.name].join(" › ")} (${entry.abbreviation})`);
    expect(farthest).toEqual([]);
  });

  it("needs no more than the abbreviation shown beside each code, its three letters then Enter", () => {
    for (const entry of finder.entries) {
      expect(entry.abbreviation.length).toBeLessThanOrEqual(3);
      expect(finder.find(entry.abbreviation)[0]!.id).toBe(entry.id);
    }
  });
});
