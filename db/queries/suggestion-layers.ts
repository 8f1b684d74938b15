import { and, eq } from "drizzle-orm";
import { fail, ok, type Result } from "@/lib/agreement/result";
import type { CodedSpan, LayerDocument } from "@/lib/suggest/label-sentences";
import type { TrainingLayer } from "@/lib/suggest/parse-training-layer";
import type { Db } from "../client";
import { adjudications, codes, consensusAnnotations, documents, projectMembers, users } from "../schema";
import { getAgreementInput } from "./agreement-input";
import { isDocumentVisible } from "./visible-documents";

/** What a model learns from and what it is applied to. */
export type SuggestionLayerData = {
  /** The statements the layer has coded, with their readings. */
  coded: LayerDocument[];
  /** The project's other statements: not yet coded in the layer. */
  uncoded: { id: number; text: string }[];
  /** The codes that can be applied (groups cannot), in codebook order. */
  codes: { id: number; name: string }[];
};

/** The statements of a project's layer (see TrainingLayer for what each layer holds) and the rest. */
export function getSuggestionLayerData(db: Db, { projectId, layer }: { projectId: number; layer: TrainingLayer }): Result<SuggestionLayerData> {
  const readings = readLayer(db, projectId, layer);
  if (!readings.ok) return readings;
  const texts = db
    .select({ id: documents.id, text: documents.text })
    .from(documents)
    .where(and(eq(documents.projectId, projectId), isDocumentVisible))
    .orderBy(documents.id)
    .all();
  const codeRows = db
    .select({ id: codes.id, name: codes.name })
    .from(codes)
    .where(and(eq(codes.projectId, projectId), eq(codes.isGroup, false)))
    .orderBy(codes.position)
    .all();
  return ok({
    coded: texts.filter((document) => readings.value.has(document.id)).map((document) => ({ ...document, readings: readings.value.get(document.id)! })),
    uncoded: texts.filter((document) => !readings.value.has(document.id)),
    codes: codeRows,
  });
}

/** Each coded statement's readings: lists of coded spans, one per person whose coding counts. */
function readLayer(db: Db, projectId: number, layer: TrainingLayer): Result<Map<number, CodedSpan[][]>> {
  if (layer.kind === "consensus") {
    const done = db
      .select({ documentId: adjudications.documentId })
      .from(adjudications)
      .innerJoin(documents, eq(documents.id, adjudications.documentId))
      .where(and(eq(documents.projectId, projectId), eq(adjudications.status, "done")))
      .all();
    const spans = db
      .select({ documentId: consensusAnnotations.documentId, codeId: consensusAnnotations.codeId, start: consensusAnnotations.start, end: consensusAnnotations.end })
      .from(consensusAnnotations)
      .innerJoin(documents, eq(documents.id, consensusAnnotations.documentId))
      .where(eq(documents.projectId, projectId))
      .all();
    const readings = new Map<number, CodedSpan[][]>(done.map(({ documentId }) => [documentId, [[]]]));
    for (const { documentId, ...span } of spans) readings.get(documentId)?.[0]!.push(span);
    return ok(readings);
  }
  if (layer.kind === "coder" && !isCoderOf(db, projectId, layer.login)) return fail(`no coder "${layer.login}" in this project`);
  const { input } = getAgreementInput(db, { projectId, filter: layer.kind === "coder" ? { coders: [layer.login] } : {} });
  const spansByReading = new Map<string, CodedSpan[]>();
  for (const { documentId, coder, ...span } of input.annotations) {
    const key = `${documentId}:${coder}`;
    spansByReading.set(key, [...(spansByReading.get(key) ?? []), span]);
  }
  const readings = new Map<number, CodedSpan[][]>();
  for (const { documentId, coders } of input.coded ?? []) {
    if (layer.kind === "agreed" && coders.length < 2) continue;
    readings.set(documentId, coders.map((coder) => spansByReading.get(`${documentId}:${coder}`) ?? []));
  }
  return ok(readings);
}

function isCoderOf(db: Db, projectId: number, login: string): boolean {
  return !!db
    .select({ userId: projectMembers.userId })
    .from(projectMembers)
    .innerJoin(users, eq(users.id, projectMembers.userId))
    .where(and(eq(projectMembers.projectId, projectId), eq(projectMembers.role, "coder"), eq(users.login, login)))
    .get();
}
