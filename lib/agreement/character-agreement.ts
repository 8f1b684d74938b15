import { type UnitizingAlphaWithInterval, unitizingAlphaWithIntervals } from "./bootstrap-unitizing-alpha";
import { characterCodingFigures, type CharacterCodingFigures } from "./character-coding-figures";
import type { CheckedCorpusInput } from "./corpus-input";
import { groupAnnotations } from "./group-annotations";
import type { UnitizedSpan } from "./unitized-data";
import { pairwiseUnitizingAlpha, type UnitizingAlphaPair } from "./unitizing-alpha";
import type { UnitizedDocument } from "./unitizing-resampler";

export type CharacterCorpusAgreement = {
  unit: "character";
  documents: number;
  /** Documents left out because not every coder coded them: unitizing alpha compares the same coders throughout. */
  documents_left_out: number;
  /** L: the documents' lengths in code points, added up. */
  continuum_length: number;
  coders: number;
  coder_names: string[];
  /** Annotations folded into an overlapping one of the same document, coder and code before computing. */
  merged_spans: number;
  by_code: ({
    code_id: number;
    code_name: string;
    /** Spans of the code and its descendants after merging (a parent counts the union of its subtree's spans). */
    spans: number;
    krippendorff_alpha_unitizing: UnitizingAlphaWithInterval;
  } & CharacterCodingFigures)[];
  /** Unitizing alpha over all codes: 1 − Σ D_o(c) / Σ D_e(c); and the same for each pair of coders alone (who
   * parts from whom). The coding-data figures pool (character, code) pairs as units. */
  pooled: {
    krippendorff_alpha_unitizing: UnitizingAlphaWithInterval;
    unitizing_alpha_pairs: UnitizingAlphaPair[];
  } & CharacterCodingFigures;
  /** What the figures of this unit mean, so the JSON explains itself. */
  definitions: Record<string, string>;
};

const DEFINITIONS: Record<string, string> = {
  krippendorff_alpha_unitizing:
    "Krippendorff's unitizing alpha on the documents laid end to end (code points); over all codes 1 - sum D_o / sum D_e",
  bootstrap:
    "cluster bootstrap: whole documents drawn with replacement and laid end to end, unitizing alpha (D_o and D_e) " +
    "recomputed on each resample; percentile interval; resamples where alpha is undefined are counted in undefined_samples",
  units: "characters (code points) of the documents every coder coded; pooled: (character, code) pairs",
  percent_agreement: "share of agreeing pairs of coders' values (code covers the character or not) over all characters",
  cohen_kappa_pairs: "Cohen's kappa of each pair of coders, every character a unit valued 1 if the code covers it, else 0",
  fleiss_kappa: "Fleiss 1971 on the same 1/0 values; every coder rates every character",
  gwet_ac1: "Gwet 2008 AC1 on the same 1/0 values, q = 2",
};

/**
 * Unitizing alpha on code points: the documents are laid end to end as one continuum (each document's spans offset
 * by the lengths of the documents before it), codes are the categories, and a coder's overlapping spans of one code
 * are merged first, since unitizing alpha needs one coder's units of a category to be disjoint. Spans that only
 * touch stay separate units. Its interval is a cluster bootstrap over documents (bootstrap-unitizing-alpha.ts). Beside
 * it, Cohen's, Fleiss' kappa, AC1 and percent agreement treat every character as a unit a coder gives 1 when the code
 * covers it (character-coding-figures.ts).
 */
export function characterAgreement(input: CheckedCorpusInput): CharacterCorpusAgreement {
  const { coders, codes, documentLengths } = input;
  const grouped = groupAnnotations(input);
  const { seriesCount, pooledSeries } = grouped;
  const inPooled = new Uint8Array(seriesCount);
  for (const series of pooledSeries) inPooled[series] = 1;
  // Category names: a code's id for the codes' (subtree) series, "own:<id>" for a parent's own spans.
  const category = (series: number) => String(series < codes.length ? codes[series]!.id : `own:${series}`);
  const pooledSpans: UnitizedSpan[] = [];
  const included: UnitizedDocument[] = [];
  const spanCounts = codes.map(() => 0);
  let offset = 0;
  let leftOut = 0;
  grouped.spans.forEach((groups, document) => {
    if (!coders.every((_coder, coderIndex) => input.isCoded(document, coderIndex))) {
      leftOut++;
      return;
    }
    included.push({ length: documentLengths[document]!, spans: groups });
    groups.forEach((group, index) => {
      const series = index % seriesCount;
      if (series < codes.length) spanCounts[series]! += group.length;
      if (!inPooled[series]) return;
      const coder = coders[Math.floor(index / seriesCount)]!;
      for (const { start, end } of group) pooledSpans.push({ coder, category: category(series), start: offset + start, length: end - start });
    });
    offset += documentLengths[document]!;
  });

  const pairs = pairwiseUnitizingAlpha({ continuum: { begin: 0, length: offset }, coders, spans: pooledSpans });
  // The spans were merged and bounded by checked document lengths just above, so validation cannot fail.
  if (!pairs.ok) throw new Error(pairs.error);
  const layout = { coders: coders.length, codes: seriesCount, reported: codes.length, pooled: pooledSeries };
  const alphas = unitizingAlphaWithIntervals(included, layout, { samples: input.bootstrapSamples, seed: input.seed });
  const figures = characterCodingFigures(included, coders, layout);
  return {
    unit: "character",
    documents: input.documents.length - leftOut,
    documents_left_out: leftOut,
    continuum_length: offset,
    coders: coders.length,
    coder_names: [...coders],
    merged_spans: grouped.merged,
    by_code: codes.map((code, index) => ({
      code_id: code.id,
      code_name: code.name,
      spans: spanCounts[index]!,
      krippendorff_alpha_unitizing: alphas.by_code[index]!,
      ...figures.by_code[index]!,
    })),
    pooled: {
      krippendorff_alpha_unitizing: alphas.overall,
      unitizing_alpha_pairs: pairs.value,
      ...figures.pooled,
    },
    definitions: DEFINITIONS,
  };
}

