import { checkProject } from "./check-project";
import { exportError } from "./export-error";
import type { RefiProject, RefiResult } from "./types";
import { projectXmlChunks } from "./write-project-xml";
import { zipDeflated } from "./zip-deflated";

/**
 * The project as a .qdpx (REFI-QDA §8): project.qde plus one UTF-8 text file per source, sources/<GUID>.txt,
 * referred to as internal://<GUID>.txt. Fails, naming each problem, when something cannot be written as valid
 * QDA-XML; otherwise gives the archive as chunks made while they are read, so a large project is never whole in
 * memory as XML or as a ZIP.
 */
export function writeQdpx(project: RefiProject): RefiResult<Iterable<Uint8Array>> {
  const problems = checkProject(project, false);
  if (problems.length > 0) return { ok: false, error: exportError("project", problems) };

  const textPaths = new Map<string, string>();
  const fileNames = project.sources.map((source) => {
    const fileName = `${source.guid.replace(/^\{|\}$/g, "")}.txt`;
    textPaths.set(source.guid, `internal://${fileName}`);
    return fileName;
  });
  // The project's own date, so that the same project always gives the same bytes.
  const mtime = project.modifiedAt && !Number.isNaN(Date.parse(project.modifiedAt)) ? project.modifiedAt : new Date();
  return { ok: true, value: zipDeflated(qdpxFiles(project, textPaths, fileNames), mtime) };
}

function* qdpxFiles(project: RefiProject, textPaths: Map<string, string>, fileNames: string[]): Generator<[string, Iterable<Uint8Array>]> {
  const encoder = new TextEncoder();
  yield ["project.qde", (function* () {
    for (const chunk of projectXmlChunks(project, textPaths)) yield encoder.encode(chunk);
  })()];
  for (const [index, source] of project.sources.entries()) yield [`sources/${fileNames[index]}`, [encoder.encode(source.text)]];
}
