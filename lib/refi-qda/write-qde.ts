import { checkProject } from "./check-project";
import { exportError } from "./export-error";
import type { RefiProject, RefiResult } from "./types";
import { writeProjectXml } from "./write-project-xml";

/**
 * The project as a self-contained .qde: texts embedded as PlainTextContent (a bare .qde carries no files).
 * Fails, naming each problem, when something cannot be written as valid QDA-XML.
 */
export function writeQde(project: RefiProject): RefiResult<string> {
  const problems = checkProject(project, true);
  if (problems.length > 0) return { ok: false, error: exportError("project", problems) };
  return { ok: true, value: writeProjectXml(project, null) };
}
