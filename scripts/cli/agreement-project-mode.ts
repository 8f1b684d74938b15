import { parseArgs } from "node:util";
import { openDatabase } from "@/db/client";
import { runMigrations } from "@/db/migrate";
import { getProjectByName } from "@/db/queries/projects";
import type { CorpusUnit } from "@/lib/agreement/corpus-input";
import { computeProjectAgreement } from "@/services/agreement/project-agreement";

const UNITS: readonly CorpusUnit[] = ["document", "sentence", "paragraph", "character"];

/** Computes agreement over a project's coded documents from the database (DATABASE_URL); returns the exit code. */
export function runProjectMode(args: readonly string[], reportError: (message: string) => number): number {
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
