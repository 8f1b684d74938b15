import type { ReviewAnnotationJson, ReviewCoderJson } from "@/lib/review/review-json";

/** Every coder's layer as a list, in text order: the annotations the lanes draw, with their quotes and memos. */
export function CoderLayers({ coders, annotations, codeName }: { coders: readonly ReviewCoderJson[]; annotations: readonly ReviewAnnotationJson[]; codeName: (code: number) => string }) {
  return (
    <details className="panel">
      <summary>Every coder&apos;s annotations</summary>
      {coders.map((coder) => {
        const own = annotations.filter((annotation) => annotation.coder === coder.login);
        return (
          <section key={coder.login} aria-label={`${coder.login}'s annotations`}>
            <h3>
              {coder.displayName} ({coder.login})
            </h3>
            {coder.status !== "submitted" ? (
              <p className="muted">Not submitted yet: this layer stays hidden until the coder submits it.</p>
            ) : own.length === 0 ? (
              <p className="muted">Coded nothing.</p>
            ) : (
              <ul>
                {own.map((annotation) => (
                  <li key={annotation.id}>
                    {codeName(annotation.code)} ({annotation.start}–{annotation.end}): <q dir="auto">{annotation.quote}</q>
                    {annotation.memo && <span className="muted"> Memo: {annotation.memo}</span>}
                  </li>
                ))}
              </ul>
            )}
          </section>
        );
      })}
    </details>
  );
}
