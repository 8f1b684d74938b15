// Suggestions learned from a layer, from the command line: `npm run --silent suggest -- --project NAME
// --from consensus|agreed|coder:LOGIN [--folds 5] [--apply] [--order useful|uncertain]` trains and cross-validates a
// model of each code and prints its evaluation as one JSON object (lib/suggest/evaluation-json.ts); with --apply it
// also writes suggestions for the statements the layer has not coded and adds "suggestions_written". Bad arguments
// exit with status 1 and one line on stderr.
import { parseArgs } from "node:util";
import { MAX_FOLDS, MIN_FOLDS } from "@/lib/suggest/evaluate-suggestion-model";
import { SUGGESTION_ORDERS, type SuggestionOrder } from "@/lib/suggest/rank-suggestions";
import { runSuggestionModel } from "@/services/suggest/run-suggestion-model";
import { openProjectByName } from "./cli/open-project-by-name";

const USAGE = "usage: npm run --silent suggest -- --project NAME --from consensus|agreed|coder:LOGIN [--folds 5] [--apply] [--order useful|uncertain]";

function main(args: string[]): number {
  let values: { project?: string; from?: string; folds?: string; apply?: boolean; order?: string };
  try {
    values = parseArgs({
      args,
      options: { project: { type: "string" }, from: { type: "string" }, folds: { type: "string" }, apply: { type: "boolean" }, order: { type: "string" } },
      strict: true,
      allowPositionals: false,
    }).values;
  } catch (error) {
    return fail(`${(error as Error).message}; ${USAGE}`);
  }
  if (!values.project) return fail(`--project is required; ${USAGE}`);
  if (!values.from) return fail(`--from is required; ${USAGE}`);
  const folds = Number(values.folds ?? "5");
  if (!Number.isInteger(folds) || folds < MIN_FOLDS || folds > MAX_FOLDS) return fail(`--folds must be a whole number from ${MIN_FOLDS} to ${MAX_FOLDS}, not ${values.folds}`);
  const order = (values.order ?? "useful") as SuggestionOrder;
  if (!SUGGESTION_ORDERS.includes(order)) return fail(`--order must be useful or uncertain, not ${values.order}`);

  const opened = openProjectByName(values.project);
  if (!opened.ok) return fail(opened.error);
  const { db, project } = opened;
  const outcome = runSuggestionModel(db, { projectId: project.id, from: values.from, folds, apply: values.apply ?? false, order, actorId: null }, () => {});
  if (!outcome.ok) return fail(`--from ${values.from}: ${outcome.error}`);
  process.stdout.write(`${JSON.stringify(outcome.value, null, 2)}\n`);
  return 0;
}

function fail(message: string): number {
  process.stderr.write(`${message}\n`);
  return 1;
}

process.exitCode = main(process.argv.slice(2));
