import { DEFAULT_IMPORT_LIMITS, type ImportLimits } from "../import/check-import-limits";
import { describeLimitRefusal } from "../import/describe-limit-refusal";
import { safeUnzip } from "../zip/safe-unzip";
import type { SourceFiles } from "./import-state";
import { readProject } from "./read-project";
import { readXmlDocument } from "./read-xml-document";
import type { ImportedProject, RefiResult } from "./types";

/**
 * `maxExpandedBytes` bounds what the .qde and the .txt entries may inflate to, `maxTotalCharacters` the source texts
 * as they are decoded; the defaults fill in what is not given.
 */
export type ParseQdpxOptions = { limits?: Partial<ImportLimits> };

/**
 * Imports a .qdpx: a ZIP holding one project .qde at its top level (usually project.qde, but ATLAS.ti names it
 * after the project) and the source texts under sources/ (Sources/ in NVivo for Windows). Only the .qde and the
 * .txt entries are inflated, after the archive passed safeUnzip's checks. Entry names are matched without regard
 * to case; a plainTextPath may be internal://NAME, a bare NAME, or percent-encoded.
 */
export function parseQdpx(bytes: Uint8Array, options: ParseQdpxOptions = {}): RefiResult<ImportedProject> {
  const { maxExpandedBytes, maxTotalCharacters } = { ...DEFAULT_IMPORT_LIMITS, ...options.limits };
  const isWanted = (path: string) => isTopLevelQde(path) || path.toLowerCase().endsWith(".txt");
  const unzipped = safeUnzip(bytes, { select: isWanted, limits: { maxTotalBytes: maxExpandedBytes } });
  if (!unzipped.ok) {
    if (unzipped.error.kind === "too-large") {
      const subject = "This .qdpx file's project and source texts";
      const refusal = { limit: "maxExpandedBytes", max: maxExpandedBytes, subject, bytes: unzipped.error.bytes, what: "the project" } as const;
      return { ok: false, error: { code: "too-large", message: describeLimitRefusal(refusal) } };
    }
    const { kind, message } = unzipped.error;
    return kind === "unsafe"
      ? { ok: false, error: { code: "unsafe-archive", message: `This .qdpx file was refused for safety: ${message}.` } }
      : { ok: false, error: { code: "invalid-archive", message: `This .qdpx file could not be opened: ${message}.` } };
  }
  const { paths, files } = unzipped.archive;

  const qdeEntries = paths.filter(isTopLevelQde);
  const qdeEntry =
    qdeEntries.length === 1 ? qdeEntries[0] : qdeEntries.find((path) => path.toLowerCase() === "project.qde");
  if (qdeEntry === undefined) {
    const message =
      qdeEntries.length === 0
        ? "This .qdpx file holds no .qde project file at its top level; is it a REFI-QDA project export?"
        : `This .qdpx file holds several project files (${qdeEntries.join(", ")}) and none is project.qde.`;
    return { ok: false, error: { code: "missing-project", message } };
  }

  const doc = readXmlDocument(files.get(qdeEntry)!, qdeEntry);
  if (!doc.ok) return doc;
  return readProject(doc.value, findSourceFile(files), { qdeEntry, entries: paths }, maxTotalCharacters);
}

function isTopLevelQde(path: string): boolean {
  return !path.includes("/") && path.toLowerCase().endsWith(".qde");
}

function findSourceFile(files: Map<string, Uint8Array>): SourceFiles {
  const byLowerCase = new Map([...files.keys()].map((path) => [path.toLowerCase(), path]));
  return (plainTextPath) => {
    if (/^(relative|absolute):\/\//i.test(plainTextPath)) return null;
    const name = plainTextPath.replace(/^internal:\/\//i, "");
    for (const candidate of [name, safeDecode(name)]) {
      for (const path of [`sources/${candidate}`, candidate]) {
        const entry = byLowerCase.get(path.toLowerCase());
        if (entry !== undefined) return { entry, bytes: files.get(entry)! };
      }
    }
    return null;
  };
}

function safeDecode(name: string): string {
  try {
    return decodeURIComponent(name);
  } catch {
    return name;
  }
}
