import type { Tx } from "@/db/client";
import { documents } from "@/db/schema";
import { contentHash } from "@/lib/import/content-hash";
import { codePointLength } from "@/lib/offsets/code-points";
import { generateStatement } from "../generate-long-statement";

/** Stores one generated statement of about `length` code points in a project, as an import would, without its audit. */
export function insertGeneratedStatement(tx: Tx, { projectId, title, length, random }: { projectId: number; title: string; length: number; random: () => number }) {
  const text = generateStatement(length, random);
  const codePoints = codePointLength(text);
  const id = tx.insert(documents).values({ projectId, title, text, contentHash: contentHash(text), length: codePoints }).returning({ id: documents.id }).get().id;
  return { id, text, length: codePoints };
}
