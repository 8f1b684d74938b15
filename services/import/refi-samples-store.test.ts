import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { eq } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import { refiQdaSamplesDir } from "@/lib/refi-qda/shared-formats.test-support";
import { type Db, openDatabase } from "@/db/client";
import { runMigrations } from "@/db/migrate";
import { getCodesByProject } from "@/db/queries/codes";
import { insertProject } from "@/db/queries/projects";
import { annotations, documents } from "@/db/schema";
import { importIntoProject } from "./import-into-project";

type Expected = {
  sample: string;
  root: "Project" | "CodeBook";
  counts: { codes: number; codes_codable: number; code_max_depth: number; codings: number; notes: number; sources: Record<string, number> };
  codes?: { guid: string }[];
  example_codes?: { path: string[]; guid: string }[];
};

let db: Db;
beforeEach(() => {
  db = openDatabase(":memory:");
  runMigrations(db);
});

/** The code paths of a project's codebook, by GUID. */
function pathsByGuid(projectId: number): Map<string, string[]> {
  const codebook = getCodesByProject(db, { projectId });
  const pathOf = (id: number | null): string[] => {
    const code = codebook.find((candidate) => candidate.id === id);
    return code === undefined ? [] : [...pathOf(code.parentId), code.name];
  };
  return new Map(codebook.map((code) => [code.guid!, pathOf(code.id)]));
}

// Each real sample stored in a fresh project: as many documents as the file has texts (the NVivo 15 file's two
// identical one-line texts included), every code by its GUID in its place, every coding of an imported text stored.
describe("REFI-QDA samples stored in a project", () => {
  const samples = readdirSync(refiQdaSamplesDir, { withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => entry.name);
  for (const sample of samples) {
    it(`stores ${sample} with the documents, codes and codings its expected.json counts`, { timeout: 180_000 }, async () => {
      const expected = JSON.parse(readFileSync(path.join(refiQdaSamplesDir, sample, "expected.json"), "utf8")) as Expected;
      const projectId = db.transaction((tx) => insertProject(tx, { name: sample, description: "", actorId: null }).id);
      const report = await importIntoProject(db, { projectId, actorId: null, name: expected.sample, bytes: readFileSync(path.join(refiQdaSamplesDir, sample, expected.sample)) });
      expect(report.status).toBe("imported");

      const paths = pathsByGuid(projectId);
      expect(paths.size).toBe(expected.counts.codes);
      expect(getCodesByProject(db, { projectId }).filter((code) => !code.isGroup)).toHaveLength(expected.counts.codes_codable);
      expect(Math.max(...[...paths.values()].map((p) => p.length))).toBe(expected.counts.code_max_depth);
      for (const code of expected.example_codes ?? []) expect(paths.get(code.guid)).toEqual(code.path);
      for (const code of expected.codes ?? []) expect(paths.has(code.guid)).toBe(true);
      if (expected.root === "CodeBook") return;

      const stored = db.select({ id: documents.id }).from(documents).where(eq(documents.projectId, projectId)).all();
      // A bare .qde carries no text files: its text sources are reported, not stored (ATLAS.ti's standard project).
      const withText = expected.sample.endsWith(".qde") ? 0 : expected.counts.sources.TextSource!;
      expect(stored).toHaveLength(withText);
      const codings = db.select().from(annotations).all();
      expect(codings).toHaveLength(withText === 0 ? 0 : expected.counts.codings);
    });
  }
});
