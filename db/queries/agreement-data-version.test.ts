import { eq } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import { type Db, openDatabase } from "../client";
import { runMigrations } from "../migrate";
import { annotations, assignments, codes, users } from "../schema";
import { getAgreementDataVersion } from "./agreement-data-version";
import { getCodesByProject } from "./codes";
import { insertDocument } from "./documents";
import { insertProjectWithDefaultCodebook } from "./projects";

const TEXT = "We were sent to fight other rebel brigades.";
let db: Db;
let projectId: number;
let otherProjectId: number;
let documentId: number;
let coderId: number;
let codeId: number;

beforeEach(() => {
  db = openDatabase(":memory:");
  runMigrations(db);
  db.transaction((tx) => {
    projectId = insertProjectWithDefaultCodebook(tx, { name: "Versioned", description: "", actorId: null }).id;
    otherProjectId = insertProjectWithDefaultCodebook(tx, { name: "Other", description: "", actorId: null }).id;
    codeId = getCodesByProject(tx, { projectId })[0]!.id;
    coderId = tx.insert(users).values({ login: "coder1", displayName: "coder1", passwordHash: "-" }).returning().get().id;
    documentId = insertDocument(tx, { actorId: null, values: { projectId, title: "One", text: TEXT, contentHash: "one", length: TEXT.length } }).id;
    tx.insert(assignments).values({ documentId, coderId, status: "submitted", submittedAt: new Date() }).run();
    tx.insert(annotations).values({ documentId, coderId, codeId, start: 8, end: 13, quote: "sent " }).run();
  });
});

const version = () => getAgreementDataVersion(db, { projectId });

describe("getAgreementDataVersion", () => {
  it("stays the same while nothing changes, whatever another project does", () => {
    const before = version();
    const otherCode = getCodesByProject(db, { projectId: otherProjectId })[0]!.id;
    db.update(codes).set({ name: "Renamed elsewhere", updatedAt: new Date(Date.now() + 5_000) }).where(eq(codes.id, otherCode)).run();
    expect(version()).toBe(before);
  });

  it("changes when an annotation is added, edited or deleted", () => {
    const first = version();
    const added = db.insert(annotations).values({ documentId, coderId, codeId, start: 0, end: 2, quote: "We" }).returning().get().id;
    const second = version();
    expect(second).not.toBe(first);
    db.update(annotations).set({ end: 7, quote: "We were", updatedAt: new Date(Date.now() + 5_000) }).where(eq(annotations.id, added)).run();
    const third = version();
    expect(third).not.toBe(second);
    db.delete(annotations).where(eq(annotations.id, added)).run();
    expect(version()).not.toBe(third);
  });

  it("changes when a code moves under a parent or an assignment is reopened", () => {
    const first = version();
    const [parent, child] = getCodesByProject(db, { projectId });
    db.update(codes).set({ parentId: parent!.id, updatedAt: new Date(Date.now() + 5_000) }).where(eq(codes.id, child!.id)).run();
    const second = version();
    expect(second).not.toBe(first);
    db.update(assignments).set({ status: "in_progress", updatedAt: new Date(Date.now() + 10_000) }).where(eq(assignments.documentId, documentId)).run();
    expect(version()).not.toBe(second);
  });
});
