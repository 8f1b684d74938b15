import type { CorpusSelection } from "./select-corpus";
import type { CorpusCode } from "./types";

export type NarrativeRow = { code: CorpusCode; speakers: number; statements: number; passages: number };

export type NarrativeFigures = {
  rows: NarrativeRow[];
  /** The bases of the shares: selected speakers and statements, and those of them with any code at all. */
  bases: { speakers: number; codedSpeakers: number; statements: number; codedStatements: number };
};

/**
 * For each code: the selected statements coded with it, the selected speakers who use it in any of their statements
 * (a speaker is counted once however often they use it), and its passages in the selected statements.
 */
export function narrativeFigures(selection: CorpusSelection): NarrativeFigures {
  const codesBySpeaker = speakerCodes(selection);
  const speakerCount = new Map<number, number>();
  let codedSpeakers = 0;
  for (const speaker of selection.speakers) {
    const codes = codesBySpeaker.get(speaker.id);
    if (!codes?.size) continue;
    codedSpeakers++;
    for (const code of codes) speakerCount.set(code, (speakerCount.get(code) ?? 0) + 1);
  }
  const statementCount = new Map<number, number>();
  let codedStatements = 0;
  for (const statement of selection.statements) {
    const codes = selection.codesByStatement.get(statement.id);
    if (!codes?.size) continue;
    codedStatements++;
    for (const code of codes) statementCount.set(code, (statementCount.get(code) ?? 0) + 1);
  }
  const passageCount = new Map<number, number>();
  for (const coding of selection.codings) passageCount.set(coding.codeId, (passageCount.get(coding.codeId) ?? 0) + coding.passages);
  return {
    rows: selection.corpus.codes.map((code) => ({
      code,
      speakers: speakerCount.get(code.id) ?? 0,
      statements: statementCount.get(code.id) ?? 0,
      passages: passageCount.get(code.id) ?? 0,
    })),
    bases: { speakers: selection.speakers.length, codedSpeakers, statements: selection.statements.length, codedStatements },
  };
}

/** The codes each speaker uses across all their statements. */
export function speakerCodes(selection: CorpusSelection): Map<number, Set<number>> {
  const codesBySpeaker = new Map<number, Set<number>>();
  for (const statement of selection.corpus.statements) {
    const codes = selection.codesByStatement.get(statement.id);
    if (statement.speakerId === null || !codes) continue;
    let speaker = codesBySpeaker.get(statement.speakerId);
    if (!speaker) codesBySpeaker.set(statement.speakerId, (speaker = new Set()));
    for (const code of codes) speaker.add(code);
  }
  return codesBySpeaker;
}
