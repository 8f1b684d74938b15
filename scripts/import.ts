// npm run import -- --project NAME FILE... [--map HEADER=FIELD]... [--assign LOGIN,LOGIN] [--map-user FILEUSER=LOGIN]...
// Imports statement and REFI-QDA files into a project (created when new) with the same checks
// as the import page, and prints one line per file. Exits 1 when any file was refused.
import { readFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { openDatabase } from "@/db/client";
import { importIntoProject } from "@/services/import/import-into-project";
import { getImportLimits } from "@/services/import/import-limits";
import { runMigrations } from "@/db/migrate";
import { getMembership, getProjectByName, insertProject, insertProjectWithDefaultCodebook, upsertMember } from "@/db/queries/projects";
import { getUserByLogin } from "@/db/queries/users";
import { STATEMENT_CSV_FIELDS, type StatementCsvField } from "@/lib/import/suggest-column-mapping";

function fail(message: string): never {
  console.error(message);
  process.exit(2);
}

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { project: { type: "string" }, map: { type: "string", multiple: true }, assign: { type: "string" }, "map-user": { type: "string", multiple: true } },
});
if (!values.project) fail("Name the project: --project NAME");
if (positionals.length === 0) fail("Name at least one file to import.");
const { maxFiles } = getImportLimits();
if (positionals.length > maxFiles) fail(`${positionals.length} files is more than the ${maxFiles} one import takes (IMPORT_MAX_FILES); import them in batches.`);

const mapping: Record<string, StatementCsvField | null> = {};
for (const pair of values.map ?? []) {
  const [header, field] = pair.split("=");
  if (!header || !field || !(STATEMENT_CSV_FIELDS as readonly string[]).includes(field)) {
    fail(`--map ${pair}: write HEADER=FIELD with FIELD one of ${STATEMENT_CSV_FIELDS.join(", ")}`);
  }
  mapping[header] = field as StatementCsvField;
}

const db = openDatabase();
runMigrations(db);
const coderLogins = values.assign ? values.assign.split(",").map((login) => login.trim()).filter(Boolean) : [];
const coders = coderLogins.map((login) => getUserByLogin(db, { login }) ?? fail(`--assign: no user with the login "${login}".`));

// A new project gets the four-narrative codebook, unless a REFI-QDA file brings its own codes.
const bringsCodes = positionals.some((file) => /\.(qdpx|qde|qdc)$/i.test(file));
const project =
  getProjectByName(db, { name: values.project }) ??
  db.transaction(
    (tx) => (bringsCodes ? insertProject : insertProjectWithDefaultCodebook)(tx, { name: values.project!, description: "", actorId: null }),
    { behavior: "immediate" },
  );
// A REFI-QDA file's user goes to the account named here (a coder of the project), or else to a new disabled account.
const userMapping: Record<string, number> = {};
for (const pair of values["map-user"] ?? []) {
  const at = pair.lastIndexOf("=");
  if (at <= 0 || at === pair.length - 1) fail(`--map-user ${pair}: write FILEUSER=LOGIN, FILEUSER a user of the file (name, id or GUID), LOGIN a coder of the project.`);
  const login = pair.slice(at + 1);
  userMapping[pair.slice(0, at)] = (getUserByLogin(db, { login }) ?? fail(`--map-user: no user with the login "${login}".`)).id;
}
if (coders.length > 0) {
  // Someone who is a member already keeps their role: only newcomers join as coders.
  const newcomers = coders.filter((coder) => getMembership(db, { projectId: project.id, userId: coder.id }) === undefined);
  db.transaction((tx) => newcomers.forEach((coder) => upsertMember(tx, { projectId: project.id, userId: coder.id, role: "coder", actorId: null })), {
    behavior: "immediate",
  });
}

let refused = 0;
for (const file of positionals) {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    console.log(`${file}: refused: cannot read the file (${(error as NodeJS.ErrnoException).code ?? "error"})`);
    refused++;
    continue;
  }
  const report = await importIntoProject(db, {
    projectId: project.id,
    actorId: null,
    name: path.basename(file),
    bytes,
    csvMapping: Object.keys(mapping).length > 0 ? mapping : undefined,
    assignTo: coders.map((coder) => coder.id),
    userMapping,
  });
  if (report.status === "refused") refused++;
  const duplicates = report.duplicates.length > 0 ? `, ${report.duplicates.length} skipped as duplicates` : "";
  console.log(`${file}: ${report.status}: ${report.imported} statements${duplicates}${report.messages.length ? ` — ${report.messages.join("; ")}` : ""}`);
}
process.exit(refused > 0 ? 1 : 0);
