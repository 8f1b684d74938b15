// Times the coder's code finder on a generated codebook of 1,000 codes in a tree (lib/codebook/test-codebook.ts, the
// one its unit test reaches in at most 4 keystrokes): building it once per codebook, then one search per keystroke.
// Prints the figures with the input size; times are for this machine, not asserted.
import { buildCodeFinder } from "../../lib/codebook/code-finder";
import { generateTestCodebook } from "../../lib/codebook/test-codebook";

const CODES = 1000;

export function run(): void {
  const codebook = generateTestCodebook(CODES);
  // A warm-up keeps JIT compilation out of the figures, as a coder's browser has compiled it by the second keystroke.
  buildCodeFinder(generateTestCodebook(200)).find("ab");
  const started = performance.now();
  const finder = buildCodeFinder(codebook);
  const buildMs = performance.now() - started;

  // Every keystroke a coder types on the way to each code: the first 1–3 letters of its abbreviation and its name.
  const queries = finder.entries.flatMap((entry) => [1, 2, 3].flatMap((length) => [entry.abbreviation.slice(0, length), entry.folded.slice(0, length)]));
  const times: number[] = [];
  for (const query of queries) {
    const at = performance.now();
    finder.find(query);
    times.push(performance.now() - at);
  }
  times.sort((a, b) => a - b);
  const mean = times.reduce((sum, time) => sum + time, 0) / times.length;
  console.log(
    `code finder: ${finder.entries.length} codable of ${CODES} codes: build ${buildMs.toFixed(0)} ms; ` +
      `${queries.length} searches: mean ${mean.toFixed(2)} ms, 99th percentile ${times[Math.floor(times.length * 0.99)]!.toFixed(2)} ms, ` +
      `slowest ${times.at(-1)!.toFixed(2)} ms (a keystroke has ~16 ms before a frame is late)`,
  );
}
