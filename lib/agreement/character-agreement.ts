import { type DisagreementCoefficient, undefinedDisagreement } from "./coefficient";
import type { CheckedCorpusInput } from "./corpus-input";
import { groupAnnotations } from "./group-annotations";
import type { UnitizedSpan } from "./unitized-data";
import { pairwiseUnitizingAlpha, type UnitizingAlphaPair, unitizingAlpha } from "./unitizing-alpha";

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
  by_code: {
    code_id: number;
    code_name: string;
    /** Spans of the code after merging. */
    spans: number;
    krippendorff_alpha_unitizing: DisagreementCoefficient;
  }[];
  /** Unitizing alpha over all codes: 1 − Σ D_o(c) / Σ D_e(c); and the same for each pair of coders alone (who
   * parts from whom), the unit counterpart of the coded units' Cohen's kappa pairs. */
  pooled: {
    krippendorff_alpha_unitizing: DisagreementCoefficient;
    unitizing_alpha_pairs: UnitizingAlphaPair[];
  };
};

/**
 * Unitizing alpha on code points: the documents are laid end to end as one continuum (each document's spans offset
 * by the lengths of the documents before it), codes are the categories, and a coder's overlapping spans of one code
 * are merged first, since unitizing alpha needs one coder's units of a category to be disjoint. Spans that only
 * touch stay separate units. No bootstrap: Hayes and Krippendorff's resampling is defined for coding data.
 */
export function characterAgreement(input: CheckedCorpusInput): CharacterCorpusAgreement {
  const { coders, codes, documentLengths } = input;
  const grouped = groupAnnotations(input);
  const spans: UnitizedSpan[] = [];
  const spanCounts = codes.map(() => 0);
  let offset = 0;
  let leftOut = 0;
  grouped.spans.forEach((groups, document) => {
    if (!coders.every((_coder, coderIndex) => input.isCoded(document, coderIndex))) {
      leftOut++;
      return;
    }
    groups.forEach((group, index) => {
      const coder = coders[Math.floor(index / codes.length)]!;
      const code = index % codes.length;
      spanCounts[code]! += group.length;
      for (const { start, end } of group) {
        spans.push({ coder, category: String(codes[code]!.id), start: offset + start, length: end - start });
      }
    });
    offset += documentLengths[document]!;
  });

  const data = { continuum: { begin: 0, length: offset }, coders, spans };
  const alpha = unitizingAlpha(data);
  const pairs = pairwiseUnitizingAlpha(data);
  // The spans were merged and bounded by checked document lengths just above, so validation cannot fail.
  if (!alpha.ok) throw new Error(alpha.error);
  if (!pairs.ok) throw new Error(pairs.error);
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
      krippendorff_alpha_unitizing:
        alpha.value.by_category[String(code.id)] ?? undefinedDisagreement("no coder applied this code"),
    })),
    pooled: { krippendorff_alpha_unitizing: alpha.value.overall, unitizing_alpha_pairs: pairs.value },
  };
}

