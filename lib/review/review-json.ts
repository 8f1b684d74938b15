import type { CodeJson } from "@/lib/codebook/code-json";
import type { AgreedSpan } from "./find-agreed-spans";
import type { Disagreement } from "./find-disagreements";

export type AdjudicationStatus = "not_started" | "in_progress" | "done";

export const ADJUDICATION_STATUS_LABELS: Record<AdjudicationStatus, string> = {
  not_started: "Not started",
  in_progress: "In progress",
  done: "Done",
};

/** A coder of the document: only the layers of those who submitted it are compared (blind coding). */
export type ReviewCoderJson = { login: string; displayName: string; status: "assigned" | "in_progress" | "submitted"; updatedAt: string };

export type ReviewAnnotationJson = { id: number; coder: string; code: number; start: number; end: number; quote: string; memo: string };

export type ConsensusJson = {
  id: number;
  code: number;
  start: number;
  end: number;
  quote: string;
  memo: string;
  /** The coder annotation it was accepted from; null for a span the supervisor drew. */
  sourceAnnotationId: number | null;
  createdBy: string;
  updatedAt: string;
};

export type RejectionJson = { annotationId: number; memo: string; by: string | null; at: string };

export type AdjudicationJson = { status: AdjudicationStatus; memo: string; updatedBy: string | null; updatedAt: string | null };

/** Everything the side-by-side review of one document shows; offsets are code points, end exclusive. */
export type ReviewJson = {
  document: { id: number; projectId: number; title: string; text: string; direction: "ltr" | "rtl"; language: string | null };
  codes: CodeJson[];
  coders: ReviewCoderJson[];
  /** The annotations of the coders who submitted, in text order. */
  annotations: ReviewAnnotationJson[];
  consensus: ConsensusJson[];
  rejections: RejectionJson[];
  adjudication: AdjudicationJson;
  disagreements: Disagreement[];
  agreed: AgreedSpan[];
};
