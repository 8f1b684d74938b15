import type { AnalysisSource } from "./types";

/**
 * Whether a member may read the analysis of `source`. Supervisors read every layer. Coders read a shared analysis of
 * the consensus layer; coders' own layers only once a supervisor has revealed every coder's annotations, so sharing
 * the analysis never breaks blind coding.
 */
export function isSourceVisible(source: AnalysisSource, viewer: { role: "supervisor" | "coder"; annotationsRevealed: boolean }): boolean {
  return viewer.role === "supervisor" || source.kind === "consensus" || viewer.annotationsRevealed;
}

export const HIDDEN_SOURCE_MESSAGE =
  "Coders' annotations are not revealed yet, so coders can read the analysis of the consensus layer only; choose source consensus.";
