import type { DocumentStatus } from "./filter-assigned-documents";

export type SpeakerFactsJson = {
  alias: string;
  country: string | null;
  region: string | null;
  gender: string | null;
  defectionDate: string | null;
};

/** The caller's own assignment of a document and the project's round, as the workspace needs them. */
export type AssignmentStateJson = {
  /** Null for a supervisor, who has no assignment. */
  status: DocumentStatus | null;
  submittedAt: string | null;
  roundLocked: boolean;
  annotationsRevealed: boolean;
};

/** A statement as the JSON API gives it: text (offsets count its code points), direction and speaker facts. */
export type DocumentJson = {
  id: number;
  projectId: number;
  title: string;
  text: string;
  length: number;
  direction: "ltr" | "rtl";
  language: string | null;
  statementDate: string | null;
  sourceName: string | null;
  sourceUrl: string | null;
  speaker: SpeakerFactsJson | null;
} & AssignmentStateJson;

export function toAssignmentStateJson(
  assignment: { status: DocumentStatus; submittedAt: Date | null } | undefined,
  project: { roundLocked: boolean; annotationsRevealed: boolean },
): AssignmentStateJson {
  return {
    status: assignment?.status ?? null,
    submittedAt: assignment?.submittedAt?.toISOString() ?? null,
    roundLocked: project.roundLocked,
    annotationsRevealed: project.annotationsRevealed,
  };
}
