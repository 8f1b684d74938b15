import { describe, expect, it } from "vitest";
import { toEvaluationJson } from "./evaluation-json";

const figures = { precision: 0.9, recall: 0.8, f1: 16 / 19 };

describe("toEvaluationJson", () => {
  it("keys codes by name, telling apart two codes of one name by their ids", () => {
    const json = toEvaluationJson(
      {
        folds: 5,
        documentsUsed: 12,
        sentencesUsed: 80,
        codes: [{ codeId: 1, name: "Money", support: 10, ...figures }, { codeId: 2, name: "Brutality", support: 12, ...figures }],
        micro: figures,
        skipped: [{ codeId: 3, name: "Money", reason: "2 coded sentences; at least 10 are needed" }],
      },
      "agreed",
    );
    expect(json).toEqual({
      unit: "sentence",
      from: "agreed",
      folds: 5,
      documents_used: 12,
      sentences_used: 80,
      codes: { "Money (code 1)": { ...figures, support: 10 }, Brutality: { ...figures, support: 12 } },
      micro: figures,
      skipped_codes: { "Money (code 3)": "2 coded sentences; at least 10 are needed" },
    });
  });

  it("gives null micro figures when no code could be measured", () => {
    const json = toEvaluationJson({ folds: 5, documentsUsed: 6, sentencesUsed: 24, codes: [], micro: { precision: 0, recall: 0, f1: 0 }, skipped: [] }, "consensus");
    expect(json.micro).toEqual({ precision: null, recall: null, f1: null });
  });
});
