"use client";

import type { ConsensusJson } from "@/lib/review/review-json";
import { ActionError } from "./action-error";

/** The consensus layer so far, in text order, each span with where it came from and its memo. */
export function ConsensusList({
  consensus,
  codeName,
  sourceCoder,
  busy,
  closedReason,
  error,
  onEdit,
  onRemove,
}: {
  consensus: readonly ConsensusJson[];
  codeName: (code: number) => string;
  sourceCoder: (annotationId: number) => string | undefined;
  busy: boolean;
  closedReason: string | null;
  error: string | null;
  onEdit: (span: ConsensusJson) => void;
  onRemove: (span: ConsensusJson) => void;
}) {
  return (
    <section className="panel" aria-labelledby="consensus-heading">
      <h2 id="consensus-heading">Consensus ({consensus.length})</h2>
      {closedReason && consensus.length > 0 && <p className="muted">{closedReason}</p>}
      {consensus.length === 0 ? (
        <p className="muted">Nothing yet: accept the agreed spans, accept a coder&apos;s annotation or draw a span.</p>
      ) : (
        <table>
          <caption className="visually-hidden">Consensus spans</caption>
          <thead>
            <tr>
              <th scope="col">Code</th>
              <th scope="col">Passage</th>
              <th scope="col">From</th>
              <th scope="col">Actions</th>
            </tr>
          </thead>
          <tbody>
            {consensus.map((span) => (
              <tr key={span.id}>
                <td>{codeName(span.code)}</td>
                <td>
                  <q dir="auto">{span.quote}</q> <span className="muted">({span.start}–{span.end})</span>
                  {span.memo && <div className="muted">Memo: {span.memo}</div>}
                </td>
                <td>{span.sourceAnnotationId === null ? "drawn" : (sourceCoder(span.sourceAnnotationId) ?? "a coder")}</td>
                <td className="decision-buttons">
                  <button type="button" className="secondary" aria-label={`Edit consensus span ${codeName(span.code)} ${span.start}–${span.end}`} disabled={busy || closedReason !== null} onClick={() => onEdit(span)}>
                    Edit
                  </button>
                  <button type="button" className="danger" aria-label={`Remove consensus span ${codeName(span.code)} ${span.start}–${span.end}`} disabled={busy || closedReason !== null} onClick={() => onRemove(span)}>
                    Remove
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <ActionError message={error} />
    </section>
  );
}
