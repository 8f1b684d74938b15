import { fail, ok, type Result } from "./result";

/**
 * Unitized data (Krippendorff 1995, "On the reliability of unitizing continuous data"): coders mark spans
 * [start, start + length) of categories on a shared continuum [begin, begin + length) of whole positions (code
 * points, for text); what nobody marked as a category is gap for that category.
 *
 * Each span is a unit as given: two spans of one coder and category that touch end to end stay two units.
 */
export type UnitizedSpan = { coder: string; category: string; start: number; length: number };

export type Continuum = { begin: number; length: number };

export type UnitizedData = {
  continuum: Continuum;
  /** Every coder, including any who marked nothing (all gap); a span's coder must be listed. */
  coders: readonly string[];
  spans: readonly UnitizedSpan[];
};

/**
 * Checks that positions are whole numbers, every span lies inside the continuum and has length at least 1, every
 * span's coder is listed once, and no two spans of one coder and category overlap. Messages name spans as "unit N",
 * counting from 1 in the order given.
 */
export function validateUnitizedData(data: UnitizedData): Result<UnitizedData> {
  const { begin, length } = data.continuum;
  if (!Number.isInteger(begin)) return fail(`continuum begin must be a whole number, not ${begin}`);
  if (!Number.isInteger(length) || length < 0) {
    return fail(`continuum length must be a whole number of at least 0, not ${length}`);
  }
  const coders = new Set<string>();
  for (const coder of data.coders) {
    if (coders.has(coder)) return fail(`coders lists ${JSON.stringify(coder)} twice`);
    coders.add(coder);
  }

  const end = begin + length;
  for (const [index, span] of data.spans.entries()) {
    // Worded only on failure: a string per span would cost more than the checks.
    const where = () => `unit ${index + 1} (${describe(span)})`;
    if (!coders.has(span.coder)) return fail(`${where()}: coder ${JSON.stringify(span.coder)} is not in coders`);
    if (!Number.isInteger(span.start) || !Number.isInteger(span.length)) {
      return fail(`${where()}: start and length must be whole numbers`);
    }
    if (span.length < 1) return fail(`${where()}: length must be at least 1`);
    if (span.start < begin || span.start + span.length > end) {
      return fail(`${where()}: lies outside the continuum [${begin}, ${end})`);
    }
  }

  // Span indices by coder, then by category.
  const byCoder = new Map<string, Map<string, number[]>>();
  data.spans.forEach((span, index) => {
    let byCategory = byCoder.get(span.coder);
    if (!byCategory) byCoder.set(span.coder, (byCategory = new Map()));
    const indices = byCategory.get(span.category);
    if (indices) indices.push(index);
    else byCategory.set(span.category, [index]);
  });
  for (const indices of [...byCoder.values()].flatMap((byCategory) => [...byCategory.values()])) {
    indices.sort((a, b) => data.spans[a]!.start - data.spans[b]!.start);
    for (let i = 1; i < indices.length; i++) {
      const previous = data.spans[indices[i - 1]!]!;
      const current = data.spans[indices[i]!]!;
      if (current.start < previous.start + previous.length) {
        const [first, second] = [indices[i - 1]!, indices[i]!].sort((a, b) => a - b);
        return fail(
          `unit ${second! + 1} (${describe(data.spans[second!]!)}) overlaps unit ${first! + 1} ` +
            `(${describe(data.spans[first!]!)}): one coder's spans of one category must not overlap`,
        );
      }
    }
  }
  return ok(data);
}

function describe(span: UnitizedSpan): string {
  const { coder, category, start, length } = span;
  return `coder ${JSON.stringify(coder)}, category ${JSON.stringify(category)}, start ${start}, length ${length}`;
}
