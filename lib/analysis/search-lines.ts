import { keywordInContext, type KeywordLine } from "./keyword-in-context";
import { passageHref } from "./passage-href";

export type SearchLine = KeywordLine & { documentId: number; title: string; statementDate: string | null; speakerAlias: string | null; href: string };

/** Keyword-in-context lines of searched statements, each linked to its hit. */
export function searchLines(
  statements: readonly { id: number; title: string; statementDate: string | null; speakerAlias: string | null; marked: string }[],
): SearchLine[] {
  return statements.flatMap(({ marked, id, ...statement }) =>
    keywordInContext(marked).map((line) => ({ ...line, ...statement, documentId: id, href: passageHref(id, line.start, line.end) })),
  );
}
