// Trains and cross-validates the suggestion model on a generated project of 10,000 statements (100,000 sentences)
// with about 100,000 annotations by three coders, in a temporary SQLite file, from two layers: one coder's work and
// what the coders agreed on. Prints the time and the micro F1 with the input size; the target is 60 s.
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { openDatabase } from "../../db/client";
import { runMigrations } from "../../db/migrate";
import { runSuggestionModel } from "../../services/suggest/run-suggestion-model";
import { generateSuggestionCorpus } from "./generate-suggestion-corpus";

const STATEMENTS = 10_000;
const FOLDS = 5;

export async function run(): Promise<void> {
  const directory = mkdtempSync(path.join(os.tmpdir(), "testimony-bench-"));
  try {
    const db = openDatabase(path.join(directory, "bench.db"));
    runMigrations(db);
    const started = performance.now();
    const { projectId, annotations, codePoints } = generateSuggestionCorpus(db, { statements: STATEMENTS });
    console.log(`corpus: ${STATEMENTS} statements (${codePoints} code points), ${annotations} annotations by 3 coders, 4 codes; generated in ${(performance.now() - started).toFixed(0)} ms`);
    for (const from of ["coder:bench-coder-1", "agreed"]) {
      const start = performance.now();
      const outcome = runSuggestionModel(db, { projectId, from, folds: FOLDS, apply: false, order: "useful", actorId: null }, () => {});
      const seconds = (performance.now() - start) / 1000;
      if (!outcome.ok) throw new Error(outcome.error);
      const { documents_used, sentences_used, micro } = outcome.value;
      console.log(
        `  from ${from}: ${documents_used} statements, ${sentences_used} sentences, ${FOLDS}-fold: trained and cross-validated in ${seconds.toFixed(1)} s ` +
          `(target 60 s), micro F1 ${micro.f1?.toFixed(3)}, precision ${micro.precision?.toFixed(3)}, recall ${micro.recall?.toFixed(3)}`,
      );
    }
    db.$client.close();
  } finally {
    rmSync(directory, { recursive: true, force: true });
  }
}
