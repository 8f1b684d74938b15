/** What an export reads: plain data, gathered by the caller from the database. */

export type ExportCode = {
  id: string;
  /** Short name, used as a column name in the document-by-code matrix. */
  name: string;
  label: string;
  color: string;
};

export type ExportProject = { name: string; codes: ExportCode[] };

export type ExportSpeaker = {
  alias: string;
  country: string | null;
  region: string | null;
  gender: string | null;
  /** ISO date: YYYY-MM-DD, YYYY-MM or YYYY. */
  defectionDate: string | null;
};

export type ExportDocument = {
  id: string;
  title: string;
  speaker: ExportSpeaker | null;
  statementDate: string | null;
  source: string | null;
  url: string | null;
  language: string | null;
  text: string;
};

export type ExportAnnotation = {
  id: string;
  documentId: string;
  /** The coder's login. */
  coder: string;
  codeId: string;
  /** Code point offsets into the document's text, zero-based, end exclusive. */
  start: number;
  end: number;
  quote: string;
  memo: string | null;
  /** ISO 8601 timestamps. */
  createdAt: string;
  updatedAt: string;
};

export type ExportData = {
  project: ExportProject;
  documents: ExportDocument[];
  annotations: ExportAnnotation[];
};
