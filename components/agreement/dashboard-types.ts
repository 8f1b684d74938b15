import type { CorpusAgreement } from "@/lib/agreement/corpus-agreement";
import type { AdjudicationStatus } from "@/lib/review/review-json";

/** The dashboard's data as the page hands it to the report: plain values, dates as ISO strings. */
export type DashboardCode = { id: number; name: string; label: string; colour: string; parentId: number | null; position: number };

export type DashboardFilterOptions = {
  coders: { login: string; displayName: string }[];
  regions: string[];
  countries: string[];
  genders: string[];
  batches: { id: number; label: string }[];
  rounds: number[];
};

export type DashboardAgreement = CorpusAgreement & {
  computed_from: { annotations: number; coded_documents: number; latest_annotation_change: string | null; computed_at: string };
  suggestions_visible: { rounds: number[]; now: boolean };
};

export type CoderProgressRow = { login: string; displayName: string; assigned: number; inProgress: number; submitted: number; lastChange: string | null };

export type DocumentProgressRow = {
  documentId: number;
  title: string;
  assigned: number;
  notStarted: number;
  inProgress: number;
  submitted: number;
  lastChange: string | null;
  adjudication: AdjudicationStatus;
};

export type DocumentDisagreementItem = {
  documentId: number;
  title: string;
  coderNames: string[];
  overlap: number | null;
  disagreement: number | null;
  passages: number;
  adjudication: AdjudicationStatus;
};

/** The filter form's values as sent (strings), so a value the page refused stays in the form to correct. */
export type DashboardFormValues = Record<string, string>;
