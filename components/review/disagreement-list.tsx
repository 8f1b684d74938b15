"use client";

import { DISAGREEMENT_KIND_LABELS } from "@/lib/review/describe-disagreement";
import type { Disagreement } from "@/lib/review/find-disagreements";

/** Every disagreement of the document in text order, to jump to one; n and p step through them. */
export function DisagreementList({
  disagreements,
  current,
  resolved,
  quoteOf,
  onGo,
}: {
  disagreements: readonly Disagreement[];
  current: number | null;
  resolved: ReadonlySet<number>;
  quoteOf: (start: number, end: number) => string | null;
  onGo: (index: number) => void;
}) {
  return (
    <section className="panel" aria-labelledby="disagreements-heading">
      <h2 id="disagreements-heading">Disagreements ({disagreements.length})</h2>
      {disagreements.length === 0 ? (
        <p>The coders who submitted this statement agree everywhere.</p>
      ) : (
        <ol className="disagreement-list">
          {disagreements.map((disagreement, index) => (
            <li key={disagreement.start}>
              <button type="button" className="link-like" aria-current={index === current ? "true" : undefined} onClick={() => onGo(index)}>
                <q dir="auto">{quoteOf(disagreement.start, disagreement.end)?.trim()}</q>
              </button>{" "}
              <span className="muted">
                {disagreement.kinds.map((kind) => DISAGREEMENT_KIND_LABELS[kind]).join("; ")}
                {resolved.has(index) ? " · resolved" : ""}
              </span>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
