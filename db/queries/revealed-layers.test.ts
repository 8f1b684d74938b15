import { beforeAll, describe, expect, it } from "vitest";
import { contentHash } from "@/lib/import/content-hash";
import { codePointLength } from "@/lib/offsets/code-points";
import { type Db, openDatabase } from "../client";
import { runMigrations } from "../migrate";
import { DEMO_PROJECT_NAME, seedDemo } from "../seed/seed-demo";
import { createAnnotation } from "./annotations";
import { getCodesByProject } from "./codes";
import { insertAssignments, insertDocument } from "./documents";
import { getProjectByName } from "./projects";
import { getRevealedLayers } from "./revealed-layers";
import { getUserByLogin } from "./users";

let db: Db;
const TEXT = "😔 They punished men from the town.";

beforeAll(async () => {
  db = openDatabase(":memory:");
  runMigrations(db);
  await seedDemo(db);
});

describe("getRevealedLayers", () => {
  it("gives every other assigned coder's annotations, named and in text order, without their memos", () => {
    const projectId = getProjectByName(db, { name: DEMO_PROJECT_NAME })!.id;
    const [coder1, coder2, coder3] = ["coder1", "coder2", "coder3"].map((login) => getUserByLogin(db, { login })!.id) as [number, number, number];
    const code = getCodesByProject(db, { projectId })[1]!.id;
    const documentId = db.transaction((tx) => {
      const values = { projectId, title: "t", text: TEXT, contentHash: contentHash(TEXT), length: codePointLength(TEXT) };
      const id = insertDocument(tx, { actorId: null, values }).id;
      insertAssignments(tx, { projectId, documentIds: [id], coderIds: [coder1, coder2, coder3], actorId: null });
      return id;
    });
    createAnnotation(db, { documentId, coderId: coder2, input: { code, start: 20, end: 33, memo: "private thought" } });
    createAnnotation(db, { documentId, coderId: coder2, input: { code, start: 7, end: 15, memo: "" } });
    createAnnotation(db, { documentId, coderId: coder1, input: { code, start: 7, end: 15, memo: "" } });

    const layers = getRevealedLayers(db, { documentId, exceptCoderId: coder1 });
    expect(layers.map((layer) => layer.coder)).toEqual(["coder2", "coder3"]);
    expect(layers[0]!.annotations.map((annotation) => annotation.quote)).toEqual(["punished", "from the town"]);
    expect(layers[1]!.annotations).toEqual([]);
    expect(JSON.stringify(layers)).not.toContain("private thought");
  });
});
