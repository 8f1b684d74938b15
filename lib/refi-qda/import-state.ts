import type { CodeTree } from "./read-codes";
import type { VariableTable } from "./read-cases";
import type { NoteTable } from "./read-notes";
import type { ImportedCoding, ImportedSource, SkippedSource, UnplacedCoding } from "./types";

/** Where a .qdpx keeps a source's text: the archive entry a plainTextPath points at, if the file holds it. */
export type SourceFiles = (plainTextPath: string) => { entry: string; bytes: Uint8Array } | null;

/** What the reading of one project has gathered so far; each reader adds to it. */
export type ImportState = {
  origin: string | null;
  /** Null for a bare .qde, which holds no files. */
  files: SourceFiles | null;
  codes: CodeTree;
  /** guidKey -> the user's GUID as written. */
  users: Map<string, string>;
  variables: VariableTable;
  notes: NoteTable;
  sources: ImportedSource[];
  codings: ImportedCoding[];
  skippedSources: SkippedSource[];
  unplacedCodings: UnplacedCoding[];
  warnings: string[];
  /** Passages with no code on them: nothing to import, but counted. */
  emptySelections: number;
  /** Codings whose user is not in /Project/Users; imported without a user. */
  unknownUsers: number;
  /** Names of texts that were not valid UTF-8. */
  undecodableTexts: string[];
  /**
   * Code points of the source texts read so far, against the most one import may hold (IMPORT_MAX_CHARACTERS).
   * `passedAt` names the source that took the count past `max`; reading stops there.
   */
  characters: { count: number; max: number; passedAt: string | null };
};
