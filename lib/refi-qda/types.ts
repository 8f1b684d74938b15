/**
 * Plain data for REFI-QDA exchange (QDA-XML 1.0). The same shapes are what the writers take and what the parsers
 * return, so database rows map to and from them directly; the parsers add what they learnt about the file
 * (`Imported*` types) and what they could not bring in (`skippedSources`, `unplacedCodings`, `warnings`).
 *
 * GUIDs are kept as written (either case, optionally in braces); references between objects are matched without
 * regard to case. Offsets are Unicode code points of the source's stored text (normalised to LF line endings),
 * zero-based, end exclusive: the REFI-QDA unit and this app's.
 */

export type RefiUser = {
  guid: string;
  name?: string | null;
  /** A short id such as initials ("SF"), which NVivo writes. */
  id?: string | null;
};

export type RefiCode = {
  guid: string;
  name: string;
  /** "#RRGGBB" or "#RGB"; REFI-QDA has no alpha. */
  color?: string | null;
  /** The app's fields (definition, criteria, example, label, shortcut) as labelled paragraphs: see code-description.ts. */
  description?: string | null;
  /** False for a code used only to group others (NVivo writes this on such roots). */
  isCodable: boolean;
  children: RefiCode[];
};

export type RefiVariableType = "Text" | "Boolean" | "Integer" | "Float" | "Date" | "DateTime";

/** A case attribute such as a speaker's country; its values sit on cases (and sometimes sources). */
export type RefiVariable = {
  guid: string;
  name: string;
  type: RefiVariableType;
  description?: string | null;
};

/**
 * One variable's value. Text: string. Boolean: boolean. Integer and Float: number. Date: "YYYY-MM-DD".
 * DateTime: an xsd:dateTime string ("2024-05-01T10:00:00Z"). Null when the file gives the variable no value.
 */
export type RefiVariableValue = {
  variableGuid: string;
  value: string | number | boolean | null;
};

/** A case groups sources by what they are about; speakers travel as cases whose values say who they are. */
export type RefiCase = {
  guid: string;
  name?: string | null;
  description?: string | null;
  values: RefiVariableValue[];
  sourceGuids: string[];
};

export type RefiSource = {
  guid: string;
  name: string;
  /** The plain text with LF line endings; offsets count its code points. */
  text: string;
  /** The document's notes: written as its Description and as a Note it refers to. */
  description?: string | null;
  values?: RefiVariableValue[];
  userGuid?: string | null;
  /** xsd:dateTime, e.g. from `Date.toISOString()`. */
  createdAt?: string | null;
};

/**
 * One code applied to one passage. REFI-QDA writes a passage (PlainTextSelection) holding one or more codings;
 * codings that share `selectionGuid` are written as one passage. Without it, each coding is its own passage, whose
 * GUID is derived from the coding's so that the same project always exports the same GUIDs.
 */
export type RefiCoding = {
  guid: string;
  selectionGuid?: string | null;
  sourceGuid: string;
  codeGuid: string;
  /** Code point offset of the first character, zero-based. */
  start: number;
  /** Code point offset just after the last character (end exclusive). */
  end: number;
  /** The source text between start and end, checked against the text on export. */
  quote: string;
  userGuid?: string | null;
  createdAt?: string | null;
  /**
   * The coder's memo on this coding. Written as the passage's Description (what QualCoder and ATLAS.ti read) and as
   * a Note the Coding refers to (where the standard puts a coding's note); read back from either.
   */
  memo?: string | null;
};

export type RefiSet = {
  guid: string;
  name: string;
  description?: string | null;
  codeGuids: string[];
  sourceGuids: string[];
};

export type RefiProject = {
  name: string;
  /**
   * The tool that wrote the file, e.g. "NVivo for Windows 12.6". Writers ignore it and write "Testimony Coder":
   * a reader must not take our code point positions for another tool's units.
   */
  origin?: string | null;
  description?: string | null;
  createdAt?: string | null;
  modifiedAt?: string | null;
  creatingUserGuid?: string | null;
  users: RefiUser[];
  codes: RefiCode[];
  variables: RefiVariable[];
  cases: RefiCase[];
  sources: RefiSource[];
  codings: RefiCoding[];
  sets: RefiSet[];
};

/** A .qdc codebook: codes, and sets of codes. */
export type RefiCodebook = {
  origin?: string | null;
  codes: RefiCode[];
  sets: Omit<RefiSet, "sourceGuids">[];
};

export type SourceKind = "TextSource" | "PDFSource" | "PictureSource" | "AudioSource" | "VideoSource";

/** How an imported source's text looked in the file, and how its positions were read. */
export type SourceOriginal = {
  /** A PDFSource is imported through its plain-text Representation. */
  kind: "TextSource" | "PDFSource";
  /** The name as written; null when the file gave none and `name` was derived. */
  name: string | null;
  /** "file": a plainTextPath entry of the archive; "inline": PlainTextContent. */
  textFrom: "file" | "inline";
  plainTextPath: string | null;
  archiveEntry: string | null;
  /** Size in bytes of the file (BOM included), or of the inline text in UTF-8. */
  bytes: number;
  utf8Bom: boolean;
  /** "CRLF" when any CR LF occurs, else "CR" when any CR occurs, else "LF". */
  lineEndings: "LF" | "CRLF" | "CR";
  /** Length of the text as stored (BOM removed, line endings as written). */
  codePointLength: number;
  utf16Length: number;
  /** PlainTextSelections written on this source, with or without codes. */
  selectionCount: number;
  /**
   * The unit the file's positions were read in: "codePoints" (the standard), "utf16" (what NVivo writes), or
   * "either" when no character above U+FFFF precedes the last position, so both read the same. Null: no selections.
   */
  positionUnit: "codePoints" | "utf16" | "either" | null;
  positionEvidence: PositionEvidence | null;
};

/** Why a position unit was chosen: how many passages each reading puts on word edges, or on their own names. */
export type PositionEvidence = {
  selections: number;
  astralCharsBeforeLastEnd: number;
  wordBoundaryHitsCodePoints: number;
  wordBoundaryHitsUtf16: number;
  /** Passages whose text starts with their name (ATLAS.ti names a quotation by its first words). */
  nameMatchesCodePoints: number;
  nameMatchesUtf16: number;
};

export type SelectionKind =
  | "PlainTextSelection"
  | "PDFSelection"
  | "PictureSelection"
  | "AudioSelection"
  | "VideoSelection"
  | "TranscriptSelection";

/** What a project file holds, counted wherever it sits, whether it was imported or not. */
export type FileContents = {
  sources: Record<SourceKind, number>;
  selections: Record<SelectionKind, number>;
  codings: number;
  notes: number;
  links: number;
  graphs: number;
  transcripts: number;
};

export type ImportedSource = RefiSource & { original: SourceOriginal };

export type ImportedCoding = RefiCoding & {
  selectionGuid: string;
  /** The passage as the file wrote it: its name and positions before conversion. */
  original: { selectionName: string | null; start: number; end: number };
};

/** A source that was not imported, and why. */
export type SkippedSource = {
  guid: string;
  name: string | null;
  kind: SourceKind;
  /** plainTextPath or path as written. */
  path: string | null;
  /** Passages of any kind marked on it, with or without codes. */
  selectionCount: number;
  reason: "media" | "pdf-without-text" | "text-missing";
};

/** A coding found in the file that was not placed on any imported text, and why. */
export type UnplacedCoding = {
  guid: string;
  codeGuid: string | null;
  sourceGuid: string;
  sourceName: string | null;
  selectionGuid: string | null;
  /** The element holding the coding (PlainTextSelection, PDFSelection, VideoSelection…), or "source". */
  selectionKind: string;
  selectionName: string | null;
  /** Positions as written, for text passages. */
  start: number | null;
  end: number | null;
  userGuid: string | null;
  reason:
    | "source-not-imported"
    | "not-a-text-passage"
    | "whole-source"
    | "outside-text"
    | "name-mismatch"
    | "unknown-code";
  /** The same in words a person can act on. */
  detail: string;
};

export type ImportedProject = Omit<RefiProject, "sources" | "codings"> & {
  sources: ImportedSource[];
  codings: ImportedCoding[];
  skippedSources: SkippedSource[];
  unplacedCodings: UnplacedCoding[];
  /** Everything not brought in, or changed on the way, in sentences for the person importing. */
  warnings: string[];
  file: {
    /** The root element's namespace (urn:QDA-XML:project:1.0 when the file follows the standard). */
    namespace: string | null;
    /** For a .qdpx: the project entry read and every entry listed. */
    archive: { qdeEntry: string; entries: string[] } | null;
    contents: FileContents;
  };
};

export type ImportedCodebook = RefiCodebook & {
  warnings: string[];
  file: { namespace: string | null };
};

export type RefiErrorCode =
  | "invalid-archive"
  | "unsafe-archive"
  /** Over an import limit an administrator can raise (characters, expanded size); the message names it. */
  | "too-large"
  | "missing-project"
  | "invalid-xml"
  | "wrong-document"
  | "invalid-export";

export type RefiError = { code: RefiErrorCode; message: string };

export type RefiResult<T> = { ok: true; value: T } | { ok: false; error: RefiError };
