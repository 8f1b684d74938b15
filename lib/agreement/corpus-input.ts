import { codePointLength } from "../offsets/code-points";
import { fail, ok, type Result } from "./result";

export type CorpusUnit = "document" | "sentence" | "paragraph" | "character";

/** Offsets are code points, end exclusive, as everywhere in Testimony Coder. */
export type CorpusAnnotation = { documentId: number; coder: string; codeId: number; start: number; end: number };

export type CorpusAgreementInput = {
  documents: readonly { id: number; text: string }[];
  /** Every coder compared, including any who applied nothing (all absent). */
  coders: readonly string[];
  /** A code with a parent among these codes also counts as its parent: a parent's figures pool its subtree. */
  codes: readonly { id: number; name: string; parentId?: number | null }[];
  annotations: readonly CorpusAnnotation[];
  unit: CorpusUnit;
  /** Share of a sentence or paragraph a coder's spans of a code must cover to count as applying it; default 0.5. */
  minCoverage?: number;
  /** Bootstrap resamples for alpha's interval; default 1000, 0 for none. */
  bootstrapSamples?: number;
  /** Seed of the bootstrap's generator; default 1, so a report comes out the same when run again. */
  seed?: number;
  /**
   * Which coders coded each document (submitted it). When given, a coder's values on a document they did not code
   * are missing rather than 0; without it every listed coder is taken to have coded every document.
   */
  coded?: readonly { documentId: number; coders: readonly string[] }[];
};

const DEFAULT_MIN_COVERAGE = 0.5;
const DEFAULT_BOOTSTRAP_SAMPLES = 1000;
const DEFAULT_SEED = 1;

/** The input checked, with the settings filled in and each text's length in code points. */
export type CheckedCorpusInput = CorpusAgreementInput & {
  minCoverage: number;
  bootstrapSamples: number;
  seed: number;
  documentLengths: readonly number[];
  /** Whether the coder at `coderIndex` coded the document at `documentIndex`. */
  isCoded: (documentIndex: number, coderIndex: number) => boolean;
};

/**
 * Checks ids and names are unique, annotations name a known document, coder and code, and offsets are whole code
 * points with 0 ≤ start < end ≤ the document's length.
 */
export function checkCorpusInput(input: CorpusAgreementInput): Result<CheckedCorpusInput> {
  const minCoverage = input.minCoverage ?? DEFAULT_MIN_COVERAGE;
  const bootstrapSamples = input.bootstrapSamples ?? DEFAULT_BOOTSTRAP_SAMPLES;
  const seed = input.seed ?? DEFAULT_SEED;
  if (!(minCoverage > 0 && minCoverage <= 1)) {
    return fail(`minCoverage must be above 0 and at most 1, not ${minCoverage}`);
  }
  if (!Number.isInteger(bootstrapSamples) || bootstrapSamples < 0 || bootstrapSamples > 100_000) {
    return fail(`bootstrapSamples must be a whole number from 0 to 100000, not ${bootstrapSamples}`);
  }
  if (!Number.isInteger(seed)) return fail(`seed must be a whole number, not ${seed}`);

  const repeated =
    firstRepeat(input.documents.map((document) => document.id), "document id") ??
    firstRepeat(input.coders, "coder") ??
    firstRepeat(input.codes.map((code) => code.id), "code id");
  if (repeated) return fail(repeated);

  const documentLengths = input.documents.map((document) => codePointLength(document.text));
  const lengthById = new Map(input.documents.map((document, index) => [document.id, documentLengths[index]!]));
  const coders = new Set(input.coders);
  const codes = new Set(input.codes.map((code) => code.id));
  for (const [index, annotation] of input.annotations.entries()) {
    const { documentId, coder, codeId, start, end } = annotation;
    const where = `annotation ${index + 1} (document ${documentId}, coder ${JSON.stringify(coder)}, code ${codeId})`;
    const length = lengthById.get(documentId);
    if (length === undefined) return fail(`${where}: document ${documentId} is not in documents`);
    if (!coders.has(coder)) return fail(`${where}: coder ${JSON.stringify(coder)} is not in coders`);
    if (!codes.has(codeId)) return fail(`${where}: code ${codeId} is not in codes`);
    if (!Number.isInteger(start) || !Number.isInteger(end)) {
      return fail(`${where}: start and end must be whole numbers`);
    }
    if (start < 0 || end > length || start >= end) {
      return fail(`${where}: span ${start}..${end} must satisfy 0 ≤ start < end ≤ ${length}, the text's length`);
    }
  }
  return ok({ ...input, minCoverage, bootstrapSamples, seed, documentLengths, isCoded: codedLookup(input) });
}

function codedLookup(input: CorpusAgreementInput): CheckedCorpusInput["isCoded"] {
  if (!input.coded) return () => true;
  const codersByDocument = new Map(input.coded.map(({ documentId, coders }) => [documentId, new Set(coders)]));
  return (documentIndex, coderIndex) =>
    codersByDocument.get(input.documents[documentIndex]!.id)?.has(input.coders[coderIndex]!) ?? false;
}

function firstRepeat<T>(items: readonly T[], what: string): string | null {
  const seen = new Set<T>();
  for (const item of items) {
    if (seen.has(item)) return `${what} ${JSON.stringify(item)} appears twice`;
    seen.add(item);
  }
  return null;
}
