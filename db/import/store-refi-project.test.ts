import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { parseQde } from "@/lib/refi-qda/parse-qde";
import { testimonyProject } from "@/lib/refi-qda/testimony-project.test-support";
import type { ImportedProject } from "@/lib/refi-qda/types";
import { writeQde } from "@/lib/refi-qda/write-qde";
import type { Db } from "../client";
import { loadExportData } from "../export/load-export-data";
import { getAgreementInput } from "../queries/agreement-input";
import { getAnalysisCorpus } from "../queries/analysis";
import { getCodesByProject } from "../queries/codes";
import { getDocumentsByProject } from "../queries/documents";
import { getMembersByProject } from "../queries/projects";
import { getSetsByProject } from "../queries/sets";
import { auditLog } from "../schema";
import type { ImportProgress } from "./import-steps";
import { countRows, openImportTestDb } from "./import.test-support";
import { storeRefiProject } from "./store-refi-project";

/** The test project (two sources, four codings by two users, a speaker, a set) as an import reads it from a .qde. */
function imported(): ImportedProject {
  const xml = writeQde(testimonyProject());
  if (!xml.ok) throw new Error(xml.error.message);
  const parsed = parseQde(xml.value);
  if (!parsed.ok) throw new Error(parsed.error.message);
  return parsed.value;
}

/** What readers of the project see of imported sources and codings. */
function visible(db: Db, projectId: number) {
  const corpus = getAnalysisCorpus(db, { projectId, source: { kind: "any" } });
  const exported = loadExportData(db, { projectId, layer: "coders" });
  return {
    documents: getDocumentsByProject(db, { projectId }).length,
    statements: corpus.statements.length,
    codings: corpus.codings.length,
    exported: [exported.documents.length, exported.annotations.length],
    agreement: getAgreementInput(db, { projectId }).input.documents.length,
    sets: getSetsByProject(db, { projectId }).length,
    members: getMembersByProject(db, { projectId }).map((member) => member.login),
  };
}

describe("storeRefiProject", () => {
  it("shows no source, coding, assignment, membership or set of the file until it is published, then all of them", async () => {
    const { db, projectId } = openImportTestDb();
    const nothing = visible(db, projectId);
    const stages: string[] = [];
    const report = await storeRefiProject(db, {
      projectId,
      actorId: null,
      name: "interviews.qde",
      imported: imported(),
      onProgress: (progress: ImportProgress) => {
        stages.push(progress.stage);
        expect(visible(db, projectId)).toEqual(nothing);
      },
    });
    // A stage may take more than one batch on a busy machine; the order is what counts.
    expect(stages.filter((stage, i) => stage !== stages[i - 1])).toEqual(["storing speakers", "storing documents", "storing codings", "publishing"]);
    expect(report).toMatchObject({ status: "imported", imported: 2, duplicates: [] });
    expect(report.messages.slice(0, 2)).toEqual(["2 sources, 4 codings.", "3 new codes, 0 already in the project (same GUID), 0 taken as the project's codes of the same name and place."]);
    expect(visible(db, projectId)).toEqual({
      documents: 2,
      statements: 2,
      codings: 3,
      exported: [2, 4],
      agreement: 2,
      sets: 1,
      // The file's users get new accounts named after them and the tool, never an existing account by name.
      members: ["alice-coder-testimony-coder", "bora-kim-testimony-coder", "coder", "unknown-user-testimony-coder"],
    });
  });

  it("leaves nothing of a file that fails when publishing: no document, coding, assignment, new code, speaker or account", async () => {
    const { db, projectId } = openImportTestDb();
    const before = countRows(db);
    const codebook = getCodesByProject(db, { projectId });
    const run = storeRefiProject(db, {
      projectId,
      actorId: null,
      name: "interviews.qde",
      imported: imported(),
      onProgress: ({ stage }) => {
        if (stage === "publishing") throw new Error("disk full");
      },
    });
    await expect(run).rejects.toThrow("disk full");
    expect(countRows(db)).toEqual(before);
    expect(getCodesByProject(db, { projectId })).toEqual(codebook);
    const deleted = (entity: "document" | "code" | "speaker" | "user") =>
      db.select().from(auditLog).where(and(eq(auditLog.entity, entity), eq(auditLog.action, "delete"))).all().length;
    expect([deleted("document"), deleted("code"), deleted("speaker"), deleted("user")]).toEqual([2, 3, 1, 3]);
  });

  it("stops when aborted after the sources are stored, and keeps nothing", async () => {
    const { db, projectId } = openImportTestDb();
    const before = countRows(db);
    const controller = new AbortController();
    const run = storeRefiProject(db, {
      projectId,
      actorId: null,
      name: "interviews.qde",
      imported: imported(),
      signal: controller.signal,
      onProgress: ({ stage }) => {
        if (stage === "storing documents") controller.abort();
      },
    });
    await expect(run).rejects.toMatchObject({ name: "AbortError" });
    expect(countRows(db)).toEqual(before);
  });
});
