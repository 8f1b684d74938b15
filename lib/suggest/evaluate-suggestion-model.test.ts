import { describe, expect, it } from "vitest";
import { mulberry32 } from "../agreement/mulberry32";
import { evaluateSuggestionModel } from "./evaluate-suggestion-model";
import { labelSentences, type SentenceExample } from "./label-sentences";
import { PLANTED_CODES, plantCorpus } from "./planted-corpus.test-support";

const examples = plantCorpus().flatMap(labelSentences);

function evaluate(corpus: readonly SentenceExample[], folds = 5) {
  const result = evaluateSuggestionModel({ examples: corpus, codes: PLANTED_CODES, folds });
  if (!result.ok) throw new Error(result.error);
  return result.value.evaluation;
}

/** The same sentences with their label sets dealt out again at random: any link between words and codes is gone. */
function shuffleLabels(corpus: readonly SentenceExample[], seed: number): SentenceExample[] {
  const random = mulberry32(seed);
  const labels = corpus.map((example) => example.codeIds);
  for (let i = labels.length - 1; i > 0; i--) {
    const j = Math.floor(random.next() * (i + 1));
    [labels[i], labels[j]] = [labels[j]!, labels[i]!];
  }
  return corpus.map((example, i) => ({ ...example, codeIds: labels[i]! }));
}

describe("evaluateSuggestionModel", () => {
  it("reaches high precision and recall on a corpus whose codes carry planted phrases, paraphrased and in Arabic variants", () => {
    const evaluation = evaluate(examples);
    expect(evaluation.documentsUsed).toBe(60);
    expect(evaluation.sentencesUsed).toBe(480);
    expect(evaluation.skipped).toEqual([]);
    for (const code of evaluation.codes) {
      expect(code.precision, code.name).toBeGreaterThan(0.85);
      expect(code.recall, code.name).toBeGreaterThan(0.85);
    }
    expect(evaluation.micro.f1).toBeGreaterThan(0.9);
  });

  it("scores near chance on the same corpus with shuffled labels, so nothing leaks between folds", () => {
    const evaluation = evaluate(shuffleLabels(examples, 11));
    for (const code of evaluation.codes) {
      // A classifier that guesses is right as often as the code is applied: its precision is the code's share of
      // sentences. 0.12 above that share is well outside what the 480 sentences' sampling error allows by chance.
      const share = code.support / evaluation.sentencesUsed;
      expect(code.precision, code.name).toBeLessThan(share + 0.12);
    }
    expect(evaluation.micro.f1).toBeLessThan(0.35);
  });

  it("counts support as the sentences the layer codes with each code", () => {
    const evaluation = evaluate(examples);
    for (const code of evaluation.codes) {
      expect(code.support).toBe(examples.filter((example) => example.codeIds.includes(code.codeId)).length);
    }
  });

  it("lists codes with too few coded sentences instead of measuring them", () => {
    const few = examples.map((example) => ({ ...example, codeIds: example.codeIds.filter((id) => id !== 3 || example.documentId <= 3) }));
    const support = few.filter((example) => example.codeIds.includes(3)).length;
    const evaluation = evaluate(few);
    expect(evaluation.codes.map((code) => code.codeId)).toEqual([1, 2]);
    expect(evaluation.skipped).toEqual([{ codeId: 3, name: "Corruption", reason: `${support} coded sentence${support === 1 ? "" : "s"}; at least 10 are needed` }]);
  });

  it("refuses more folds than statements and folds outside 2 to 10", () => {
    const two = examples.filter((example) => example.documentId <= 2);
    expect(evaluateSuggestionModel({ examples: two, codes: PLANTED_CODES, folds: 5 })).toEqual({
      ok: false,
      error: "5-fold cross-validation needs at least 5 statements coded in this layer; it has 2",
    });
    expect(evaluateSuggestionModel({ examples, codes: PLANTED_CODES, folds: 1 })).toEqual({ ok: false, error: "folds must be a whole number from 2 to 10, not 1" });
  });

  it("reports progress as code-folds done of total", () => {
    const progress: [number, number][] = [];
    evaluateSuggestionModel({ examples, codes: PLANTED_CODES, folds: 3, onProgress: (done, total) => progress.push([done, total]) });
    expect(progress[0]).toEqual([0, 9]);
    expect(progress.at(-1)).toEqual([9, 9]);
  });
});
