import { guidKey } from "./guid-key";
import type { RefiVariable, RefiVariableValue } from "./types";

/** What the app keeps about a document besides its text and notes; each travels as a variable value of its source. */
export type DocumentFacts = { language: string | null; statementDate: string | null; sourceName: string | null; sourceUrl: string | null };

type Fact = keyof DocumentFacts;

/** Fixed GUIDs, like SPEAKER_VARIABLES, so an import of our own file finds them again. */
export const DOCUMENT_VARIABLES: Record<Fact, RefiVariable> = {
  language: { guid: "a6ec481b-f2f4-48d7-9370-63bd40b1ffb8", name: "Language", type: "Text", description: "BCP 47 tag of the statement's language." },
  statementDate: { guid: "0c65eb4b-97ee-4a01-9f21-3956d68da9c3", name: "Statement date", type: "Text", description: "ISO 8601 date, possibly partial." },
  sourceName: { guid: "586817b0-f124-4972-8d78-3b7544915848", name: "Source", type: "Text" },
  sourceUrl: { guid: "709a8870-af14-47a6-8e6b-e677a5ea6a8f", name: "Source URL", type: "Text" },
};

const FACTS = Object.keys(DOCUMENT_VARIABLES) as Fact[];

/** A document's facts as its source's variable values (facts that are null are left out). */
export function toDocumentValues(facts: DocumentFacts): RefiVariableValue[] {
  return FACTS.flatMap((fact) => (facts[fact] === null ? [] : [{ variableGuid: DOCUMENT_VARIABLES[fact].guid, value: facts[fact] }]));
}

/** The facts of our own variables among a source's values; other variables' values are not documents' facts. */
export function readDocumentFacts(values: RefiVariableValue[] | undefined): Partial<DocumentFacts> {
  const facts: Partial<DocumentFacts> = {};
  for (const { variableGuid, value } of values ?? []) {
    const fact = FACTS.find((candidate) => DOCUMENT_VARIABLES[candidate].guid === guidKey(variableGuid));
    if (fact !== undefined && value !== null) facts[fact] = String(value);
  }
  return facts;
}
