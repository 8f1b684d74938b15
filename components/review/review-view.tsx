"use client";

import { useCallback, useEffect, useMemo, useState } from "react";
import { fetchJson } from "@/components/fetch-json";
import type { Span } from "@/lib/annotations/span";
import { snapToWords } from "@/lib/annotations/snap-to-words";
import { createCodePointIndex } from "@/lib/offsets/code-points";
import { describeDisagreement } from "@/lib/review/describe-disagreement";
import { findAcceptedAnnotations } from "@/lib/review/find-accepted-annotations";
import { isPassageResolved } from "@/lib/review/is-passage-resolved";
import type { ConsensusJson, ReviewJson } from "@/lib/review/review-json";
import { segmentLanes } from "@/lib/review/segment-lanes";
import { stepIndex } from "@/lib/review/step-index";
import { AdjudicationControls } from "./adjudication-controls";
import { CoderLayers } from "./coder-layers";
import { ConsensusList } from "./consensus-list";
import { ConsensusSpanForm } from "./consensus-span-form";
import { DisagreementList } from "./disagreement-list";
import { DisagreementPanel } from "./disagreement-panel";
import { LaneLegend } from "./lane-legend";
import { LaneText } from "./lane-text";
import { emptyDraft, type SpanDraft } from "./span-draft";
import { type ReviewPlace, useReview, useReviewAction } from "./use-review";
import "./review.css";

const isTyping = (target: EventTarget | null) =>
  target instanceof HTMLElement && (target.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName));

/**
 * Side-by-side review and adjudication of one statement: every submitted coder's layer as a lane under the text,
 * the passages where they part (n and p step through them, announced), and the consensus built from them.
 */
export function ReviewView({ initial }: { initial: ReviewJson }) {
  const { data: review } = useReview(initial);
  const documentId = review.document.id;
  const [current, setCurrent] = useState<number | null>(null);
  const [announcement, setAnnouncement] = useState("");
  const [draft, setDraft] = useState<SpanDraft>(() => emptyDraft(review.codes[0]?.id));
  const action = useReviewAction(documentId, setAnnouncement);

  const index = useMemo(() => createCodePointIndex(review.document.text), [review.document.text]);
  const quoteOf = useCallback(
    (start: number, end: number) => (start < 0 || end > index.length ? null : review.document.text.slice(index.toUtf16Index(start), index.toUtf16Index(end))),
    [index, review.document.text],
  );
  const codeName = useCallback((code: number) => review.codes.find((item) => item.id === code)?.name ?? `code ${code}`, [review.codes]);
  const colour = useCallback((code: number) => review.codes.find((item) => item.id === code)?.colour ?? "#757575", [review.codes]);
  const submitted = useMemo(() => review.coders.filter((coder) => coder.status === "submitted").map((coder) => coder.login), [review.coders]);
  const { disagreements } = review;

  const acceptedIds = useMemo(() => findAcceptedAnnotations(review.annotations, review.consensus), [review.annotations, review.consensus]);
  const rejections = useMemo(() => new Map(review.rejections.map((rejection) => [rejection.annotationId, rejection.memo])), [review.rejections]);
  const resolved = useMemo(
    () => {
      const rejectedIds = new Set(rejections.keys());
      return new Set(disagreements.flatMap((passage, i) => (isPassageResolved(passage, { consensus: review.consensus, acceptedIds, rejectedIds }) ? [i] : [])));
    },
    [disagreements, review.consensus, acceptedIds, rejections],
  );
  const segments = useMemo(
    () =>
      segmentLanes({
        length: index.length,
        lanes: [...submitted.map((coder) => review.annotations.filter((annotation) => annotation.coder === coder)), review.consensus],
        passages: disagreements,
      }),
    [index.length, submitted, review.annotations, review.consensus, disagreements],
  );

  const go = useCallback(
    (target: number | null) => {
      setCurrent(target);
      if (target === null) {
        setAnnouncement("This statement has no disagreements.");
        return;
      }
      const passage = disagreements[target]!;
      setAnnouncement(describeDisagreement(passage, { position: target + 1, count: disagreements.length, quote: quoteOf(passage.start, passage.end) ?? "", codeName }));
      document.querySelector(`.lane-text [data-passage="${target}"]`)?.scrollIntoView({ block: "center", behavior: "smooth" });
    },
    [disagreements, quoteOf, codeName],
  );
  const step = useCallback((direction: 1 | -1) => go(stepIndex(current, disagreements.length, direction)), [go, current, disagreements.length]);

  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      if (event.altKey || event.ctrlKey || event.metaKey || isTyping(event.target)) return;
      if (event.key === "n" || event.key === "p") {
        event.preventDefault();
        step(event.key === "n" ? 1 : -1);
      }
    }
    document.addEventListener("keydown", onKeyDown);
    return () => document.removeEventListener("keydown", onKeyDown);
  }, [step]);

  const run = (place: ReviewPlace, request: () => Promise<unknown>, success: string) => action.mutate({ request, success, place });
  const errorAt = (place: ReviewPlace) => (action.error && action.variables?.place === place ? action.error.message : null);
  const closedReason = review.adjudication.status === "done" ? "Adjudication is marked done: reopen it to change the consensus." : null;
  const names = (chosen: readonly { coder: string; code: number }[]) => chosen.map((annotation) => `${annotation.coder}'s ${codeName(annotation.code)}`).join(", ");
  const post = (path: string, body?: unknown) => () => fetchJson(`/api/documents/${documentId}${path}`, { method: "POST", body });
  const spanDraftOf = (span: Span) => ({ ...draft, id: null, start: String(span.start), end: String(span.end) });
  const onSelect = (span: Span) => {
    const snapped = snapToWords(review.document.text, span, { index }) ?? span;
    setDraft(spanDraftOf(snapped));
    setAnnouncement(`Selected ${snapped.start}–${snapped.end}: pick a code and add it to the consensus.`);
  };
  const saveDraft = (value: SpanDraft) => {
    const span = { code: Number(value.code), start: Number(value.start), end: Number(value.end), memo: value.memo };
    const request =
      value.id === null
        ? post("/consensus", { ...span, quote: quoteOf(span.start, span.end) ?? undefined })
        : () => fetchJson(`/api/consensus/${value.id}`, { method: "PATCH", body: span });
    action.mutate(
      { request, place: "consensus-form", success: `${value.id === null ? "Added" : "Saved"} ${codeName(span.code)} on “${quoteOf(span.start, span.end)}” in the consensus.` },
      { onSuccess: () => setDraft(emptyDraft(span.code)) },
    );
  };
  const edit = (span: ConsensusJson) => setDraft({ id: span.id, code: String(span.code), start: String(span.start), end: String(span.end), memo: span.memo });
  const currentPassage = current === null ? null : (disagreements[current] ?? null);
  const sourceCoder = (id: number) => review.annotations.find((annotation) => annotation.id === id)?.coder;

  return (
    <div className="review">
      <header className="review-header">
        <h1 dir="auto">{review.document.title}</h1>
        <div className="decision-buttons">
          <button type="button" className="secondary" aria-keyshortcuts="p" onClick={() => step(-1)} disabled={disagreements.length === 0}>
            Previous disagreement (p)
          </button>
          <button type="button" className="secondary" aria-keyshortcuts="n" onClick={() => step(1)} disabled={disagreements.length === 0}>
            Next disagreement (n)
          </button>
        </div>
        <p role="status" aria-label="Review announcements" className="announcement">
          {announcement}
        </p>
      </header>
      <div className="review-layout">
        <div>
          <LaneLegend lanes={[...submitted, "consensus"]} codes={review.codes} />
          <LaneText
            text={review.document.text}
            direction={review.document.direction}
            language={review.document.language}
            segments={segments}
            laneNames={[...submitted, "consensus"]}
            colour={colour}
            codeName={codeName}
            currentPassage={current}
            resolvedPassages={resolved}
            onSelect={onSelect}
          />
          <CoderLayers coders={review.coders} annotations={review.annotations} codeName={codeName} />
        </div>
        <aside className="review-side" aria-label="Adjudication">
          <AdjudicationControls
            key={review.adjudication.memo}
            adjudication={review.adjudication}
            agreedPending={review.agreed.filter((span) => !review.consensus.some((c) => c.code === span.code && c.start === span.start && c.end === span.end)).length}
            unresolved={disagreements.length - resolved.size}
            busy={action.isPending}
            error={errorAt("adjudication")}
            onAcceptAgreed={() => run("adjudication", post("/consensus/agreed"), "Accepted every agreed span into the consensus.")}
            onSave={(change) =>
              run(
                "adjudication",
                () => fetchJson(`/api/documents/${documentId}/review`, { method: "PATCH", body: change }),
                change.status ? `Adjudication set to ${change.status.replace("_", " ")}.` : "Memo saved.",
              )
            }
          />
          {currentPassage && (
            <DisagreementPanel
              key={current}
              disagreement={currentPassage}
              position={current! + 1}
              count={disagreements.length}
              quote={quoteOf(currentPassage.start, currentPassage.end) ?? ""}
              annotations={review.annotations}
              coders={submitted}
              codeName={codeName}
              acceptedIds={acceptedIds}
              rejections={rejections}
              resolved={resolved.has(current!)}
              busy={action.isPending}
              closedReason={closedReason}
              error={errorAt("disagreement")}
              onAccept={(annotation, memo, others) =>
                run(
                  "disagreement",
                  post("/consensus", { source: annotation.id, memo, ...(others.length > 0 && { rejectOthers: others.map((other) => other.id) }) }),
                  `Accepted ${names([annotation])} into the consensus${others.length > 0 ? `; rejected ${names(others)} with it` : ""}.`,
                )
              }
              onReject={(annotation, memo) => run("disagreement", post("/review/rejections", { annotation: annotation.id, memo }), `Rejected ${names([annotation])}.`)}
              onDraw={() => setDraft(spanDraftOf(currentPassage))}
            />
          )}
          <ConsensusSpanForm
            draft={draft}
            codes={review.codes}
            quoteOf={quoteOf}
            busy={action.isPending}
            closedReason={closedReason}
            error={errorAt("consensus-form")}
            onChange={setDraft}
            onSubmit={saveDraft}
            onCancel={() => setDraft(emptyDraft(Number(draft.code) || review.codes[0]?.id))}
            onUsePassage={currentPassage ? () => setDraft(spanDraftOf(currentPassage)) : null}
          />
          <ConsensusList
            consensus={review.consensus}
            codeName={codeName}
            sourceCoder={sourceCoder}
            busy={action.isPending}
            closedReason={closedReason}
            error={errorAt("consensus-list")}
            onEdit={edit}
            onRemove={(span) => run("consensus-list", () => fetchJson(`/api/consensus/${span.id}`, { method: "DELETE" }), `Removed ${codeName(span.code)} on “${span.quote}” from the consensus.`)}
          />
          <DisagreementList disagreements={disagreements} current={current} resolved={resolved} quoteOf={quoteOf} onGo={go} />
        </aside>
      </div>
    </div>
  );
}
