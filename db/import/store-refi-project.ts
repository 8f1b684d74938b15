import { randomUUID } from "node:crypto";
import { and, eq, sql } from "drizzle-orm";
import { hashPassword } from "@/lib/auth/password";
import { prepareStatement } from "@/lib/import/prepare-statement";
import type { FileReport } from "@/lib/import/types";
import { codePointLength, sliceByCodePoints } from "@/lib/offsets/code-points";
import { guidKey as key } from "@/lib/refi-qda/guid-key";
import { readSpeakerFacts } from "@/lib/refi-qda/speaker-case";
import type { ImportedCodebook, ImportedProject, RefiCode } from "@/lib/refi-qda/types";
import { recordAudit } from "../audit";
import type { Db, Tx } from "../client";
import { getCodesByProject } from "../queries/codes";
import { insertDocument } from "../queries/documents";
import { upsertMember } from "../queries/projects";
import { upsertSpeaker } from "../queries/speakers";
import { annotations, assignments, codes, documents, importBatches, users } from "../schema";
import { storeRefiSets } from "./store-refi-sets";

const FALLBACK_COLOURS = ["#00695c", "#ad1457", "#4527a0", "#ef6c00", "#283593", "#558b2f", "#6d4c41", "#37474f"];

/**
 * Adds a code tree to the project: a code whose name the codebook has already (ignoring case) is reused, others are
 * created under their parent. Returns the project code id of every GUID.
 */
function storeCodes(tx: Tx, { projectId, tree, actorId }: { projectId: number; tree: RefiCode[]; actorId: number | null }) {
  const existing = new Map(getCodesByProject(tx, { projectId }).map((code) => [code.name.toLowerCase(), code.id]));
  let position = (tx.select({ max: sql<number>`coalesce(max(${codes.position}), -1)` }).from(codes).where(eq(codes.projectId, projectId)).get()?.max ?? -1) + 1;
  const idByGuid = new Map<string, number>();
  let created = 0;
  const visit = (code: RefiCode, parentId: number | null) => {
    let id = existing.get(code.name.toLowerCase());
    if (id === undefined) {
      const row = tx
        .insert(codes)
        .values({
          projectId,
          parentId,
          name: code.name,
          label: code.name.slice(0, 40),
          definition: code.description ?? "",
          color: /^#[0-9a-f]{6}$/i.test(code.color ?? "") ? code.color! : FALLBACK_COLOURS[position % FALLBACK_COLOURS.length]!,
          position: position++,
        })
        .returning()
        .get();
      recordAudit(tx, { actorId, projectId, entity: "code", entityId: row.id, action: "create", after: row });
      existing.set(code.name.toLowerCase(), row.id);
      id = row.id;
      created++;
    }
    idByGuid.set(key(code.guid), id);
    code.children.forEach((child) => visit(child, id));
  };
  tree.forEach((code) => visit(code, null));
  return { idByGuid, created, matched: idByGuid.size - created };
}

/** Stores a .qdc codebook's codes and sets of codes in the project. */
export function storeRefiCodebook(db: Db, { projectId, actorId, name, codebook }: { projectId: number; actorId: number | null; name: string; codebook: ImportedCodebook }): FileReport {
  const stored = db.transaction(
    (tx) => {
      const codesStored = storeCodes(tx, { projectId, tree: codebook.codes, actorId });
      const setsStored = storeRefiSets(tx, { projectId, actorId, fileSets: codebook.sets, codeIds: codesStored.idByGuid, documentIds: new Map() });
      return { ...codesStored, setsStored };
    },
    { behavior: "immediate" },
  );
  return {
    file: name,
    status: "imported",
    imported: 0,
    duplicates: [],
    documentIds: [],
    messages: [`${stored.created} codes added, ${stored.matched} matched codes of the codebook by name.`, ...stored.setsStored, ...codebook.warnings],
  };
}

/**
 * Stores a whole REFI-QDA project in one IMMEDIATE transaction: codes (merged by name), speakers from cases, sources as
 * documents (a text already in the project is skipped with its codings), codings as annotations of their users, and
 * sets of codes and documents (a skipped text's set memberships go to the document already holding it).
 * A user is matched to an account by login; one that has none gets a disabled account, so its codings stay its own.
 */
export async function storeRefiProject(
  db: Db,
  { projectId, actorId, name, imported }: { projectId: number; actorId: number | null; name: string; imported: ImportedProject },
): Promise<FileReport> {
  // Accounts made for the file's users can never sign in until an administrator sets a password.
  const unusableHash = await hashPassword(randomUUID());
  return db.transaction(
    (tx) => {
      const batch = tx.insert(importBatches).values({ projectId, label: name, createdById: actorId }).returning().get();
      const { idByGuid: codeIds, created: codesCreated } = storeCodes(tx, { projectId, tree: imported.codes, actorId });
      const userIds = new Map<string, number>();
      const userFor = (guid: string | null | undefined): number => {
        const refiUser = imported.users.find((user) => key(user.guid) === key(guid ?? ""));
        const login = (refiUser?.name ?? refiUser?.id ?? "imported").trim().toLowerCase().replace(/[^a-z0-9._-]+/g, "-").slice(0, 40) || "imported";
        const cached = userIds.get(login);
        if (cached) return cached;
        const user =
          tx.select().from(users).where(eq(users.login, login)).get() ??
          tx.insert(users).values({ login, displayName: refiUser?.name ?? login, passwordHash: unusableHash, role: "member", disabled: true }).returning().get();
        upsertMember(tx, { projectId, userId: user.id, role: "coder", actorId });
        userIds.set(login, user.id);
        return user.id;
      };

      const speakerBySource = new Map<string, number>();
      for (const speakerCase of imported.cases) {
        if (!speakerCase.name) continue;
        const facts = readSpeakerFacts(speakerCase, imported.variables);
        const { speaker } = upsertSpeaker(tx, { projectId, facts: { alias: speakerCase.name, ...facts }, actorId });
        for (const sourceGuid of speakerCase.sourceGuids) if (!speakerBySource.has(key(sourceGuid))) speakerBySource.set(key(sourceGuid), speaker.id);
      }

      const documentBySource = new Map<string, { id: number; text: string }>();
      const setMemberBySource = new Map<string, number>();
      const duplicates: string[] = [];
      for (const source of imported.sources) {
        const statement = prepareStatement(source.name, source.text);
        const known = tx.select({ id: documents.id }).from(documents).where(and(eq(documents.projectId, projectId), eq(documents.contentHash, statement.contentHash))).get();
        if (known) {
          duplicates.push(source.name);
          setMemberBySource.set(key(source.guid), known.id);
          continue;
        }
        const document = insertDocument(tx, {
          actorId,
          values: {
            projectId,
            speakerId: speakerBySource.get(key(source.guid)) ?? null,
            title: statement.title,
            text: statement.text,
            contentHash: statement.contentHash,
            length: codePointLength(statement.text),
            language: statement.language,
            direction: statement.direction,
            notes: source.description ?? "",
            importBatchId: batch.id,
          },
        });
        documentBySource.set(key(source.guid), { id: document.id, text: statement.text });
        setMemberBySource.set(key(source.guid), document.id);
      }

      let placed = 0;
      const notPlaced: string[] = [];
      for (const coding of imported.codings) {
        const document = documentBySource.get(key(coding.sourceGuid));
        const codeId = codeIds.get(key(coding.codeGuid));
        if (!document || codeId === undefined) continue;
        const quote = sliceByCodePoints(document.text, coding.start, coding.end);
        if (quote !== coding.quote) {
          notPlaced.push(`a coding at ${coding.start}–${coding.end} whose quote does not match the text`);
          continue;
        }
        const coderId = userFor(coding.userGuid);
        tx.insert(annotations).values({ documentId: document.id, coderId, codeId, start: coding.start, end: coding.end, quote }).run();
        tx.insert(assignments).values({ documentId: document.id, coderId, status: "submitted", submittedAt: new Date() }).onConflictDoNothing().run();
        placed++;
      }

      const setsStored = storeRefiSets(tx, { projectId, actorId, fileSets: imported.sets, codeIds, documentIds: setMemberBySource });
      const messages = [`${documentBySource.size} sources, ${placed} codings, ${codesCreated} new codes.`, ...setsStored, ...imported.warnings, ...notPlaced];
      if (duplicates.length > 0) messages.push(`Codings on sources already in the project were not imported again.`);
      return {
        file: name,
        status: documentBySource.size === 0 && duplicates.length > 0 ? "duplicate" : "imported",
        imported: documentBySource.size,
        duplicates,
        documentIds: [...documentBySource.values()].map((document) => document.id),
        messages,
      };
    },
    { behavior: "immediate" },
  );
}
