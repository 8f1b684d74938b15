// Corpus analysis from the command line: `npm run --silent analysis -- --project NAME [--source consensus|any|coder:LOGIN]
// [--from DATE] [--to DATE] [--region R] [--country C] [--gender G]` prints the figures of the analysis pages as one
// JSON object (lib/analysis/analysis-summary.ts), from the database at DATABASE_URL. Bad arguments exit with status 1
// and one line on stderr.
import { parseArgs } from "node:util";
import { loadAnalysis } from "@/db/queries/analysis";
import { analysisSummary } from "@/lib/analysis/analysis-summary";
import { formatSource, parseAnalysisRequest } from "@/lib/analysis/parse-analysis-request";
import { openProjectByName } from "./cli/open-project-by-name";

const USAGE =
  "usage: npm run --silent analysis -- --project NAME [--source consensus|any|coder:LOGIN] [--from DATE] [--to DATE] [--region R] [--country C] [--gender G]";

function main(args: string[]): number {
  let values: Record<string, string | undefined>;
  try {
    const options = Object.fromEntries(["project", "source", "from", "to", "region", "country", "gender"].map((name) => [name, { type: "string" as const }]));
    values = parseArgs({ args, options, strict: true, allowPositionals: false }).values;
  } catch (error) {
    return fail(`${(error as Error).message}; ${USAGE}`);
  }
  if (!values.project) return fail(`--project is required; ${USAGE}`);
  const request = parseAnalysisRequest(values, "--");
  if (!request.ok) return fail(request.error);

  const opened = openProjectByName(values.project);
  if (!opened.ok) return fail(opened.error);
  const { db, project } = opened;
  const loaded = loadAnalysis(db, { projectId: project.id, request: request.value });
  if (!loaded.ok) return fail(`--source: ${loaded.error}`);
  const summary = analysisSummary(loaded.value.selection, {
    project: { id: project.id, name: project.name },
    source: formatSource(loaded.value.source),
    sourceChosen: loaded.value.chosen,
  });
  process.stdout.write(`${JSON.stringify(summary, null, 2)}\n`);
  return 0;
}

function fail(message: string): number {
  process.stderr.write(`${message}\n`);
  return 1;
}

process.exitCode = main(process.argv.slice(2));
