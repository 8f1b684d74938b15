// Agreement statistics from the command line: `npm run --silent agreement -- FILE` (FILE may be "-" for standard
// input) reads one JSON object of coding or unitized data and prints one JSON object of coefficients. The input
// format and every coefficient are described in lib/agreement/. Bad input exits with status 1 and one line on stderr.
// `npm run --silent agreement -- --project NAME --unit sentence` prints the agreement over a project's coded
// documents, the same JSON as GET /api/projects/:id/agreement.
import { readFileSync } from "node:fs";
import { buildAgreementReport } from "../lib/agreement/build-agreement-report";
import { parseAgreementInput } from "../lib/agreement/parse-agreement-input";

const USAGE =
  "usage: npm run --silent agreement -- FILE   (FILE may be - for standard input)\n" +
  "       npm run --silent agreement -- --project NAME --unit document|sentence|paragraph|character [--include-in-progress] [--min-coverage 0.5] [--bootstrap 1000]";

/** Reads coding or unitized data from a file (or standard input for "-"), prints the report; returns the exit code. */
function runFileMode(path: string): number {
  let bytes: Uint8Array;
  try {
    // File descriptor 0 is standard input, which readFileSync reads to its end like a file. The bytes are parsed as
    // they are: decoding a large matrix to a string would take longer than reading it.
    bytes = readFileSync(path === "-" ? 0 : path);
  } catch (error) {
    return reportError(`cannot read ${path}: ${(error as Error).message}`);
  }
  const input = parseAgreementInput(bytes);
  if (!input.ok) return reportError(input.error);
  const report = buildAgreementReport(input.value);
  if (!report.ok) return reportError(report.error);
  process.stdout.write(`${JSON.stringify(report.value, null, 2)}\n`);
  return 0;
}

/** Writes one line: some messages (node:util's parseArgs) span several. */
function reportError(message: string): number {
  process.stderr.write(`${message.replace(/\s*\n\s*/g, " ")}\n`);
  return 1;
}

/** Picks the mode from the arguments; each mode is one function returning the exit code. The project mode is loaded
 * only when asked for: the database libraries it needs take longer to load than a small file takes to compute. */
async function main(args: readonly string[]): Promise<number> {
  if (args.includes("--project")) {
    try {
      const { runProjectMode } = await import("./cli/agreement-project-mode");
      return runProjectMode(args, reportError);
    } catch (error) {
      return reportError((error as Error).message);
    }
  }
  const [path, ...rest] = args;
  if (path === undefined || rest.length > 0) {
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  return runFileMode(path);
}

process.exitCode = await main(process.argv.slice(2));
