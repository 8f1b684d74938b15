// Agreement statistics from the command line: `npm run --silent agreement -- FILE` (FILE may be "-" for standard
// input) reads one JSON object of coding or unitized data and prints one JSON object of coefficients. The input
// format and every coefficient are described in lib/agreement/. Bad input exits with status 1 and one line on stderr.
// `npm run --silent agreement -- --project NAME --unit sentence` prints the agreement over a project's coded
// documents, the same JSON as GET /api/projects/:id/agreement.
import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { openDatabase } from "@/db/client";
import { runMigrations } from "@/db/migrate";
import { computeProjectAgreement } from "@/services/agreement/project-agreement";
import { getProjectByName } from "@/db/queries/projects";
import type { CorpusUnit } from "@/lib/agreement/corpus-input";
import { buildAgreementReport } from "../lib/agreement/build-agreement-report";
import { parseAgreementInput } from "../lib/agreement/parse-agreement-input";

const USAGE =
  "usage: npm run --silent agreement -- FILE   (FILE may be - for standard input)\n" +
  "       npm run --silent agreement -- --project NAME --unit document|sentence|paragraph|character [--include-in-progress] [--min-coverage 0.5] [--bootstrap 1000]";
const UNITS: readonly CorpusUnit[] = ["document", "sentence", "paragraph", "character"];

/** Reads coding or unitized data from a file (or standard input for "-"), prints the report; returns the exit code. */
function runFileMode(path: string): number {
  let text: string;
  try {
    // File descriptor 0 is standard input, which readFileSync reads to its end like a file.
    text = readFileSync(path === "-" ? 0 : path, "utf8");
  } catch (error) {
    return reportError(`cannot read ${path}: ${(error as Error).message}`);
  }
  const input = parseAgreementInput(text);
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

/** Computes agreement over a project's coded documents from the database (DATABASE_URL); returns the exit code. */
function runProjectMode(args: readonly string[]): number {
  const { values } = parseArgs({
    args: [...args],
    options: {
      project: { type: "string" },
      unit: { type: "string", default: "document" },
      "include-in-progress": { type: "boolean", default: false },
      "min-coverage": { type: "string" },
      bootstrap: { type: "string" },
    },
  });
  const unit = values.unit as CorpusUnit;
  if (!UNITS.includes(unit)) return reportError(`--unit must be one of ${UNITS.join(", ")}, not ${values.unit}`);
  const minCoverage = values["min-coverage"] === undefined ? undefined : Number(values["min-coverage"]);
  if (minCoverage !== undefined && !(minCoverage > 0 && minCoverage <= 1)) {
    return reportError(`--min-coverage must be a number above 0 and at most 1, not ${values["min-coverage"]}`);
  }
  const bootstrapSamples = values.bootstrap === undefined ? undefined : Number(values.bootstrap);
  if (bootstrapSamples !== undefined && !(Number.isInteger(bootstrapSamples) && bootstrapSamples >= 0 && bootstrapSamples <= 10_000)) {
    return reportError(`--bootstrap must be a whole number from 0 to 10000, not ${values.bootstrap}`);
  }
  const db = openDatabase();
  runMigrations(db);
  const project = getProjectByName(db, { name: values.project! });
  if (!project) return reportError(`no project named ${JSON.stringify(values.project)}`);
  const result = computeProjectAgreement(db, {
    projectId: project.id,
    unit,
    filter: { includeInProgress: values["include-in-progress"] },
    minCoverage,
    bootstrapSamples,
  });
  if (!result.ok) return reportError(result.error);
  process.stdout.write(`${JSON.stringify(result.value, null, 2)}\n`);
  return 0;
}

/** Picks the mode from the arguments; each mode is one function returning the exit code. */
function main(args: readonly string[]): number {
  if (args.includes("--project")) {
    try {
      return runProjectMode(args);
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

process.exitCode = main(process.argv.slice(2));
