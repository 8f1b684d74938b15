import type { CorpusSelection } from "./select-corpus";

export type CoOccurrence = {
  /** matrix[i][j]: selected statements coded with both code i and code j (codebook order); the diagonal, with code i. */
  matrix: number[][];
  /** Selected statements with at least one code: the base of the shares. */
  codedStatements: number;
};

/** Co-occurrence of codes within statements: a statement counts once per pair however many passages it has. */
export function coOccurrence(selection: CorpusSelection): CoOccurrence {
  const codeIndex = new Map(selection.corpus.codes.map((code, index) => [code.id, index]));
  const matrix = selection.corpus.codes.map(() => selection.corpus.codes.map(() => 0));
  let codedStatements = 0;
  for (const statement of selection.statements) {
    const indices = [...(selection.codesByStatement.get(statement.id) ?? [])].map((code) => codeIndex.get(code)).filter((index) => index !== undefined);
    if (indices.length === 0) continue;
    codedStatements++;
    for (const i of indices) for (const j of indices) matrix[i]![j]!++;
  }
  return { matrix, codedStatements };
}
