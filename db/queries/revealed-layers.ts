import { and, asc, eq, ne } from "drizzle-orm";
import type { Db } from "../client";
import type { RevealedLayer } from "@/lib/annotations/revealed-layer";
import { annotations, assignments, users } from "../schema";

/**
 * The layers of every coder assigned to the document but `exceptCoderId`, for a project whose supervisor revealed
 * coders' work to each other (the caller checks that). Memos stay private to their author.
 */
export function getRevealedLayers(db: Db, { documentId, exceptCoderId }: { documentId: number; exceptCoderId: number }): RevealedLayer[] {
  const rows = db
    .select({ coder: users.login, id: annotations.id, code: annotations.codeId, start: annotations.start, end: annotations.end, quote: annotations.quote })
    .from(assignments)
    .innerJoin(users, eq(users.id, assignments.coderId))
    .leftJoin(annotations, and(eq(annotations.documentId, assignments.documentId), eq(annotations.coderId, assignments.coderId)))
    .where(and(eq(assignments.documentId, documentId), ne(assignments.coderId, exceptCoderId)))
    .orderBy(asc(users.login), asc(annotations.start), asc(annotations.end), asc(annotations.id))
    .all();
  const layers = new Map<string, RevealedLayer>();
  for (const { coder, id, code, start, end, quote } of rows) {
    const layer = layers.get(coder) ?? { coder, annotations: [] };
    layers.set(coder, layer);
    if (id !== null && code !== null && start !== null && end !== null && quote !== null) layer.annotations.push({ id, code, start, end, quote });
  }
  return [...layers.values()];
}
