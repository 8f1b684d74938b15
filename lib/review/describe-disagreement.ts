import type { Disagreement, DisagreementKind } from "./find-disagreements";

export const DISAGREEMENT_KIND_LABELS: Record<DisagreementKind, string> = {
  unmatched: "one coded it and another did not",
  code: "different codes",
  boundary: "boundaries differ",
};

const QUOTE_LIMIT = 80;

/**
 * One sentence naming a disagreement for a screen reader and the page: its place among all, its quote (shortened),
 * what each coder gave it and what kind of disagreement it is.
 *
 * @example "Disagreement 2 of 3: “the emirs had cars”. coder1: Corruption; coder2: nothing; coder3: Corruption. One
 * coded it and another did not."
 */
export function describeDisagreement(
  disagreement: Pick<Disagreement, "kinds" | "codesByCoder">,
  { position, count, quote, codeName }: { position: number; count: number; quote: string; codeName: (code: number) => string },
): string {
  const points = Array.from(quote.trim());
  const shown = points.length > QUOTE_LIMIT ? `${points.slice(0, QUOTE_LIMIT).join("")}…` : points.join("");
  const coders = disagreement.codesByCoder
    .map(({ coder, codes }) => `${coder}: ${codes.length === 0 ? "nothing" : codes.map(codeName).join(" and ")}`)
    .join("; ");
  const kinds = disagreement.kinds.map((kind) => DISAGREEMENT_KIND_LABELS[kind]).join("; ");
  return `Disagreement ${position} of ${count}: “${shown}”. ${coders}. ${kinds.charAt(0).toUpperCase()}${kinds.slice(1)}.`;
}
