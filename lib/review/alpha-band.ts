/**
 * Krippendorff's guidance on alpha (Content Analysis: An Introduction to Its Methodology, 2nd ed., 2004, p. 241):
 * rely on variables with alpha ≥ .800; consider variables with .667 ≤ alpha < .800 only for drawing tentative
 * conclusions; below .667, the data are not reliable. A project may set stricter or looser minimums.
 */
export type AlphaMinimums = { reliable: number; tentative: number };
export const DEFAULT_ALPHA_MINIMUMS: AlphaMinimums = { reliable: 0.8, tentative: 0.667 };

/**
 * Fewer units carrying a code than this and its alpha is not judged: with a handful of units one coder's slip moves
 * alpha by tenths and the interval spans most of the scale (Krippendorff 2004, section 11.4.3, on the sample sizes a
 * value needs to be tested).
 */
export const MIN_APPLIED_UNITS = 10;

export type AlphaJudgement = "reliable" | "tentative" | "uncertain" | "unreliable" | "too_few_units" | "undefined";

/**
 * Judges an alpha by its estimate and by its 95% interval: a band is granted only when the interval's lower bound
 * reaches its minimum as well (the probability that alpha is below that minimum is then under 2.5%). An estimate
 * above the tentative minimum whose interval reaches below it is "uncertain". Without an interval, the estimate
 * alone decides and the label says so.
 */
export function judgeAlpha(
  { alpha, lower, appliedUnits }: { alpha: number | null; lower: number | null; appliedUnits: number },
  minimums: AlphaMinimums = DEFAULT_ALPHA_MINIMUMS,
): { judgement: AlphaJudgement; label: string } {
  if (alpha === null) return { judgement: "undefined", label: "undefined" };
  if (appliedUnits < MIN_APPLIED_UNITS) {
    return { judgement: "too_few_units", label: `too few units to judge (${appliedUnits} carry the code; ${MIN_APPLIED_UNITS} needed)` };
  }
  const reach = (value: number) => (value >= minimums.reliable ? "reliable" : value >= minimums.tentative ? "tentative" : "unreliable");
  const byEstimate = reach(alpha);
  if (byEstimate === "unreliable") return { judgement: "unreliable", label: "not reliable" };
  if (lower === null) return { judgement: byEstimate, label: `${byEstimate} by the estimate alone (no interval)` };
  const byInterval = reach(lower);
  if (byInterval === "unreliable") {
    return { judgement: "uncertain", label: `uncertain: the interval reaches below ${minimums.tentative.toFixed(3)}` };
  }
  if (byInterval === byEstimate) return { judgement: byEstimate, label: byEstimate };
  return { judgement: "tentative", label: `tentative: the interval reaches below ${minimums.reliable.toFixed(3)}` };
}
