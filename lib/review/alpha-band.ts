/**
 * Krippendorff's guidance on alpha (Content Analysis: An Introduction to Its Methodology, 2nd ed., 2004, p. 241):
 * rely on variables with alpha ≥ .800; consider variables with .667 ≤ alpha < .800 only for drawing tentative
 * conclusions; below .667, the data are not reliable.
 */
export const RELIABLE_ALPHA = 0.8;
export const TENTATIVE_ALPHA = 0.667;

export type AlphaBand = "reliable" | "tentative" | "unreliable";

export const ALPHA_BAND_LABELS: Record<AlphaBand, string> = {
  reliable: "reliable",
  tentative: "tentative",
  unreliable: "not reliable",
};

/** Which of Krippendorff's bands `alpha` falls in; the lower bound of each band belongs to it. */
export function alphaBand(alpha: number): AlphaBand {
  if (alpha >= RELIABLE_ALPHA) return "reliable";
  if (alpha >= TENTATIVE_ALPHA) return "tentative";
  return "unreliable";
}
