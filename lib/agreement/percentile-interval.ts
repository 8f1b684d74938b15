/**
 * The percentile interval of R bootstrap estimates sorted ascending, at confidence level c:
 * [α*_(⌊R·(1−c)/2⌋), α*_(⌈R·(1+c)/2⌉−1)], counting from 0. Expects R ≥ 1 and 0 < c < 1.
 */
export function percentileInterval(sorted: Float64Array, confidenceLevel: number): { lower: number; upper: number } {
  const count = sorted.length;
  const lowerIndex = Math.floor((count * (1 - confidenceLevel)) / 2);
  const upperIndex = Math.max(lowerIndex, Math.ceil((count * (1 + confidenceLevel)) / 2) - 1);
  return { lower: sorted[lowerIndex]!, upper: sorted[Math.min(upperIndex, count - 1)]! };
}
