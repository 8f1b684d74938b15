import { spawnSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { loadavg } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { seededRandom } from "../generate-long-statement";

const UNITS = 1_000_000;
const CODERS = 3;
const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, "../../..");

/**
 * Times `npm run --silent agreement -- FILE` (default settings: 1,000 bootstrap resamples) as a whole process on a
 * 3 × 1,000,000 nominal matrix, beside NLTK's AnnotationTask (Debian's python3-nltk) and the numpy `krippendorff`
 * package (its source directory in KRIPPENDORFF_SRC, e.g. a checkout of pln-fing-udelar/fast-krippendorff) on the
 * same file, in the same run. Ours and numpy's: best of three; NLTK's, which takes tens of seconds: one run.
 */
export async function compareAgreementCommand(directory: string): Promise<void> {
  const file = path.join(directory, "matrix-3x1m.json");
  writeFileSync(file, JSON.stringify({ matrix: generateMatrix(seededRandom(31)), level: "nominal" }));
  console.log(`3 × ${UNITS.toLocaleString("en")} nominal matrix (5 values, 5% missing); load average ${loadavg()[0]!.toFixed(1)} on this machine`);

  // The first run may build the command's bundle (scripts/run-agreement.mjs): keep it out of the figures.
  const warm = run("npm", ["run", "--silent", "agreement", "--", file]);
  if (warm.status !== 0) throw new Error(warm.stderr);
  const report = JSON.parse(warm.stdout) as { krippendorff_alpha: { value: number }; bootstrap: { lower: number; upper: number } };
  const ours = best(3, () => run("npm", ["run", "--silent", "agreement", "--", file]));
  console.log(
    `agreement command (all coefficients, 1,000 resamples): ${seconds(ours)}; alpha ${report.krippendorff_alpha.value.toFixed(4)} ` +
      `[${report.bootstrap.lower.toFixed(4)}, ${report.bootstrap.upper.toFixed(4)}]`,
  );

  const source = process.env.KRIPPENDORFF_SRC;
  if (source) {
    const numpy = best(3, () => run("/usr/bin/python3", [path.join(here, "numpy-alpha.py"), file], { PYTHONPATH: source }));
    console.log(`numpy krippendorff (alpha only): ${seconds(numpy)}; alpha ${numpy.stdout.trim()}; ours is ${(numpy.ms / ours.ms).toFixed(1)}× as fast`);
  } else console.log("numpy krippendorff: skipped (set KRIPPENDORFF_SRC to a checkout of pln-fing-udelar/fast-krippendorff)");

  const nltk = run("/usr/bin/python3", [path.join(here, "nltk-alpha.py"), file]);
  if (nltk.status === 0) console.log(`NLTK AnnotationTask (alpha only): ${seconds(nltk)}; alpha ${nltk.stdout.trim()}; ours is ${(nltk.ms / ours.ms).toFixed(1)}× as fast`);
  else console.log(`NLTK: skipped (${nltk.stderr.trim().split("\n").pop()}; apt-get install python3-nltk)`);
}

type Run = { status: number | null; stdout: string; stderr: string; ms: number };

function run(command: string, args: string[], env: Record<string, string> = {}): Run {
  const started = performance.now();
  const result = spawnSync(command, args, { cwd: root, encoding: "utf8", maxBuffer: 64 * 2 ** 20, env: { ...process.env, ...env } });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr, ms: performance.now() - started };
}

function best(times: number, once: () => Run): Run {
  const runs = Array.from({ length: times }, once);
  const failed = runs.find((result) => result.status !== 0);
  if (failed) throw new Error(failed.stderr);
  return runs.reduce((a, b) => (b.ms < a.ms ? b : a));
}

const seconds = (result: Run) => `${(result.ms / 1000).toFixed(2)} s`;

/** Three coders who mostly agree on one of 5 values; 5% of cells missing. */
function generateMatrix(random: () => number): (number | null)[][] {
  const rows: (number | null)[][] = Array.from({ length: CODERS }, () => []);
  for (let unit = 0; unit < UNITS; unit++) {
    const truth = Math.floor(random() * 5);
    for (const row of rows) {
      const draw = random();
      row.push(draw < 0.05 ? null : draw < 0.25 ? Math.floor(random() * 5) : truth);
    }
  }
  return rows;
}
