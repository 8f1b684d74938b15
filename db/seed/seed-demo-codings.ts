import { and, eq } from "drizzle-orm";
import { codePointLength } from "@/lib/offsets/code-points";
import type { Tx } from "../client";
import { annotations, assignments, codes, documents } from "../schema";
import { demoCodings } from "./demo-corpus";

/** Writes the demo codings of the three coders and marks those statements submitted by each. */
export function insertDemoCodings(tx: Tx, { projectId, coderIds }: { projectId: number; coderIds: number[] }): void {
  const codeIdByKey = new Map(
    tx
      .select()
      .from(codes)
      .where(eq(codes.projectId, projectId))
      .all()
      .map((code) => [code.shortcut, code.id]),
  );
  const submittedAt = new Date();
  for (const { title, codings } of demoCodings) {
    const document = tx
      .select()
      .from(documents)
      .where(and(eq(documents.projectId, projectId), eq(documents.title, title)))
      .get();
    if (!document) throw new Error(`demo codings name a statement that is not seeded: ${title}`);
    for (const [phrase, key, coderNumbers] of codings) {
      const utf16Index = document.text.indexOf(phrase);
      if (utf16Index < 0) throw new Error(`demo phrase not found in "${title}": ${phrase}`);
      const start = codePointLength(document.text.slice(0, utf16Index));
      for (const coderNumber of coderNumbers) {
        tx.insert(annotations)
          .values({
            documentId: document.id,
            coderId: coderIds[Number(coderNumber) - 1]!,
            codeId: codeIdByKey.get(key)!,
            start,
            end: start + codePointLength(phrase),
            quote: phrase,
          })
          .run();
      }
    }
    tx.update(assignments)
      .set({ status: "submitted", submittedAt, updatedAt: submittedAt })
      .where(eq(assignments.documentId, document.id))
      .run();
  }
}
