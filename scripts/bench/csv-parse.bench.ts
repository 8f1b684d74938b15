// Times parseStatementCsv on 10,000 transcripts from 700 speakers, the input its unit test reads without timing.
// Prints the figure with the input size; times are for this machine, not asserted.
import { parseStatementCsv } from "../../lib/import/parse-statement-csv";
import { buildTranscriptsCsv } from "../../lib/import/transcripts-csv.test-support";

const ROWS = 10_000;

export function run(): void {
  const bytes = buildTranscriptsCsv(ROWS);
  // A warm-up on a slice keeps JIT compilation out of the figure, as a server's parser is compiled by its first files.
  parseStatementCsv(buildTranscriptsCsv(500));
  const started = performance.now();
  const result = parseStatementCsv(bytes);
  const elapsedMs = performance.now() - started;
  if (!result.ok) throw new Error(result.error);
  console.log(
    `parseStatementCsv: ${ROWS} rows, ${result.speakers.size} speakers, ${(bytes.byteLength / 1024 / 1024).toFixed(1)} MiB: ` +
      `${elapsedMs.toFixed(0)} ms (target < 3 s; about 0.3 s on the 2-core development machine)`,
  );
}
