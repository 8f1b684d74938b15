import { type AlphaComponents, alphaComponents } from "./alpha-components";
import { bootstrapAlphaIntervals, type BootstrapInterval } from "./bootstrap-alpha";
import { type CodingData, selectCoders } from "./coding-data";
import type { AgreementCoefficient, DisagreementCoefficient } from "./coefficient";
import { cohensKappa } from "./cohen-kappa";
import type { CheckedCorpusInput } from "./corpus-input";
import { forEachCoveredUnit } from "./covered-units";
import { fleissKappa } from "./fleiss-kappa";
import { groupAnnotations } from "./group-annotations";
import { gwetsAc1 } from "./gwet-ac1";
import { alphaFromComponents } from "./krippendorff-alpha";
import { percentAgreement } from "./percent-agreement";
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
 */
export function codedUnitsAgreement(input: CheckedCorpusInput, unit: TextUnit): CodedCorpusAgreement {
  const { coders, codes } = input;
  const { spans: grouped, seriesCount, pooledSeries } = groupAnnotations(input);
  const unitsByDocument = input.documents.map((document) => segmentUnits(document.text, unit));
  const unitCount = unitsByDocument.reduce((sum, units) => sum + units.length, 0);
  const codeCount = codes.length;
  const pooledCount = pooledSeries.length;
  const pooledSlot = new Int32Array(seriesCount).fill(-1);
  pooledSeries.forEach((series, slot) => (pooledSlot[series] = slot));

  // Series beyond the codes (a parent's own spans) feed only the pooled matrix.
  const cellsByCode = codes.map(() => new Int32Array(coders.length * unitCount));
  const pooledCells = new Int32Array(coders.length * unitCount * pooledCount);
  let base = 0;
  unitsByDocument.forEach((units, document) => {
    for (let coder = 0; coder < coders.length; coder++) {
      const coded = input.isCoded(document, coder);
      for (let series = 0; series < seriesCount; series++) {
        const cells = series < codeCount ? cellsByCode[series]! : null;
        const slot = pooledSlot[series]!;
        const spans = grouped[document]![coder * seriesCount + series]!;
        // Cells start at 0 (not applied): only a missing coder or a span has anything to write.
        if (coded && spans.length === 0) continue;
        const write = (u: number, value: number) => {
          if (cells) cells[coder * unitCount + base + u] = value;
          if (slot >= 0) pooledCells[(coder * unitCount + base + u) * pooledCount + slot] = value;
        };
        if (!coded) for (let u = 0; u < units.length; u++) write(u, MISSING);
        else forEachCoveredUnit(units, spans, unit === "document" ? 0 : input.minCoverage, (u) => write(u, 1));
      }
    }
    base += units.length;
  });

  const asData = (cells: Int32Array, units: number): CodingData => ({
    coderCount: coders.length,
    unitCount: units,
    cells,
    domain: PRESENCE_DOMAIN,
    ordered: true,
  });
  const perCode = cellsByCode.map((cells) => statistics(asData(cells, unitCount), coders));
  const pooled = statistics(asData(pooledCells, unitCount * pooledCount), coders);

  // A pooled resample draws whole units, so sum each unit's (unit, code) contributions into one.
  const clustered = clusterByUnit(pooled.components, unitCount, pooledCount);
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
    pooled: withInterval(pooled, intervals[codeCount]!),
  };
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
function appliedUnits({ coderCount, unitCount, cells }: CodingData): number {
  let applied = 0;
  for (let unit = 0; unit < unitCount; unit++) {
    for (let coder = 0; coder < coderCount; coder++) {
      if (cells[coder * unitCount + unit] === 1) {
        applied++;
        break;
      }
    }
  }
  return applied;
}

/** Components over (unit, code) columns summed per unit; columns are unit-major (u · codeCount + code). */
function clusterByUnit(components: AlphaComponents, unitCount: number, codeCount: number): AlphaComponents {
  const unitDisagreement = new Float64Array(unitCount);
  const unitValues = new Float64Array(unitCount);
  components.pairableUnits.forEach((column, position) => {
    const unit = Math.floor(column / codeCount);
    unitDisagreement[unit]! += components.unitDisagreement[position]!;
    unitValues[unit]! += components.unitValues[position]!;
  });
  // Units no two coders coded hold no pairable value of any code: left out, as alpha leaves them out.
  const pairable = Int32Array.from(unitValues.keys()).filter((unit) => unitValues[unit]! >= 2);
  return {
    ...components,
    pairableUnits: pairable,
    unitDisagreement: Float64Array.from(pairable, (unit) => unitDisagreement[unit]!),
    unitValues: Float64Array.from(pairable, (unit) => unitValues[unit]!),
  };
}

/**
 * A bootstrap interval for each alpha with pairable units and D_e above 0, null for the others. Each resamples its own
 * pairable units (those at least two coders coded): a unit only one coder coded adds nothing to alpha, so a statement
 * one coder has not done yet leaves the interval to the units that can be compared rather than taking it away.
 */
function bootstrapAll(all: readonly AlphaComponents[], input: CheckedCorpusInput): (BootstrapInterval | null)[] {
  return all.map(({ unitDisagreement, unitValues, expectedDisagreement }) =>
    input.bootstrapSamples > 0 && unitValues.length > 0 && expectedDisagreement !== null && expectedDisagreement > 0
      ? bootstrapAlphaIntervals([{ unitDisagreement, unitValues, expectedDisagreement }], { samples: input.bootstrapSamples, seed: input.seed })[0]!
      : null,
  );
}
