import type { CorpusSelection } from "./select-corpus";
import type { CorpusPassage } from "./types";

/**
 * The passages of the selected statements for the quote bank, in codebook order, then by statement date (undated
 * last), statement and position, so a code's passages read as a history.
 */
export function quotePassages(selection: CorpusSelection, passages: readonly CorpusPassage[]): CorpusPassage[] {
  const codeOrder = new Map(selection.corpus.codes.map((code, index) => [code.id, index]));
  const dateOf = new Map(selection.statements.map((statement) => [statement.id, statement.statementDate ?? "\uffff"]));
  return passages
    .filter((passage) => dateOf.has(passage.documentId))
    .sort(
      (a, b) =>
        codeOrder.get(a.codeId)! - codeOrder.get(b.codeId)! ||
        compare(dateOf.get(a.documentId)!, dateOf.get(b.documentId)!) ||
        a.documentId - b.documentId ||
        a.start - b.start ||
        a.end - b.end,
    );
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
