import { spawnSync } from "node:child_process";
import path from "node:path";
import { refiQdaFormatsDir } from "./shared-formats.test-support";

/**
 * Validates XML against one of the official REFI-QDA schemas with xmllint (Debian libxml2-utils), as
 * shared/formats/refi-qda/README.md does. Returns xmllint's complaints, or "" when the document is valid.
 */
export function schemaErrors(xml: string | Uint8Array, schema: "Project.xsd" | "Codebook.xsd"): string {
  const run = spawnSync("xmllint", ["--noout", "--schema", path.join(refiQdaFormatsDir, schema), "-"], { input: xml, encoding: "utf8" });
  if (run.error) throw run.error;
  return run.status === 0 ? "" : run.stderr;
}
