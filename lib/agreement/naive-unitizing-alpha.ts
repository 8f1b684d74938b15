import type { UnitizedData } from "./unitized-data";

type Section = { begin: number; length: number; isUnit: boolean };

/**
 * Krippendorff's unitizing D_o(c) and D_e(c) computed literally from the formulas (Krippendorff 2004; see
 * unitizing-disagreement.ts): every coder's continuum cut into sections, every pair of sections of two coders
 * compared, every unit paired with every gap. Quadratic, and only a reference for tests of the fast implementation.
 * Expects valid data, at least two coders and a non-empty continuum.
 */
export function naiveUnitizingDisagreements(data: UnitizedData): Map<string, { observed: number; expected: number }> {
  const { begin, length } = data.continuum;
  const m = data.coders.length;
  const result = new Map<string, { observed: number; expected: number }>();
  for (const category of new Set(data.spans.map((span) => span.category))) {
    const sectionsByCoder = data.coders.map((coder) => sections(data, coder, category));

    let observedSum = 0;
    for (let i = 0; i < m; i++) {
      for (let j = 0; j < m; j++) {
        if (i === j) continue;
        for (const g of sectionsByCoder[i]!) for (const h of sectionsByCoder[j]!) observedSum += distance(g, h);
      }
    }

    const units = sectionsByCoder.flat().filter((section) => section.isUnit);
    const gaps = sectionsByCoder.flat().filter((section) => !section.isUnit);
    let numerator = 0;
    for (const { length: l } of units) {
      numerator += ((units.length - 1) * (2 * l ** 3 - 3 * l ** 2 + l)) / 3;
      for (const gap of gaps) if (gap.length >= l) numerator += l * l * (gap.length - l + 1);
    }
    const selfPairs = units.reduce((sum, { length: l }) => sum + l * (l - 1), 0);
    result.set(category, {
      observed: observedSum / (m * (m - 1) * length * length),
      expected: ((2 / length) * numerator) / (m * length * (m * length - 1) - selfPairs),
    });
  }
  return result;

  function sections(data: UnitizedData, coder: string, category: string): Section[] {
    const units = data.spans
      .filter((span) => span.coder === coder && span.category === category)
      .sort((a, b) => a.start - b.start);
    const result: Section[] = [];
    let position = begin;
    for (const unit of units) {
      if (unit.start > position) result.push({ begin: position, length: unit.start - position, isUnit: false });
      result.push({ begin: unit.start, length: unit.length, isUnit: true });
      position = unit.start + unit.length;
    }
    if (begin + length > position) result.push({ begin: position, length: begin + length - position, isUnit: false });
    return result;
  }
}

/** δ² between section g of one coder and section h of another, case by case as Krippendorff (2004) writes it. */
function distance(g: Section, h: Section): number {
  const beginDifference = g.begin - h.begin;
  if (g.isUnit && h.isUnit && -g.length < beginDifference && beginDifference < h.length) {
    return beginDifference ** 2 + (g.begin + g.length - h.begin - h.length) ** 2;
  }
  if (g.isUnit && !h.isUnit && h.length - g.length >= beginDifference && beginDifference >= 0) return g.length ** 2;
  if (!g.isUnit && h.isUnit && g.length - h.length >= -beginDifference && -beginDifference >= 0) return h.length ** 2;
  return 0;
}
