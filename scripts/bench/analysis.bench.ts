// Times every corpus analysis page's data and the full-text search on a generated corpus of 10,000 statements from
// 3,000 speakers with 100,000 coder annotations (plus a 30,000-passage consensus layer), in a temporary SQLite file.
// Prints figures with sizes; times are for this machine, not asserted.
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { openDatabase } from "../../db/client";
import { runMigrations } from "../../db/migrate";
import { getPassagesByCode, getQuoteItems, loadAnalysis } from "../../db/queries/analysis";
import { insertProjectWithDefaultCodebook } from "../../db/queries/projects";
import { searchStatements } from "../../db/queries/search";
import { analysisSummary } from "../../lib/analysis/analysis-summary";
import { buildFtsQuery } from "../../lib/analysis/build-fts-query";
import { coOccurrence } from "../../lib/analysis/co-occurrence";
import { lastMonthsObserved, monthlyTimeline, shareInMonths } from "../../lib/analysis/monthly-timeline";
import { narrativeCrosstab } from "../../lib/analysis/narrative-crosstab";
import { narrativeFigures } from "../../lib/analysis/narrative-figures";
import { quotePassages } from "../../lib/analysis/quote-passages";
import { searchLines } from "../../lib/analysis/search-lines";
import { hasFilters } from "../../lib/analysis/select-corpus";
import { speakerCrosstab } from "../../lib/analysis/speaker-crosstab";
import { SPEAKER_DIMENSIONS } from "../../lib/analysis/speaker-dimension";
import { speakerDistribution } from "../../lib/analysis/speaker-distribution";
import type { AnalysisFilters, AnalysisSource } from "../../lib/analysis/types";
import { codePointLength, createCodePointIndex } from "../../lib/offsets/code-points";

const STATEMENTS = 10_000;
const SPEAKERS = 3_000;
const ANNOTATIONS = 100_000;
const CONSENSUS = 30_000;
const CODERS = ["bench-coder-1", "bench-coder-2", "bench-coder-3"];
const REGIONS: [string, string[]][] = [
  ["Syria", ["Syria"]],
  ["Other Middle East", ["Iraq", "Jordan", "Saudi Arabia", "Lebanon", "Egypt"]],
  ["Western Europe and Australia", ["Belgium", "France", "United Kingdom", "Germany", "Australia"]],
  ["Central, South and Southeast Asia", ["Uzbekistan", "Indonesia", "Tajikistan", "Pakistan"]],
  ["Turkey", ["Turkey"]],
];
const WORDS = ["we", "were", "told", "the", "regime", "brigades", "apostates", "emir", "money", "no", "water", "children", "left", "camp",
  "جئنا", "لنقاتل", "النظام", "الأمراء", "رواتب", "كهرباء", "café", "😔"];
const noFilters: AnalysisFilters = { from: null, to: null, region: null, country: null, gender: null };

export async function run(): Promise<void> {
  const directory = mkdtempSync(path.join(os.tmpdir(), "testimony-bench-"));
  try {
    const db = openDatabase(path.join(directory, "bench.db"));
    runMigrations(db);
    const generated = time(() => generate(db));
    const { projectId, codePoints } = generated.result;
    console.log(
      `corpus: ${STATEMENTS} statements (${codePoints} code points), ${SPEAKERS} speakers, ${ANNOTATIONS} coder annotations by ` +
        `${CODERS.length} coders, ${CONSENSUS} consensus passages, 4 codes; generated in ${generated.ms.toFixed(0)} ms`,
    );
    const period: AnalysisFilters = { ...noFilters, from: "2015-01-01", to: "2015-08-31" };
    for (const [label, source, filters] of [
      ["consensus (default)", null, noFilters],
      ["any coder", { kind: "any" }, noFilters],
      ["any coder, January to August 2015, Syria", { kind: "any" }, { ...period, region: "Syria" }],
    ] as [string, AnalysisSource | null, AnalysisFilters][]) {
      console.log(`\nsource ${label}:`);
      for (const [page, work] of pageWork(db, projectId, source, filters)) report(page, work);
    }
    console.log("");
    for (const query of ["regime", "النظام", '"the regime"', "apostat*", "emir money water"]) {
      const match = buildFtsQuery(query);
      if (!match.ok) throw new Error(match.error);
      report(`search for ${query}`, () => {
        const found = searchStatements(db, { projectId, match: match.value, limit: 50, statementIds: null });
        const lines = searchLines(found.rows);
        return `${found.total} statements match, ${lines.length} lines from the first ${found.rows.length}`;
      });
    }
    db.$client.close();
  } finally {
    rmSync(directory, { recursive: true, force: true });
  }
}

/** What each analysis page computes, from loading the corpus to the figures it shows. */
function pageWork(db: ReturnType<typeof openDatabase>, projectId: number, requested: AnalysisSource | null, filters: AnalysisFilters) {
  const load = () => {
    const loaded = loadAnalysis(db, { projectId, request: { source: requested, filters } });
    if (!loaded.ok) throw new Error(loaded.error);
    return loaded.value;
  };
  return [
    ["speakers page", () => {
      const { selection } = load();
      const tables = SPEAKER_DIMENSIONS.map((dimension) => speakerDistribution(selection, dimension));
      speakerCrosstab(selection, "region", "gender");
      return `${selection.speakers.length} speakers, ${tables[1]!.length} countries`;
    }],
    ["timeline page", () => {
      const { selection } = load();
      const timeline = monthlyTimeline(selection, "speakers");
      monthlyTimeline(selection, "statements");
      const last = lastMonthsObserved(timeline, 3)!;
      return `${timeline.months.length} months, ${(100 * shareInMonths(timeline, last.from, last.to).share!).toFixed(1)}% in the last three`;
    }],
    ["narratives page", () => {
      const { selection } = load();
      const figures = narrativeFigures(selection);
      for (const dimension of ["region", "gender", "year"] as const) narrativeCrosstab(selection, "speakers", dimension);
      coOccurrence(selection);
      const passages = figures.rows.reduce((sum, row) => sum + row.passages, 0);
      return `${passages} passages, ${figures.bases.codedStatements} coded statements`;
    }],
    ["quote bank page", () => {
      const { source, corpus, selection } = load();
      const codeId = corpus.codes[0]!.id;
      const passages = quotePassages(selection, getPassagesByCode(db, { projectId, source, codeId }));
      const items = getQuoteItems(db, { source, selection, passages: passages.slice(0, 50) });
      return `${passages.length} passages of the first code, first ${items.length} with context`;
    }],
    ["search page, \"regime\"", () => {
      const { selection } = load();
      const match = buildFtsQuery("regime");
      if (!match.ok) throw new Error(match.error);
      const statementIds = hasFilters(filters) ? selection.statements.map((statement) => statement.id) : null;
      const found = searchStatements(db, { projectId, match: match.value, limit: 50, statementIds });
      return `${found.total} statements match, ${searchLines(found.rows).length} lines shown`;
    }],
    ["CLI and API summary", () => {
      const { selection } = load();
      const summary = analysisSummary(selection, { project: { id: projectId, name: "bench" }, source: "bench", sourceChosen: "default" });
      return `${Object.keys(summary.speakers.by_defection_month).length} months of defection`;
    }],
  ] as const;
}

function report(label: string, work: () => string): void {
  const times: number[] = [];
  let detail = "";
  for (let round = 0; round < 5; round++) {
    const { result, ms } = time(work);
    times.push(ms);
    detail = result;
  }
  times.sort((a, b) => a - b);
  console.log(`  ${label}: median ${times[2]!.toFixed(0)} ms, slowest ${times[4]!.toFixed(0)} ms of 5 (${detail})`);
}

function time<T>(work: () => T): { result: T; ms: number } {
  const start = performance.now();
  const result = work();
  return { result, ms: performance.now() - start };
}

/** Fills the database in one transaction with prepared statements, as an import of this size would. */
function generate(db: ReturnType<typeof openDatabase>): { projectId: number; codePoints: number } {
  const random = seededRandom(8);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const between = (low: number, high: number) => low + Math.floor(random() * (high - low + 1));
  const month = () => {
    const index = between(0, 29);
    return `${2014 + Math.floor((5 + index) / 12)}-${String(((5 + index) % 12) + 1).padStart(2, "0")}`;
  };
  const partialDate = () => {
    const roll = random();
    return roll < 0.05 ? null : roll < 0.08 ? month().slice(0, 4) : roll < 0.2 ? month() : `${month()}-${String(between(1, 28)).padStart(2, "0")}`;
  };
  let codePoints = 0;
  return db.transaction((tx) => {
    const projectId = insertProjectWithDefaultCodebook(tx, { name: "Bench", description: "", actorId: null }).id;
    const client = db.$client;
    const codeIds = client.prepare("SELECT id FROM codes WHERE project_id = ? ORDER BY position").all(projectId).map((row) => (row as { id: number }).id);
    const coderIds = CODERS.map((login) => {
      const id = Number(client.prepare("INSERT INTO users (login, display_name, password_hash) VALUES (?, ?, 'x')").run(login, login).lastInsertRowid);
      client.prepare("INSERT INTO project_members (project_id, user_id, role) VALUES (?, ?, 'coder')").run(projectId, id);
      return id;
    });
    const insertSpeaker = client.prepare("INSERT INTO speakers (project_id, alias, country, region, gender, defection_date) VALUES (?, ?, ?, ?, ?, ?)");
    const speakerIds = Array.from({ length: SPEAKERS }, (_, index) => {
      const [region, countries] = pick(REGIONS);
      const known = random() > 0.04;
      const gender = random() < 0.02 ? null : random() < 0.1 ? "female" : "male";
      return Number(insertSpeaker.run(projectId, `Speaker ${index}`, known ? pick(countries) : null, known ? region : null, gender, partialDate()).lastInsertRowid);
    });
    const insertDocument = client.prepare(
      "INSERT INTO documents (project_id, speaker_id, title, text, content_hash, length, statement_date) VALUES (?, ?, ?, ?, ?, ?, ?)",
    );
    const insertAnnotation = client.prepare("INSERT INTO annotations (document_id, coder_id, code_id, start, end, quote) VALUES (?, ?, ?, ?, ?, ?)");
    const insertConsensus = client.prepare("INSERT INTO consensus_annotations (document_id, code_id, start, end, quote, created_by_id) VALUES (?, ?, ?, ?, ?, ?)");
    for (let index = 0; index < STATEMENTS; index++) {
      const text = Array.from({ length: between(150, 350) }, () => pick(WORDS)).join(" ");
      const length = codePointLength(text);
      codePoints += length;
      const speakerId = random() < 0.02 ? null : pick(speakerIds);
      const documentId = Number(insertDocument.run(projectId, speakerId, `Statement ${index}`, text, `hash-${index}`, length, partialDate()).lastInsertRowid);
      const codePointIndex = createCodePointIndex(text);
      const passage = () => {
        const start = between(0, length - 60);
        const end = start + between(10, 60);
        return { codeId: pick(codeIds), start, end, quote: text.slice(codePointIndex.toUtf16Index(start), codePointIndex.toUtf16Index(end)) };
      };
      for (let n = 0; n < ANNOTATIONS / STATEMENTS; n++) {
        const { codeId, start, end, quote } = passage();
        insertAnnotation.run(documentId, pick(coderIds), codeId, start, end, quote);
      }
      for (let n = 0; n < CONSENSUS / STATEMENTS; n++) {
        const { codeId, start, end, quote } = passage();
        insertConsensus.run(documentId, codeId, start, end, quote, coderIds[0]);
      }
    }
    return { projectId, codePoints };
  });
}

/** Mulberry32: a small seeded generator, so every run benchmarks the same corpus. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
