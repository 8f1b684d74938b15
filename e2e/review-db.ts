import path from "node:path";
import { type Browser, expect } from "@playwright/test";
import { eq } from "drizzle-orm";
import { openDatabase } from "@/db/client";
import { getCodesByProject } from "@/db/queries/codes";
import { insertAssignments, insertDocument } from "@/db/queries/documents";
import { insertProjectWithDefaultCodebook, upsertMember } from "@/db/queries/projects";
import { getUserByLogin } from "@/db/queries/users";
import { assignments, codes, documents, importBatches, projects, speakers } from "@/db/schema";
import { contentHash } from "@/lib/import/content-hash";
import { codePointLength } from "@/lib/offsets/code-points";
import { signIn } from "./fixtures";

export const REVIEW_CODERS = ["coder1", "coder2", "coder3"] as const;

/**
 * A fresh project for one review test: "supervisor" supervises it, coder1..3 code it, and each statement is
 * assigned to all three. The coders' annotations are then made through the app's own routes by the test.
 */
export function plantReviewProject(name: string, statements: readonly { title: string; text: string }[]) {
  const db = openDatabase(path.join(process.env.E2E_DATA_DIR!, "testimony.db"));
  return db.transaction(
    (tx) => {
      const project = insertProjectWithDefaultCodebook(tx, { name, description: "Planted by a review test", actorId: null });
      const member = (login: string, role: "supervisor" | "coder") =>
        upsertMember(tx, { projectId: project.id, userId: getUserByLogin(tx, { login })!.id, role, actorId: null });
      member("supervisor", "supervisor");
      for (const login of REVIEW_CODERS) member(login, "coder");
      const documentIds = statements.map(
        ({ title, text }) =>
          insertDocument(tx, {
            actorId: null,
            values: { projectId: project.id, title, text, contentHash: contentHash(text), length: codePointLength(text), direction: "ltr", language: "en" },
          }).id,
      );
      const coderIds = REVIEW_CODERS.map((login) => getUserByLogin(tx, { login })!.id);
      insertAssignments(tx, { projectId: project.id, documentIds, coderIds, actorId: null });
      const codes = getCodesByProject(tx, { projectId: project.id }).map((code) => ({ id: code.id, name: code.name }));
      return { projectId: project.id, documentIds, codes };
    },
    { behavior: "immediate" },
  );
}

/** Gives a planted statement a speaker with these facts and puts it in a new import batch; returns the batch's label. */
export function setSpeakerAndBatch(projectId: number, documentId: number, facts: { alias: string; region: string; country: string; gender: string }): string {
  const db = openDatabase(path.join(process.env.E2E_DATA_DIR!, "testimony.db"));
  try {
    return db.transaction(
      (tx) => {
        const speakerId = tx.insert(speakers).values({ projectId, ...facts }).returning().get().id;
        const label = `batch of ${facts.alias}`;
        const importBatchId = tx.insert(importBatches).values({ projectId, label }).returning().get().id;
        tx.update(documents).set({ speakerId, importBatchId }).where(eq(documents.id, documentId)).run();
        return label;
      },
      { behavior: "immediate" },
    );
  } finally {
    db.$client.close();
  }
}

/** A statement on which coder3 parts from coder1 and coder2 three ways, and agrees with them twice. */
export const DISPUTED_TEXT =
  "We were sent to fight other rebel brigades. The emirs lived in large houses. There was no electricity most days. " +
  "Prisoners were punished for small things. The commander said we must not ask questions.";
/** A statement all three coders code alike. */
export const AGREED_TEXT = "They punished men from the town. The money they promised never came.";

type Coding = { statement: number; phrase: string; codePosition: number; coders: readonly string[] };
const ALL = REVIEW_CODERS;

/** What each coder codes, by phrase and position of the code in the default codebook (0: Fighting fellow Sunnis). */
export const PLANTED_CODINGS: readonly Coding[] = [
  { statement: 0, phrase: "sent to fight other rebel brigades", codePosition: 0, coders: ALL },
  // Same passage, different code.
  { statement: 0, phrase: "The emirs lived in large houses", codePosition: 2, coders: ["coder1", "coder2"] },
  { statement: 0, phrase: "The emirs lived in large houses", codePosition: 3, coders: ["coder3"] },
  // One coded, another did not.
  { statement: 0, phrase: "There was no electricity most days", codePosition: 3, coders: ["coder1", "coder2"] },
  // Boundaries that differ.
  { statement: 0, phrase: "Prisoners were punished for small things", codePosition: 1, coders: ["coder1", "coder2"] },
  { statement: 0, phrase: "Prisoners were punished", codePosition: 1, coders: ["coder3"] },
  { statement: 0, phrase: "The commander said we must not ask questions", codePosition: 2, coders: ALL },
  { statement: 1, phrase: "They punished men from the town", codePosition: 1, coders: ALL },
  { statement: 1, phrase: "The money they promised never came", codePosition: 3, coders: ALL },
];

/** A planted coding with its offsets (the texts are ASCII, so UTF-16 indices are code points). */
export function placeCoding(coding: Coding, texts: readonly string[]) {
  const start = texts[coding.statement]!.indexOf(coding.phrase);
  if (start < 0) throw new Error(`phrase not in statement ${coding.statement}: ${coding.phrase}`);
  return { ...coding, start, end: start + coding.phrase.length };
}

/**
 * Codes the planted statements as the coders would: each coder signs in in a browser context of their own, posts
 * their annotations to the coding workspace's route, and submits each statement.
 */
export async function codeThroughApp(browser: Browser, { documentIds, codes }: { documentIds: readonly number[]; codes: readonly { name: string }[] }, texts: readonly string[]) {
  await Promise.all(
    REVIEW_CODERS.map(async (coder) => {
      const context = await browser.newContext();
      const page = await context.newPage();
      await signIn(page, coder);
      for (const coding of PLANTED_CODINGS.filter((item) => item.coders.includes(coder)).map((item) => placeCoding(item, texts))) {
        const response = await page.request.post(`/api/documents/${documentIds[coding.statement]}/annotations`, {
          data: { code: codes[coding.codePosition]!.name, start: coding.start, end: coding.end, memo: "" },
        });
        expect(response.status(), await response.text()).toBe(201);
      }
      for (const documentId of documentIds) {
        const response = await page.request.post(`/api/documents/${documentId}/submit`);
        expect(response.status(), await response.text()).toBe(200);
      }
      await context.close();
    }),
  );
}

/** Renames a planted code, as a supervisor may (names hold up to 120 characters). */
export function renameCode(codeId: number, name: string): void {
  const db = openDatabase(path.join(process.env.E2E_DATA_DIR!, "testimony.db"));
  db.update(codes).set({ name }).where(eq(codes.id, codeId)).run();
}

/**
 * Puts the project in `round` and counts a statement's coding as done in it, as if its coders had reopened and
 * submitted it again after the supervisor started that round.
 */
export function recodeInRound({ projectId, documentId, round }: { projectId: number; documentId: number; round: number }): void {
  const db = openDatabase(path.join(process.env.E2E_DATA_DIR!, "testimony.db"));
  db.update(projects).set({ round }).where(eq(projects.id, projectId)).run();
  db.update(assignments).set({ round }).where(eq(assignments.documentId, documentId)).run();
}
