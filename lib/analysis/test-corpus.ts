import type { AnalysisCorpus, AnalysisFilters, CorpusPassage } from "./types";

/**
 * A small corpus whose figures are counted by hand in the tests beside this file. Speaker E knows nothing about
 * themselves; F's gender is blank and their date of defection only a year; statement 108 has no speaker; 105 and
 * 107 are not coded.
 */
export const testCorpus: AnalysisCorpus = {
  speakers: [
    { id: 1, alias: "A", country: "Syria", region: "Syria", gender: "male", defectionDate: "2015-01-10" },
    { id: 2, alias: "B", country: "Syria", region: "Syria", gender: "female", defectionDate: "2015-03" },
    { id: 3, alias: "C", country: "Iraq", region: "Other Middle East", gender: "male", defectionDate: "2015-08-31" },
    { id: 4, alias: "D", country: "Belgium", region: "Western Europe and Australia", gender: "male", defectionDate: "2015-10-02" },
    { id: 5, alias: "E", country: null, region: null, gender: null, defectionDate: null },
    { id: 6, alias: "F", country: "Turkey", region: "Turkey", gender: " ", defectionDate: "2015" },
    { id: 7, alias: "G", country: "Indonesia", region: "Central, South and Southeast Asia", gender: "male", defectionDate: "2014-12-15" },
  ],
  statements: [
    { id: 101, speakerId: 1, title: "A one", statementDate: "2015-02-01" },
    { id: 102, speakerId: 1, title: "A two", statementDate: "2015-09-10" },
    { id: 103, speakerId: 2, title: "B", statementDate: "2015-04" },
    { id: 104, speakerId: 3, title: "C", statementDate: "2015-09-01" },
    { id: 105, speakerId: 4, title: "D", statementDate: "2015-11-20" },
    { id: 106, speakerId: 5, title: "E", statementDate: null },
    { id: 107, speakerId: 6, title: "F", statementDate: "2015-06-15" },
    { id: 108, speakerId: null, title: "Nobody", statementDate: "2015-12-01" },
    { id: 109, speakerId: 7, title: "G", statementDate: "2015-01-05" },
  ],
  codes: [
    { id: 1, name: "Fighting fellow Sunnis", label: "Sunni infighting", color: "#1565c0" },
    { id: 2, name: "Brutality against Sunnis", label: "Brutality", color: "#c62828" },
    { id: 3, name: "Corrupt and un-Islamic", label: "Corruption", color: "#6a1b9a" },
    { id: 4, name: "Harsh and disappointing life", label: "Harsh life", color: "#2e7d32" },
  ],
  // The passages below, per statement and code.
  codings: [
    { documentId: 101, codeId: 1, passages: 2 },
    { documentId: 101, codeId: 3, passages: 1 },
    { documentId: 102, codeId: 4, passages: 1 },
    { documentId: 103, codeId: 4, passages: 1 },
    { documentId: 103, codeId: 3, passages: 1 },
    { documentId: 104, codeId: 1, passages: 1 },
    { documentId: 106, codeId: 2, passages: 1 },
    { documentId: 108, codeId: 4, passages: 1 },
    { documentId: 109, codeId: 3, passages: 1 },
  ],
};

export const testPassages: CorpusPassage[] = [
  { id: 1, documentId: 101, codeId: 1, start: 0, end: 10 },
  { id: 2, documentId: 101, codeId: 1, start: 20, end: 30 },
  { id: 3, documentId: 101, codeId: 3, start: 40, end: 50 },
  { id: 4, documentId: 102, codeId: 4, start: 0, end: 5 },
  { id: 5, documentId: 103, codeId: 4, start: 0, end: 5 },
  { id: 6, documentId: 103, codeId: 3, start: 10, end: 15 },
  { id: 7, documentId: 104, codeId: 1, start: 0, end: 5 },
  { id: 8, documentId: 106, codeId: 2, start: 0, end: 5 },
  { id: 9, documentId: 108, codeId: 4, start: 0, end: 5 },
  { id: 10, documentId: 109, codeId: 3, start: 0, end: 5 },
];

export const noFilters: AnalysisFilters = { from: null, to: null, region: null, country: null, gender: null };

/** January to August 2015, as --from 2015-01 --to 2015-08 reads. */
export const firstEightMonths: AnalysisFilters = { ...noFilters, from: "2015-01-01", to: "2015-08-31" };
