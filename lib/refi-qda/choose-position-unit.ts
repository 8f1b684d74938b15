import { createCodePointIndex } from "../offsets/code-points";
import type { PositionUnit } from "./stored-text";
import type { PositionEvidence } from "./types";

export type WrittenSelection = { start: number; end: number; name: string | null };

export type PositionUnitChoice = {
  unit: PositionUnit | "either" | null;
  evidence: PositionEvidence | null;
};

const WORD_CHARACTER = /^[\p{L}\p{N}]$/u;

/**
 * Decides whether a source's positions count code points (as REFI-QDA says) or UTF-16 code units (as NVivo
 * writes, on Windows and Mac). The two agree until the first character above U+FFFF; after it, each reading
 * cuts the text elsewhere. The reading under which more passages start with their own name wins (ATLAS.ti names
 * a quotation by its first words); failing that, the one under which more passages start and end on word edges
 * (a person selects words, not halves of them). On a tie the tool decides: NVivo means UTF-16.
 *
 * The word-edge count is the one shared/formats/refi-qda/samples/make_expected.py computes, so the evidence can be
 * compared with the samples' expected.json: a passage counts when neither edge falls between two letters or digits.
 */
export function choosePositionUnit(stored: string, selections: WrittenSelection[], origin: string | null): PositionUnitChoice {
  if (selections.length === 0) return { unit: null, evidence: null };
  const index = createCodePointIndex(stored);
  const lastEnd = selections.reduce((last, { end }) => (Number.isInteger(end) && end > last ? end : last), 0);
  const cappedEnd = Math.min(lastEnd, index.length);
  const evidence: PositionEvidence = {
    selections: selections.length,
    astralCharsBeforeLastEnd: index.toUtf16Index(cappedEnd) - cappedEnd,
    wordBoundaryHitsCodePoints: 0,
    wordBoundaryHitsUtf16: 0,
    nameMatchesCodePoints: 0,
    nameMatchesUtf16: 0,
  };

  const codePointAt = (i: number) => String.fromCodePoint(stored.codePointAt(index.toUtf16Index(i))!);
  // A lone surrogate stands for half a character: never a letter, as in make_expected.py.
  const unitAt = (i: number) => stored[i]!;
  for (const { start, end, name } of selections) {
    if (onWordEdges(start, end, index.length, codePointAt)) evidence.wordBoundaryHitsCodePoints++;
    if (onWordEdges(start, end, stored.length, unitAt)) evidence.wordBoundaryHitsUtf16++;
    if (name === null) continue;
    if (inside(start, end, index.length)) {
      const quote = stored.slice(index.toUtf16Index(start), index.toUtf16Index(end));
      if (startsWithName(quote, name)) evidence.nameMatchesCodePoints++;
    }
    if (inside(start, end, stored.length) && startsWithName(stored.slice(start, end), name)) evidence.nameMatchesUtf16++;
  }

  if (evidence.astralCharsBeforeLastEnd === 0) return { unit: "either", evidence };
  return { unit: pickUnit(evidence, origin), evidence };
}

function pickUnit(evidence: PositionEvidence, origin: string | null): PositionUnit {
  if (evidence.nameMatchesUtf16 !== evidence.nameMatchesCodePoints) {
    return evidence.nameMatchesUtf16 > evidence.nameMatchesCodePoints ? "utf16" : "codePoints";
  }
  if (evidence.wordBoundaryHitsUtf16 !== evidence.wordBoundaryHitsCodePoints) {
    return evidence.wordBoundaryHitsUtf16 > evidence.wordBoundaryHitsCodePoints ? "utf16" : "codePoints";
  }
  return origin !== null && /nvivo/i.test(origin) ? "utf16" : "codePoints";
}

/**
 * True when the passage's text begins with the name the file gave it, ignoring whitespace and a trailing ellipsis
 * (ATLAS.ti cuts long names with "…" and PDF text often loses spaces). An empty name says nothing.
 */
export function startsWithName(quote: string, name: string): boolean {
  const wanted = name.replace(/(…|\.\.\.)$/u, "").replace(/\s+/gu, "");
  return wanted.length > 0 && quote.replace(/\s+/gu, "").startsWith(wanted);
}

function inside(start: number, end: number, length: number): boolean {
  return Number.isInteger(start) && Number.isInteger(end) && 0 <= start && start <= end && end <= length;
}

function onWordEdges(start: number, end: number, length: number, charAt: (i: number) => string): boolean {
  if (!inside(start, end, length)) return false;
  const splitsWord = (i: number) => WORD_CHARACTER.test(charAt(i - 1)) && WORD_CHARACTER.test(charAt(i));
  const startClean = start === 0 || start === length || !splitsWord(start);
  const endClean = end === length || end === 0 || !splitsWord(end);
  return startClean && endClean;
}
