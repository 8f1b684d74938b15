import type { SuggestionModelJson } from "@/lib/suggest/suggestion-model-json";

const figure = (value: number | null) => (value === null ? "—" : value.toFixed(2));

/** The cross-validated figures per code and micro-averaged, and the codes left out with the reason. */
export function EvaluationTable({ model }: { model: SuggestionModelJson }) {
  const codes = Object.entries(model.codes);
  const skipped = Object.entries(model.skipped_codes);
  return (
    <section aria-label="Cross-validated evaluation">
      <p>
        Learned from <strong>{model.from}</strong>: {model.documents_used.toLocaleString("en")} statements, {model.sentences_used.toLocaleString("en")} sentences;{" "}
        {model.folds}-fold cross-validation by statement, trained {model.trained_at.slice(0, 16).replace("T", " ")}
        {model.trained_by ? ` by ${model.trained_by}` : ""}.
      </p>
      {codes.length === 0 ? (
        <p role="status">No code has enough coded sentences in this layer to be learned and measured yet.</p>
      ) : (
        <table>
          <caption>Each code&apos;s sentences predicted on statements the model was not trained on</caption>
          <thead>
            <tr>
              <th scope="col">Code</th>
              <th scope="col">Precision</th>
              <th scope="col">Recall</th>
              <th scope="col">F1</th>
              <th scope="col">Support (sentences)</th>
            </tr>
          </thead>
          <tbody>
            {codes.map(([name, code]) => (
              <tr key={name}>
                <th scope="row">{name}</th>
                <td>{figure(code.precision)}</td>
                <td>{figure(code.recall)}</td>
                <td>{figure(code.f1)}</td>
                <td>{code.support.toLocaleString("en")}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">Micro-averaged</th>
              <td>{figure(model.micro.precision)}</td>
              <td>{figure(model.micro.recall)}</td>
              <td>{figure(model.micro.f1)}</td>
              <td>{codes.reduce((sum, [, code]) => sum + code.support, 0).toLocaleString("en")}</td>
            </tr>
          </tfoot>
        </table>
      )}
      {skipped.length > 0 && (
        <>
          <h3>Not suggested</h3>
          <ul aria-label="Codes not suggested">
            {skipped.map(([name, reason]) => (
              <li key={name}>
                {name}: {reason}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
