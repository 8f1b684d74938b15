// npm run export -- --project NAME --format csv|matrix|json|jsonl|qdpx|qdc|w3c --out FILE [--layer coders|consensus]
// For scheduled backups of coded work: writes the export to FILE (a temporary file renamed at the end, so a failed
// run never leaves half a file in its place).
import { once } from "node:events";
import { createWriteStream, renameSync, rmSync } from "node:fs";
import { finished } from "node:stream/promises";
import { parseArgs } from "node:util";
import { openDatabase } from "@/db/client";
import { EXPORT_FORMATS, type ExportFormat, exportProject } from "@/services/export/export-project";
import { runMigrations } from "@/db/migrate";
import { getProjectByName } from "@/db/queries/projects";

function fail(message: string): never {
  console.error(message);
  process.exit(2);
}

const { values } = parseArgs({
  options: { project: { type: "string" }, format: { type: "string" }, out: { type: "string" }, layer: { type: "string", default: "coders" } },
});
if (!values.project || !values.format || !values.out) fail("Usage: npm run export -- --project NAME --format FORMAT --out FILE");
if (!(EXPORT_FORMATS as readonly string[]).includes(values.format)) fail(`--format must be one of ${EXPORT_FORMATS.join(", ")}`);
if (values.layer !== "coders" && values.layer !== "consensus") fail("--layer must be coders or consensus");

const db = openDatabase();
runMigrations(db);
const project = getProjectByName(db, { name: values.project }) ?? fail(`No project named "${values.project}".`);
const result = exportProject(db, { projectId: project.id, format: values.format as ExportFormat, layer: values.layer });
if (!result.ok) fail(`Export failed, nothing written: ${result.error}`);
const { file } = result;

const temporary = `${values.out}.partial`;
const stream = createWriteStream(temporary);
try {
  for (const chunk of file.chunks) {
    if (!stream.write(chunk)) await once(stream, "drain");
  }
  stream.end();
  await finished(stream);
  renameSync(temporary, values.out);
} catch (error) {
  rmSync(temporary, { force: true });
  fail(`Export failed, nothing written: ${(error as Error).message}`);
}
console.log(`Wrote ${values.out} (${file.filename}).`);
