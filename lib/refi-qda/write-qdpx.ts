import { checkProject } from "./check-project";
import { exportError } from "./export-error";
import type { RefiProject, RefiResult } from "./types";
import { writeProjectXml } from "./write-project-xml";
import { zipDeflated } from "./zip-deflated";

/**
 * The project as a .qdpx (REFI-QDA §8): project.qde plus one UTF-8 text file per source, sources/<GUID>.txt,
 * referred to as internal://<GUID>.txt. Fails, naming each problem, when something cannot be written as valid
 * QDA-XML.
 */
export function writeQdpx(project: RefiProject): RefiResult<Uint8Array> {
  const problems = checkProject(project, false);
  if (problems.length > 0) return { ok: false, error: exportError("project", problems) };

  const encoder = new TextEncoder();
  const texts: [string, Uint8Array][] = [];
  const textPaths = new Map<string, string>();
  for (const source of project.sources) {
    const fileName = `${source.guid.replace(/^\{|\}$/g, "")}.txt`;
    texts.push([`sources/${fileName}`, encoder.encode(source.text)]);
    textPaths.set(source.guid, `internal://${fileName}`);
  }
  const qde = encoder.encode(writeProjectXml(project, textPaths));
  // The project's own date, so that the same project always gives the same bytes.
  const mtime = project.modifiedAt && !Number.isNaN(Date.parse(project.modifiedAt)) ? project.modifiedAt : new Date();
  return { ok: true, value: zipDeflated([["project.qde", qde], ...texts], mtime) };
}
