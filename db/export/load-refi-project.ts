import { eq } from "drizzle-orm";
import { formatCodeDescription } from "@/lib/refi-qda/code-description";
import { CONSENSUS_USER } from "@/lib/refi-qda/consensus-user";
import { deriveGuid } from "@/lib/refi-qda/derive-guid";
import { DOCUMENT_VARIABLES, toDocumentValues } from "@/lib/refi-qda/document-facts";
import { SPEAKER_VARIABLES, toSpeakerCase } from "@/lib/refi-qda/speaker-case";
import type { RefiCode, RefiProject } from "@/lib/refi-qda/types";
import type { Db } from "../client";
import { getSetsByProject } from "../queries/sets";
import { type Code, speakers } from "../schema";
import { type ExportFilter, type ExportLayer, iso, readExportRows } from "./load-export-data";

const KIND_NUMBERS = { document: 1, code: 2, speaker: 3, "annotation-coders": 4, "annotation-consensus": 5, set: 6 } as const;
const hex = (value: number, digits: number) => value.toString(16).padStart(digits, "0");

/**
 * The project as REFI-QDA plain data: codes as a tree, speakers as cases whose variables hold their facts, documents
 * as text sources, the chosen layer's annotations as codings (each coder a user; the consensus layer one user), and
 * sets with their codes and the exported documents among their members.
 * GUIDs are made of the project id, the kind of row and its id (users: derived from the login), so exporting the same
 * project twice gives the same GUIDs; spelling ids out is far cheaper than hashing 100,000 of them. A code and a set
 * keep the GUID of the file they came from. Memos travel too: annotation memos on their codings, document notes as
 * the source's description, speaker notes as the case's, the project description; the consensus layer's codings
 * are CONSENSUS_USER's, so an import of the file brings them back into the consensus layer.
 */
export function loadRefiProject(db: Db, { projectId, layer, filter }: { projectId: number; layer: ExportLayer; filter?: ExportFilter }): RefiProject {
  const base = `testimony-coder-project-${projectId}`;
  const spell = (kind: keyof typeof KIND_NUMBERS, id: number | string) => {
    const number = Number(id);
    return `${hex(projectId, 8)}-${hex(KIND_NUMBERS[kind], 4)}-4000-8${hex(Math.floor(number / 2 ** 48), 3)}-${hex(number % 2 ** 48, 12)}`;
  };
  // Every coding names its document, code and user: each of their GUIDs is made once and shared.
  const shared = new Map<string, string>();
  const guid = (kind: "document" | "speaker" | "user", id: number | string): string => {
    const key = `${kind}:${id}`;
    let made = shared.get(key);
    if (made === undefined) shared.set(key, (made = kind === "user" ? deriveGuid(base, `user:${id}`) : spell(kind, id)));
    return made;
  };
  // Rows as the database gives them: shaping 100,000 annotations once, into codings, keeps the export fast.
  const { project, codebook, rows, layerRows } = readExportRows(db, { projectId, layer, filter });
  const speakerRows = db.select().from(speakers).where(eq(speakers.projectId, projectId)).all();

  const sourceGuidsBySpeaker = new Map<string, string[]>();
  for (const { document, speaker } of rows) {
    if (!speaker) continue;
    const list = sourceGuidsBySpeaker.get(speaker.alias) ?? [];
    list.push(guid("document", document.id));
    sourceGuidsBySpeaker.set(speaker.alias, list);
  }
  const coders = layer === "consensus" ? [] : [...new Set(layerRows.map((row) => row[9]))];
  const codeGuids = new Map(codebook.map((code) => [code.id, code.guid ?? spell("code", code.id)]));
  const exported = new Set(rows.map(({ document }) => document.id));

  return {
    name: project.name,
    description: project.description || null,
    createdAt: project.createdAt.toISOString(),
    modifiedAt: new Date().toISOString(),
    users: layer === "consensus" ? (layerRows.length > 0 ? [CONSENSUS_USER] : []) : coders.map((login) => ({ guid: guid("user", login), name: login })),
    codes: codeTree(codebook, codeGuids),
    variables: [...Object.values(SPEAKER_VARIABLES), ...Object.values(DOCUMENT_VARIABLES)],
    cases: speakerRows
      .filter((speaker) => sourceGuidsBySpeaker.has(speaker.alias))
      .map((speaker) => ({
        ...toSpeakerCase({
          guid: guid("speaker", speaker.id),
          name: speaker.alias,
          sourceGuids: sourceGuidsBySpeaker.get(speaker.alias)!,
          country: speaker.country,
          region: speaker.region,
          gender: speaker.gender,
          defectionDate: speaker.defectionDate,
        }),
        description: speaker.notes || null,
      })),
    sources: rows.map(({ document }) => ({
      guid: guid("document", document.id),
      name: document.title,
      text: document.text,
      description: document.notes || null,
      values: toDocumentValues(document),
      createdAt: document.createdAt.toISOString(),
    })),
    codings: layerRows.map(([id, documentId, codeId, start, end, quote, memo, createdAt, , coder]) => ({
      guid: spell(`annotation-${layer}`, id),
      sourceGuid: guid("document", documentId),
      codeGuid: codeGuids.get(codeId)!,
      start,
      end,
      quote,
      userGuid: layer === "consensus" ? CONSENSUS_USER.guid : guid("user", coder),
      createdAt: iso(createdAt),
      memo: memo || null,
    })),
    sets: getSetsByProject(db, { projectId }).map((set) => ({
      guid: set.guid ?? spell("set", set.id),
      name: set.name,
      description: set.description || null,
      codeGuids: set.codeIds.map((id) => codeGuids.get(id)!),
      sourceGuids: set.documentIds.filter((id) => exported.has(id)).map((id) => guid("document", id)),
    })),
  };
}

function codeTree(rows: Code[], guids: Map<number, string>): RefiCode[] {
  const children = new Map<number | null, Code[]>();
  for (const row of rows) children.set(row.parentId, [...(children.get(row.parentId) ?? []), row]);
  const build = (row: Code): RefiCode => ({
    guid: guids.get(row.id)!,
    name: row.name,
    color: row.color,
    description: formatCodeDescription(row, row.name),
    isCodable: !row.isGroup,
    children: (children.get(row.id) ?? []).map(build),
  });
  return (children.get(null) ?? []).map(build);
}
