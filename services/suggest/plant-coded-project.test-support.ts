import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { getCodesByProject } from "@/db/queries/codes";
import { insertProjectWithDefaultCodebook, upsertMember } from "@/db/queries/projects";
import { annotations, assignments, documents, users } from "@/db/schema";
import type { LayerDocument } from "@/lib/suggest/label-sentences";
import { codePointLength } from "@/lib/offsets/code-points";

export type PlantedProject = { projectId: number; codeIds: number[]; coderIds: number[]; supervisorId: number; uncodedIds: number[] };

/**
 * A project with the default codebook whose statements are `coded` (reading i is the i-th coder's submitted work;
 * planted code ids 1, 2, 3 become the codebook's first three codes) and `uncoded` (assigned to every coder, not
 * started). Rows are written directly, without audit, as test and bench data.
 */
export function plantCodedProject(
  db: Db,
  { name, coded, uncoded = [], coders = ["coder1", "coder2"] }: { name: string; coded: readonly LayerDocument[]; uncoded?: readonly string[]; coders?: readonly string[] },
): PlantedProject {
  return db.transaction((tx) => {
    const projectId = insertProjectWithDefaultCodebook(tx, { name, description: "", actorId: null }).id;
    const codeIds = getCodesByProject(tx, { projectId }).filter((code) => !code.isGroup).map((code) => code.id);
    const account = (login: string) =>
      tx.select().from(users).where(eq(users.login, login)).get()?.id ?? tx.insert(users).values({ login, displayName: login, passwordHash: "-" }).returning().get().id;
    const coderIds = coders.map(account);
    const supervisorId = account(`${name}-supervisor`);
    coderIds.forEach((userId) => upsertMember(tx, { projectId, userId, role: "coder", actorId: null }));
    upsertMember(tx, { projectId, userId: supervisorId, role: "supervisor", actorId: null });
    const insertText = (title: string, text: string) =>
      tx.insert(documents).values({ projectId, title, text, contentHash: `${name}:${title}`, length: codePointLength(text) }).returning({ id: documents.id }).get().id;
    coded.forEach((document, d) => {
      const documentId = insertText(`Coded ${d + 1}`, document.text);
      document.readings.forEach((spans, coder) => {
        tx.insert(assignments).values({ documentId, coderId: coderIds[coder]!, status: "submitted", submittedAt: new Date() }).run();
        for (const span of spans) {
          const quote = [...document.text].slice(span.start, span.end).join("");
          tx.insert(annotations).values({ documentId, coderId: coderIds[coder]!, codeId: codeIds[span.codeId - 1]!, start: span.start, end: span.end, quote }).run();
        }
      });
    });
    const uncodedIds = uncoded.map((text, u) => {
      const documentId = insertText(`Uncoded ${u + 1}`, text);
      coderIds.forEach((coderId) => tx.insert(assignments).values({ documentId, coderId, status: "assigned" }).run());
      return documentId;
    });
    return { projectId, codeIds, coderIds, supervisorId, uncodedIds };
  });
}
