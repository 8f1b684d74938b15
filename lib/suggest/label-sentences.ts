import { coveredUnits } from "../agreement/covered-units";
import { mergeOverlappingSpans } from "../text/merge-spans";
import { segmentUnits } from "../text/segment-units";
import { createCodePointIndex } from "../offsets/code-points";

/** A coded passage: offsets in code points, end exclusive. */
export type CodedSpan = { codeId: number; start: number; end: number };

/**
 * A statement of the layer a model learns from, with one reading per person whose coding counts: the consensus and
 * one coder's work have a single reading; the agreed layer has one per coder who submitted the statement.
 */
export type LayerDocument = { id: number; text: string; readings: readonly (readonly CodedSpan[])[] };

/** A sentence of a statement and the codes it is labelled with (none for a negative example). */
export type SentenceExample = { documentId: number; start: number; end: number; text: string; codeIds: number[] };

/** The share of a sentence a reading's spans of a code must cover for the sentence to count as coded with it. */
export const MIN_SENTENCE_COVERAGE = 0.5;

/**
 * The statement's sentences (the agreement figures' segmentation) with their labels: a sentence is labelled with a
 * code when, in every reading, that reading's spans of the code cover at least half of it. With several readings
 * this is the agreed layer: a sentence counts only when all of them coded it; a sentence one reading coded and
 * another did not is a negative example, as neither side is sure to be right.
 */
export function labelSentences(document: LayerDocument): SentenceExample[] {
  const sentences = segmentUnits(document.text, "sentence");
  const labels = sentences.map(() => new Map<number, number>());
  for (const reading of document.readings) {
    const spansByCode = new Map<number, CodedSpan[]>();
    for (const span of reading) spansByCode.set(span.codeId, [...(spansByCode.get(span.codeId) ?? []), span]);
    for (const [codeId, spans] of spansByCode) {
      coveredUnits(sentences, mergeOverlappingSpans(spans).spans, MIN_SENTENCE_COVERAGE).forEach((covered, index) => {
        if (covered) labels[index]!.set(codeId, (labels[index]!.get(codeId) ?? 0) + 1);
      });
    }
  }
  const index = createCodePointIndex(document.text);
  const readings = document.readings.length;
  return sentences.map(({ start, end }, i) => ({
    documentId: document.id,
    start,
    end,
    text: document.text.slice(index.toUtf16Index(start), index.toUtf16Index(end)),
    codeIds: readings === 0 ? [] : [...labels[i]!].filter(([, count]) => count === readings).map(([codeId]) => codeId).sort((a, b) => a - b),
  }));
}
