import { characterAgreement, type CharacterCorpusAgreement } from "./character-agreement";
import { type CodedCorpusAgreement, codedUnitsAgreement } from "./coded-units-agreement";
import { checkCorpusInput, type CorpusAgreementInput } from "./corpus-input";
import { ok, type Result } from "./result";

export type { CorpusAgreementInput } from "./corpus-input";
export type { CharacterCorpusAgreement } from "./character-agreement";
export type { CodedCorpusAgreement, CodedUnitsAgreement } from "./coded-units-agreement";

/** The report, discriminated by `unit`; every key is snake_case so a route can return it as JSON unchanged. */
export type CorpusAgreement = CodedCorpusAgreement | CharacterCorpusAgreement;

/**
 * Inter-coder agreement over a corpus, for each code and pooled over codes.
 *
 * - unit "document", "sentence" or "paragraph": each unit × code gets 1 from a coder who applied the code to it (a
 *   sentence or paragraph when their spans of the code cover at least minCoverage of it, a document when they used
 *   the code anywhere in it), else 0. Reported: nominal Krippendorff's alpha with a bootstrap interval, percent
 *   agreement, Cohen's kappa for every pair of coders, Fleiss' kappa and Gwet's AC1, with the numbers of units and
 *   coders. Pooled means every (unit, code) pair is one unit of a single coding matrix. Every listed coder is taken
 *   to have coded every document, so a code they did not apply counts as 0, not as missing.
 * - unit "character": Krippendorff's unitizing alpha per code on the documents laid end to end; pooled is the
 *   overall unitizing alpha, 1 − Σ D_o / Σ D_e over codes. Its interval comes from a cluster bootstrap that resamples
 *   whole documents. Beside it, every character is a unit a coder gives 1 when the code covers it: percent
 *   agreement, Cohen's kappa for every pair, Fleiss' kappa and AC1, per code and pooled over (character, code) pairs.
 *
 * Fails when an annotation names an unknown document, coder or code, or its offsets fall outside its text.
 */
export function computeCorpusAgreement(input: CorpusAgreementInput): Result<CorpusAgreement> {
  const checked = checkCorpusInput(input);
  if (!checked.ok) return checked;
  const { unit } = checked.value;
  return ok(unit === "character" ? characterAgreement(checked.value) : codedUnitsAgreement(checked.value, unit));
}
