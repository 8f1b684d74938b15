import type { CheckedCorpusInput } from "./corpus-input";
import type { Span } from "@/lib/annotations/span";
import { mergeOverlappingSpans } from "@/lib/text/merge-spans";

export type GroupedAnnotations = {
  /**
   * spans[document][coder * seriesCount + series]: that coder's spans of one series, merged and sorted. Series
   * 0 … codes − 1 are the input's codes, each with the spans of its whole subtree (a span of any descendant counts
   * as the code); after them come the own spans of each code that has descendants, which only the pooled figures use.
   */
  spans: Span[][][];
  seriesCount: number;
  /** The series the pooled figures add up: every coding counted once, under the code it was made with. */
  pooledSeries: Int32Array;
  /** How many annotations were folded into an overlapping one of the same document, coder and code. */
  merged: number;
};

/**
 * Groups annotations by document, coder and code, in the order of the input's lists, merging overlaps; then gives
 * each code with descendants among the input's codes (by `parentId`) the union of its subtree's spans.
 */
export function groupAnnotations(input: CheckedCorpusInput): GroupedAnnotations {
  const codeCount = input.codes.length;
  const coderCount = input.coders.length;
  const documentIndex = new Map(input.documents.map((document, index) => [document.id, index]));
  const coderIndex = new Map(input.coders.map((coder, index) => [coder, index]));
  const codeIndex = new Map(input.codes.map((code, index) => [code.id, index]));
  // Most (document, coder, code) groups of a large codebook are empty: they share one list instead of each making one.
  const own: Span[][][] = input.documents.map(() => new Array<Span[]>(coderCount * codeCount).fill(EMPTY));
  for (const { documentId, coder, codeId, start, end } of input.annotations) {
    const groups = own[documentIndex.get(documentId)!]!;
    const group = coderIndex.get(coder)! * codeCount + codeIndex.get(codeId)!;
    if (groups[group] === EMPTY) groups[group] = [];
    groups[group]!.push({ start, end });
  }
  let merged = 0;
  for (const groups of own) {
    groups.forEach((group, index) => {
      if (group.length < 2) return;
      const result = mergeOverlappingSpans(group);
      groups[index] = result.spans;
      merged += result.merged;
    });
  }

  const children = childIndices(input.codes, codeIndex);
  const parents = children.flatMap((list, code) => (list.length > 0 ? [code] : []));
  if (parents.length === 0) {
    return { spans: own, seriesCount: codeCount, pooledSeries: Int32Array.from(input.codes.keys()), merged };
  }
  const seriesCount = codeCount + parents.length;
  const childrenFirst = postOrder(children);
  const spans = own.map((groups) => {
    const series = new Array<Span[]>(coderCount * seriesCount).fill(EMPTY);
    for (let coder = 0; coder < coderCount; coder++) {
      const at = coder * seriesCount;
      for (const code of childrenFirst) {
        // Most codes of a large codebook hold no span of a coder in a document: a single list is passed on, not copied.
        let union = groups[coder * codeCount + code]!;
        let lists = union.length > 0 ? 1 : 0;
        for (const child of children[code]!) {
          const list = series[at + child]!;
          if (list.length === 0) continue;
          union = lists === 0 ? list : union.concat(list);
          lists++;
        }
        series[at + code] = lists > 1 ? mergeOverlappingSpans(union).spans : union;
      }
      parents.forEach((code, extra) => (series[at + codeCount + extra] = groups[coder * codeCount + code]!));
    }
    return series;
  });
  const leaves = [...children.keys()].filter((code) => children[code]!.length === 0);
  const pooledSeries = Int32Array.from([...leaves, ...parents.map((_, extra) => codeCount + extra)]);
  return { spans, seriesCount, pooledSeries, merged };
}

const EMPTY: Span[] = [];

/** Every code index once, each after all of its descendants. */
function postOrder(children: readonly number[][]): number[] {
  const hasParent = new Uint8Array(children.length);
  for (const list of children) for (const child of list) hasParent[child] = 1;
  const order: number[] = [];
  const visit = (code: number) => {
    for (const child of children[code]!) visit(child);
    order.push(code);
  };
  children.forEach((_, code) => {
    if (!hasParent[code]) visit(code);
  });
  return order;
}

/** For each code, the indices of its children among `codes`. A parent missing from the list makes a code a root; a
 * link that would close a cycle is dropped, so that every code counts once. */
function childIndices(codes: CheckedCorpusInput["codes"], codeIndex: Map<number, number>): number[][] {
  const parentOf = codes.map((code) => (code.parentId === undefined || code.parentId === null ? undefined : codeIndex.get(code.parentId)));
  const closesCycle = (index: number) => {
    const seen = new Set([index]);
    for (let parent = parentOf[index]; parent !== undefined; parent = parentOf[parent]) {
      if (seen.has(parent)) return true;
      seen.add(parent);
    }
    return false;
  };
  const children = codes.map((): number[] => []);
  parentOf.forEach((parent, index) => {
    if (parent !== undefined && !closesCycle(index)) children[parent]!.push(index);
  });
  return children;
}
