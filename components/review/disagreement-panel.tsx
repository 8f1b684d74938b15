"use client";

import { useState } from "react";
import { DISAGREEMENT_KIND_LABELS } from "@/lib/review/describe-disagreement";
import type { Disagreement } from "@/lib/review/find-disagreements";
import type { ReviewAnnotationJson } from "@/lib/review/review-json";
import { ActionError } from "./action-error";

type Props = {
  disagreement: Disagreement;
  position: number;
  count: number;
  quote: string;
  annotations: readonly ReviewAnnotationJson[];
  coders: readonly string[];
  codeName: (code: number) => string;
  acceptedIds: ReadonlySet<number>;
  rejections: ReadonlyMap<number, string>;
  resolved: boolean;
  busy: boolean;
  /** Why the decisions are closed (the adjudication is done), or null while they are open. */
  closedReason: string | null;
  error: string | null;
  onAccept: (annotation: ReviewAnnotationJson, memo: string, rejectOthers: readonly ReviewAnnotationJson[]) => void;
  onReject: (annotation: ReviewAnnotationJson, memo: string) => void;
  onDraw: () => void;
};

/**
 * The disagreement being looked at: its passage, what each coder did there, and the decisions: accept a coder's
 * annotation into the consensus, reject it, or draw a span of one's own. The memo says why and goes with the decision.
 * Where coders chose different codes, accepting one is the choice: the undecided annotations of other codes in the
 * passage are rejected with it, and the panel says so before and after.
 */
export function DisagreementPanel(props: Props) {
  const { disagreement, position, count, quote, annotations, coders, codeName, acceptedIds, rejections, resolved, busy, closedReason, error, onAccept, onReject, onDraw } = props;
  const [memo, setMemo] = useState("");
  const inPassage = annotations.filter((annotation) => disagreement.annotationIds.includes(annotation.id));
  const differentCodes = disagreement.kinds.includes("code");
  const rejectedWith = (chosen: ReviewAnnotationJson) =>
    differentCodes ? inPassage.filter((other) => other.code !== chosen.code && !acceptedIds.has(other.id) && !rejections.has(other.id)) : [];
  const closed = closedReason !== null;
  return (
    <section className="panel" aria-labelledby="current-disagreement">
      <h2 id="current-disagreement">
        Disagreement {position} of {count}
      </h2>
      <p>
        {disagreement.kinds.map((kind) => DISAGREEMENT_KIND_LABELS[kind]).join("; ")} · {resolved ? "resolved" : "not resolved yet"}
      </p>
      {differentCodes && !resolved && <p className="muted">The coders chose different codes: accepting one rejects the others here, with the same memo.</p>}
      {closedReason && <p className="muted">{closedReason}</p>}
      <blockquote className="passage-quote" dir="auto">
        {quote}
      </blockquote>
      <ul className="coder-decisions">
        {coders.map((coder) => {
          const own = inPassage.filter((annotation) => annotation.coder === coder);
          return (
            <li key={coder}>
              <strong>{coder}</strong>
              {own.length === 0 && <span className="muted"> coded nothing here</span>}
              <ul>
                {own.map((annotation) => {
                  const what = `${coder}'s ${codeName(annotation.code)}`;
                  const rejected = rejections.get(annotation.id);
                  return (
                    <li key={annotation.id}>
                      {codeName(annotation.code)}: <q dir="auto">{annotation.quote}</q>
                      {annotation.memo && <span className="muted"> (memo: {annotation.memo})</span>}
                      {acceptedIds.has(annotation.id) && <span className="badge submitted"> accepted</span>}
                      {rejected !== undefined && <span className="badge"> rejected{rejected ? `: ${rejected}` : ""}</span>}
                      <span className="decision-buttons">
                        <button
                          type="button"
                          className="secondary"
                          aria-label={`Accept ${what}`}
                          disabled={busy || closed || acceptedIds.has(annotation.id)}
                          onClick={() => onAccept(annotation, memo, rejectedWith(annotation))}
                        >
                          Accept
                        </button>
                        <button type="button" className="danger" aria-label={`Reject ${what}`} disabled={busy || closed || rejected !== undefined} onClick={() => onReject(annotation, memo)}>
                          Reject
                        </button>
                      </span>
                    </li>
                  );
                })}
              </ul>
            </li>
          );
        })}
      </ul>
      <label>
        Memo on this decision (why)
        <textarea value={memo} onChange={(event) => setMemo(event.target.value)} rows={2} />
      </label>
      <button type="button" className="secondary" disabled={closed} onClick={onDraw}>
        Draw a consensus span over this passage
      </button>
      <ActionError message={error} />
    </section>
  );
}
