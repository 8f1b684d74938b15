import type { SentenceExample } from "./label-sentences";

/**
 * The fewest sentences a code must be applied to before a model of it is trained and measured. With fewer, each test
 * fold of a 5-fold split holds one or two of them, so precision and recall jump by 50 points on a single sentence, and
 * the model has too few examples to learn a code's wording from.
 */
export const MIN_CODED_SENTENCES = 10;

/** Cross-validation by statement tests on statements the model did not see: examples in one statement only cannot be. */
export const MIN_CODED_DOCUMENTS = 2;

export type SkippedCode = { codeId: number; name: string; reason: string };

/** Splits the codes into those with enough examples to learn and measure, and the rest with the reason. */
export function checkTrainable(
  examples: readonly SentenceExample[],
  codes: readonly { id: number; name: string }[],
): { trainable: { id: number; name: string; support: number }[]; skipped: SkippedCode[] } {
  const support = new Map<number, number>();
  const documents = new Map<number, Set<number>>();
  for (const example of examples) {
    for (const codeId of example.codeIds) {
      support.set(codeId, (support.get(codeId) ?? 0) + 1);
      documents.set(codeId, (documents.get(codeId) ?? new Set()).add(example.documentId));
    }
  }
  const trainable: { id: number; name: string; support: number }[] = [];
  const skipped: SkippedCode[] = [];
  for (const code of codes) {
    const sentences = support.get(code.id) ?? 0;
    const statements = documents.get(code.id)?.size ?? 0;
    if (sentences < MIN_CODED_SENTENCES) {
      skipped.push({ codeId: code.id, name: code.name, reason: `${sentences} coded ${sentences === 1 ? "sentence" : "sentences"}; at least ${MIN_CODED_SENTENCES} are needed` });
    } else if (statements < MIN_CODED_DOCUMENTS) {
      skipped.push({ codeId: code.id, name: code.name, reason: `coded in ${statements} statement only; at least ${MIN_CODED_DOCUMENTS} statements are needed` });
    } else {
      trainable.push({ ...code, support: sentences });
    }
  }
  return { trainable, skipped };
}
