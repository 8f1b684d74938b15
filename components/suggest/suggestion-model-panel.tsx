"use client";

import type { SuggestionModelAnswer } from "@/lib/suggest/suggestion-model-json";
import { EvaluationTable } from "./evaluation-table";
import { ModelJobForm } from "./model-job-form";
import { useSuggestionModel } from "./use-suggestion-model";

/**
 * Train, read the cross-validated figures, then apply: the Apply form appears only under a measured model, and applies
 * that layer and number of folds again (training is seeded, so it is the same model, measured again on current data).
 */
export function SuggestionModelPanel({ projectId, coders, initial }: { projectId: number; coders: { login: string; displayName: string }[]; initial: SuggestionModelAnswer }) {
  const { data } = useSuggestionModel(projectId, initial);
  const model = data.model;
  return (
    <>
      <section className="panel" aria-labelledby="train-heading">
        <h2 id="train-heading">Train and measure</h2>
        <ModelJobForm
          projectId={projectId}
          label="Training"
          submitLabel="Train"
          fixed={{ apply: false }}
          describeDone={(outcome) => `Trained on ${outcome.sentences_used.toLocaleString("en")} sentences of ${outcome.documents_used.toLocaleString("en")} statements.`}
        >
          <label>
            Learn from
            <select name="from" defaultValue={model?.from ?? "consensus"}>
              <option value="consensus">The consensus layer (adjudicated statements)</option>
              <option value="agreed">What the submitting coders agreed on</option>
              {coders.map((coder) => (
                <option key={coder.login} value={`coder:${coder.login}`}>
                  {coder.displayName}&apos;s submitted work ({coder.login})
                </option>
              ))}
            </select>
          </label>
          <label>
            Folds
            <input name="folds" type="number" min={2} max={10} defaultValue={model?.folds ?? 5} required />
          </label>
        </ModelJobForm>
      </section>

      <section className="panel" aria-labelledby="evaluation-heading">
        <h2 id="evaluation-heading">Cross-validated evaluation</h2>
        {model ? <EvaluationTable model={model} /> : <p>{data.message}</p>}
      </section>

      {model && Object.keys(model.codes).length > 0 && (
        <section className="panel" aria-labelledby="apply-heading">
          <h2 id="apply-heading">Apply to statements not yet coded</h2>
          <p className="muted">
            Suggestions go into the suggestion layer with their score and the code&apos;s precision above; coders accept or reject each, and nothing
            enters their own layer otherwise. In a round, coders see them only once you show them on the project&apos;s overview.
          </p>
          <ModelJobForm
            projectId={projectId}
            label="Applying"
            submitLabel="Apply"
            fixed={{ apply: true, from: model.from, folds: model.folds }}
            describeDone={(outcome) => `${(outcome.suggestions_written ?? 0).toLocaleString("en")} suggestions written.`}
          >
            <label>
              Order
              <select name="order" defaultValue="useful">
                <option value="useful">Most useful first</option>
                <option value="uncertain">Most uncertain first</option>
              </select>
            </label>
          </ModelJobForm>
        </section>
      )}
    </>
  );
}
