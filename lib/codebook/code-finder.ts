import { assignAbbreviations } from "./assign-abbreviations";
import { buildCodeTree, type TreeCode } from "./code-tree";
import { foldCodeName, wordsOf } from "./fold-code-name";
import { matchesWordPrefixes } from "./matches-word-prefixes";

export type FindableCode = TreeCode & { name: string; isGroup: boolean; key?: string | null };

/** A code the finder can offer, with what matching needs precomputed once per codebook. */
export type FinderEntry = {
  id: number;
  name: string;
  /** The names of its ancestors from the top, to tell apart codes of one name under different parents. */
  path: string[];
  depth: number;
  /** Its place in the tree's display order. */
  order: number;
  /** The letters that always find it first (see assignAbbreviations). */
  abbreviation: string;
  folded: string;
  nameWords: string[];
  /** The ancestors' words then its own; its own start at `nameStart`. */
  pathWords: string[];
  nameStart: number;
  /** The path's words run together: a query that is not a subsequence of it cannot match, a cheap first test. */
  pathLetters: string;
};

export type CodeFinder = {
  /** The codes that can be coded (groups cannot), in tree order. */
  entries: readonly FinderEntry[];
  byId: ReadonlyMap<number, FinderEntry>;
  /** The codes matching `query`, best first, the recently used (most recent first) ahead of others as good; an empty query matches none. */
  find: (query: string, recentIds?: readonly number[]) => FinderEntry[];
};

/**
 * Type-to-find over the codebook. A query matches, best first: a code's abbreviation exactly; the start of its name;
 * the start of a word of its name; prefixes of its name's words in order ("fas" for Fighting against Sunnis); prefixes
 * of its ancestors' and then its own words ("eb" for Economy › Bread); any part of its name. Within a rank a
 * recently used code, then the shallower code, then the shorter name, then the tree order wins. An abbreviation is
 * unique, so its code is always first, whatever was used recently. Everything but the query is folded and split
 * here, once per codebook, so a keystroke costs one pass over the codes.
 */
export function buildCodeFinder(codes: readonly FindableCode[]): CodeFinder {
  const tree = buildCodeTree(codes);
  const foldedById = new Map(codes.map((code) => [code.id, foldCodeName(code.name).trim().replace(/\s+/g, " ")]));
  const wordsById = new Map([...foldedById].map(([id, folded]) => [id, wordsOf(folded)]));
  const lettersOnly = (words: readonly string[]) => words.map((word) => word.replace(/\P{L}/gu, "")).filter(Boolean);
  const codable = tree.ordered.filter((node) => !node.code.isGroup);
  const reservedFirst = new Set(codes.flatMap((code) => (code.key && /^\p{L}$/u.test(code.key) ? [code.key.toLowerCase()] : [])));
  const abbreviations = assignAbbreviations(
    [...codable]
      .sort((a, b) => a.code.id - b.code.id)
      .map((node) => ({
        id: node.code.id,
        nameWords: lettersOnly(wordsById.get(node.code.id)!),
        ancestorWords: node.path.slice(0, -1).reverse().map((id) => lettersOnly(wordsById.get(id)!)),
      })),
    reservedFirst,
  );
  const order = new Map(tree.ordered.map((node, index) => [node.code.id, index]));
  const entries = codable.map((node): FinderEntry => {
    const ancestors = node.path.slice(0, -1);
    const ancestorWords = ancestors.flatMap((id) => wordsById.get(id)!);
    const nameWords = wordsById.get(node.code.id)!;
    return {
      id: node.code.id,
      name: node.code.name,
      path: ancestors.map((id) => tree.byId.get(id)!.code.name),
      depth: node.depth,
      order: order.get(node.code.id)!,
      abbreviation: abbreviations.get(node.code.id) ?? "",
      folded: foldedById.get(node.code.id)!,
      nameWords,
      pathWords: [...ancestorWords, ...nameWords],
      nameStart: ancestorWords.length,
      pathLetters: [...ancestorWords, ...nameWords].join(""),
    };
  });
  const byId = new Map(entries.map((entry) => [entry.id, entry]));

  return {
    entries,
    byId,
    find(query, recentIds = []) {
      const folded = foldCodeName(query).trim().replace(/\s+/g, " ");
      const compact = wordsOf(folded).join("");
      if (folded.length === 0) return [];
      const ranked: { entry: FinderEntry; rank: number }[] = [];
      for (const entry of entries) {
        const rank = rankOf(entry, folded, compact);
        if (rank >= 0) ranked.push({ entry, rank });
      }
      const recency = new Map(recentIds.map((id, index) => [id, index - recentIds.length]));
      const recencyOf = (entry: FinderEntry) => recency.get(entry.id) ?? 0;
      ranked.sort((a, b) => a.rank - b.rank || recencyOf(a.entry) - recencyOf(b.entry) || a.entry.depth - b.entry.depth || a.entry.name.length - b.entry.name.length || a.entry.order - b.entry.order);
      return ranked.map(({ entry }) => entry);
    },
  };
}

/** How well `entry` matches (0 best), or -1 when it does not. */
function rankOf(entry: FinderEntry, folded: string, compact: string): number {
  if (compact === entry.abbreviation) return 0;
  if (entry.folded.startsWith(folded)) return 1;
  if (entry.nameWords.some((word) => word.startsWith(folded))) return 2;
  if (compact.length === 0) return entry.folded.includes(folded) ? 5 : -1;
  if (!isSubsequence(compact, entry.pathLetters)) return -1;
  if (matchesWordPrefixes(compact, entry.nameWords)) return 3;
  if (entry.nameStart > 0 && matchesWordPrefixes(compact, entry.pathWords, entry.nameStart)) return 4;
  return entry.folded.includes(folded) ? 5 : -1;
}

function isSubsequence(needle: string, haystack: string): boolean {
  let at = 0;
  for (let index = 0; index < haystack.length && at < needle.length; index++) if (haystack[index] === needle[at]) at++;
  return at === needle.length;
}
