import { type AlphaComponents, alphaComponents } from "./alpha-components";
import { bootstrapAlphaIntervals, type BootstrapInterval } from "./bootstrap-alpha";
import { type CodingData, columnWeight, selectCoders } from "./coding-data";
import type { AgreementCoefficient, DisagreementCoefficient } from "./coefficient";
import { cohensKappa } from "./cohen-kappa";
import type { CheckedCorpusInput } from "./corpus-input";
import { forEachCoveredUnit } from "./covered-units";
import { fleissKappa } from "./fleiss-kappa";
import { type GroupedAnnotations, groupAnnotations } from "./group-annotations";
import { gwetsAc1 } from "./gwet-ac1";
import { alphaFromComponents } from "./krippendorff-alpha";
import { percentAgreement } from "./percent-agreement";
import type { Span } from "@/lib/annotations/span";
import { segmentUnits, type TextUnit } from "@/lib/text/segment-units";

/** Agreement on one code (or pooled over codes) where each unit gets 1 (code applied) or 0 from every coder. */
export type CodedUnitsAgreement = {
  /** Units compared: sentences, paragraphs or documents; for the pooled figures, (unit, code) pairs. */
  units: number;
  /** Units at least one coder applied the code to: what alpha on presence data rests on. */
  applied_units: number;
  coders: number;
  percent_agreement: number | null;
  /** Nominal alpha on the 0/1 values, with its bootstrap interval (null when alpha is undefined or not asked for). */
  krippendorff_alpha: DisagreementCoefficient & { bootstrap: BootstrapInterval | null };
  /** Cohen's kappa of every pair of coders, in the order of the input's coder list. */
  cohen_kappa_pairs: { coder_a: string; coder_b: string; cohen_kappa: AgreementCoefficient }[];
  fleiss_kappa: AgreementCoefficient;
  /** With q = 2 categories: applied, not applied. */
  gwet_ac1: AgreementCoefficient;
};

export type CodedCorpusAgreement = {
  unit: TextUnit;
  /** The coverage rule's threshold; null for documents, where any span of the code counts. */
  min_coverage: number | null;
  documents: number;
  units: number;
  coders: number;
  coder_names: string[];
  by_code: ({ code_id: number; code_name: string } & CodedUnitsAgreement)[];
  /** Every (unit, code) pair taken as one unit; a bootstrap resample draws whole units with all their codes. */
  pooled: CodedUnitsAgreement;
};

const PRESENCE_DOMAIN = [0, 1] as const;
// A coder who did not code a document has no value on its units (CodingData's missing cell).
const MISSING = -1;

/**
 * Agreement on documents, sentences or paragraphs as units. A coder applies a code to a sentence or paragraph when
 * their spans of that code cover at least minCoverage of its code points; to a document when they applied the code
 * anywhere in it. A coder who coded a document but made no annotation of a code there gives 0; a coder who did not
 * code the document (see `coded`) gives a missing value.
 *
 * Most units of a large codebook carry no span of a given code: their values are those of the document's coders,
 * 0 from each coder who coded it and missing from the others. So each code's coding data hold one weighted column per
 * such set of coders for all those units together, and one column per unit some span of the code covers
 * (CodingData's weights): the work follows the spans, not units × codes.
 */
export function codedUnitsAgreement(input: CheckedCorpusInput, unit: TextUnit): CodedCorpusAgreement {
  const { coders, codes } = input;
  const grouped = groupAnnotations(input);
  const unitsByDocument = input.documents.map((document) => segmentUnits(document.text, unit));
  const unitCount = unitsByDocument.reduce((sum, units) => sum + units.length, 0);
  const codeCount = codes.length;
  const inPooled = new Uint8Array(grouped.seriesCount);
  for (const series of grouped.pooledSeries) inPooled[series] = 1;
  const groups = coderGroups(input, unitsByDocument);
  const minCoverage = unit === "document" ? 0 : input.minCoverage;

  // Series beyond the codes (a parent's own spans) feed only the pooled figures.
  const pooled = new ColumnBuilder(coders.length);
  const pooledUnitDisagreement = new Float64Array(unitCount);
  const perCode: Statistics[] = [];
  for (let series = 0; series < grouped.seriesCount; series++) {
    const columns = new ColumnBuilder(coders.length);
    const untouched = Float64Array.from(groups.units);
    let base = 0;
    unitsByDocument.forEach((units, document) => {
      const touched = coveredValues(input, grouped, document, series, units, minCoverage, groups.values[groups.ofDocument[document]!]!);
      untouched[groups.ofDocument[document]!]! -= touched.units.length;
      touched.units.forEach((u, index) => {
        const values = touched.values.subarray(index * coders.length, (index + 1) * coders.length);
        columns.add(values, 1);
        if (inPooled[series]) pooledUnitDisagreement[base + u]! += presenceDisagreement(values);
      });
      base += units.length;
    });
    groups.values.forEach((values, group) => {
      if (untouched[group]! > 0) columns.add(values, untouched[group]!);
    });
    if (inPooled[series]) pooled.addAll(columns);
    if (series < codeCount) perCode.push(statistics(columns.toData(unitCount), coders));
  }
  const pooledStatistics = statistics(pooled.toData(unitCount * grouped.pooledSeries.length), coders);

  // A pooled resample draws whole units, so each unit's (unit, code) contributions count as one.
  const clustered = clusterByUnit(pooledStatistics.components, pooledUnitDisagreement, groups.codersOfUnit, grouped.pooledSeries.length);
  const intervals = bootstrapAll([...perCode.map((stats) => stats.components), clustered], input);
  const withInterval = (stats: Statistics, interval: BootstrapInterval | null): CodedUnitsAgreement => {
    const { units, applied_units, coders, percent_agreement, ...kappas } = stats.agreement;
    const krippendorff_alpha = { ...alphaFromComponents(stats.components), bootstrap: interval };
    return { units, applied_units, coders, percent_agreement, krippendorff_alpha, ...kappas };
  };

  return {
    unit,
    min_coverage: unit === "document" ? null : input.minCoverage,
    documents: input.documents.length,
    units: unitCount,
    coders: coders.length,
    coder_names: [...coders],
    by_code: codes.map((code, index) => ({
      code_id: code.id,
      code_name: code.name,
      ...withInterval(perCode[index]!, intervals[index]!),
    })),
    pooled: withInterval(pooledStatistics, intervals[codeCount]!),
  };
}

/** The documents grouped by which coders coded them: each group's values on a unit no span covers, its number of
 * units, each document's group, and each unit's number of coders. */
function coderGroups(input: CheckedCorpusInput, unitsByDocument: readonly (readonly unknown[])[]) {
  const groupOf = new Map<string, number>();
  const values: Int32Array[] = [];
  const units: number[] = [];
  const ofDocument = unitsByDocument.map((documentUnits, document) => {
    const column = Int32Array.from(input.coders, (_coder, coder) => (input.isCoded(document, coder) ? 0 : MISSING));
    const key = column.join();
    let group = groupOf.get(key);
    if (group === undefined) {
      groupOf.set(key, (group = values.push(column) - 1));
      units.push(0);
    }
    units[group]! += documentUnits.length;
    return group;
  });
  // How many coders coded each unit's document, unit by unit.
  const codersOfUnit: number[] = [];
  unitsByDocument.forEach((documentUnits, document) => {
    const coded = values[ofDocument[document]!]!.reduce((sum, value) => sum + (value === MISSING ? 0 : 1), 0);
    for (let u = 0; u < documentUnits.length; u++) codersOfUnit.push(coded);
  });
  return { values, units, ofDocument, codersOfUnit: Float64Array.from(codersOfUnit) };
}

/** The units of one document some coded coder's spans of the series cover, with every coder's value on each: 1 from
 * the coders whose spans cover it, else the document's usual value (0, or missing from a coder who did not code it). */
function coveredValues(
  input: CheckedCorpusInput,
  grouped: GroupedAnnotations,
  document: number,
  series: number,
  units: readonly Span[],
  minCoverage: number,
  usual: Int32Array,
): { units: number[]; values: Int32Array } {
  const coderCount = input.coders.length;
  const covered: number[] = [];
  const rowOf = new Map<number, number>();
  const values: number[] = [];
  for (let coder = 0; coder < coderCount; coder++) {
    const spans = grouped.spans[document]![coder * grouped.seriesCount + series]!;
    if (spans.length === 0 || !input.isCoded(document, coder)) continue;
    forEachCoveredUnit(units, spans, minCoverage, (u) => {
      let row = rowOf.get(u);
      if (row === undefined) {
        rowOf.set(u, (row = covered.push(u) - 1));
        values.push(...usual);
      }
      values[row * coderCount + coder] = 1;
    });
  }
  return { units: covered, values: Int32Array.from(values) };
}

/** d_u of nominal alpha for a unit's 0/1 values: its differing pairs of values, twice, over m_u − 1; 0 below two. */
function presenceDisagreement(values: Int32Array): number {
  let ones = 0;
  let zeros = 0;
  for (const value of values) {
    if (value === 1) ones++;
    else if (value === 0) zeros++;
  }
  const m = ones + zeros;
  return m < 2 ? 0 : (2 * ones * zeros) / (m - 1);
}

/** Weighted columns of coding data, gathered column by column and laid out coder by coder at the end. */
class ColumnBuilder {
  private readonly values: number[] = [];
  private readonly weights: number[] = [];

  constructor(private readonly coderCount: number) {}

  add(column: ArrayLike<number>, weight: number): void {
    for (let coder = 0; coder < this.coderCount; coder++) this.values.push(column[coder]!);
    this.weights.push(weight);
  }

  addAll(other: ColumnBuilder): void {
    // A loop, not push(...): a spread of a large codebook's columns would overflow the call stack.
    for (const value of other.values) this.values.push(value);
    for (const weight of other.weights) this.weights.push(weight);
  }

  toData(unitCount: number): CodingData {
    const columnCount = this.weights.length;
    const cells = new Int32Array(this.coderCount * columnCount);
    for (let column = 0; column < columnCount; column++) {
      for (let coder = 0; coder < this.coderCount; coder++) cells[coder * columnCount + column] = this.values[column * this.coderCount + coder]!;
    }
    return { coderCount: this.coderCount, unitCount, columnCount, cells, weights: Float64Array.from(this.weights), domain: PRESENCE_DOMAIN, ordered: true };
  }
}

type Statistics = { components: AlphaComponents; agreement: Omit<CodedUnitsAgreement, "krippendorff_alpha"> };

function statistics(data: CodingData, coders: readonly string[]): Statistics {
  const components = alphaComponents(data, "nominal");
  const ac1 = gwetsAc1(data, { categories: PRESENCE_DOMAIN.length });
  // Nominal alpha on numbers and AC1 with q = 2 on a two-value domain cannot fail.
  if (!components.ok || !ac1.ok) throw new Error("agreement on presence data failed");
  const pairs: CodedUnitsAgreement["cohen_kappa_pairs"] = [];
  for (let a = 0; a < coders.length; a++) {
    for (let b = a + 1; b < coders.length; b++) {
      const kappa = cohensKappa(selectCoders(data, [a, b]));
      if (!kappa.ok) throw new Error(kappa.error);
      pairs.push({ coder_a: coders[a]!, coder_b: coders[b]!, cohen_kappa: kappa.value });
    }
  }
  return {
    components: components.value,
    agreement: {
      units: data.unitCount,
      applied_units: appliedUnits(data),
      coders: data.coderCount,
      percent_agreement: percentAgreement(data),
      cohen_kappa_pairs: pairs,
      fleiss_kappa: fleissKappa(data),
      gwet_ac1: ac1.value,
    },
  };
}

/** Units on which at least one coder gave 1. */
function appliedUnits(data: CodingData): number {
  const { coderCount, columnCount, cells } = data;
  let applied = 0;
  for (let column = 0; column < columnCount; column++) {
    for (let coder = 0; coder < coderCount; coder++) {
      if (cells[coder * columnCount + column] === 1) {
        applied += columnWeight(data, column);
        break;
      }
    }
  }
  return applied;
}

/**
 * The pooled components with each unit's (unit, code) pairs summed into one unit: d_u added up over the codes, and
 * m_u = (coders of its document) × (codes). Units fewer than two coders coded hold no pairable value of any code: left
 * out, as alpha leaves them out.
 */
function clusterByUnit(components: AlphaComponents, unitDisagreement: Float64Array, coderCounts: Float64Array, codeCount: number): AlphaComponents {
  const pairable = Int32Array.from(coderCounts.keys()).filter((unit) => codeCount > 0 && coderCounts[unit]! >= 2);
  return {
    ...components,
    pairableUnits: pairable,
    unitDisagreement: Float64Array.from(pairable, (unit) => unitDisagreement[unit]!),
    unitValues: Float64Array.from(pairable, (unit) => coderCounts[unit]! * codeCount),
    unitWeights: null,
  };
}

/**
 * A bootstrap interval for each alpha with pairable units and D_e above 0, null for the others. Each resamples its own
 * pairable units (those at least two coders coded): a unit only one coder coded adds nothing to alpha, so a statement
 * one coder has not done yet leaves the interval to the units that can be compared rather than taking it away.
 */
function bootstrapAll(all: readonly AlphaComponents[], input: CheckedCorpusInput): (BootstrapInterval | null)[] {
  return all.map(({ unitDisagreement, unitValues, unitWeights, expectedDisagreement }) =>
    input.bootstrapSamples > 0 && unitValues.length > 0 && expectedDisagreement !== null && expectedDisagreement > 0
      ? bootstrapAlphaIntervals([{ unitDisagreement, unitValues, unitWeights, expectedDisagreement }], { samples: input.bootstrapSamples, seed: input.seed })[0]!
      : null,
  );
}
