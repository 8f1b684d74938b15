import { readFileSync } from "node:fs";
import path from "node:path";
import { eq } from "drizzle-orm";
import { unzipSync, zipSync } from "fflate";
import { beforeEach, describe, expect, it } from "vitest";
import { sliceByCodePoints } from "@/lib/offsets/code-points";
import { guidKey } from "@/lib/refi-qda/guid-key";
import { parseQdpx } from "@/lib/refi-qda/parse-qdpx";
import type { RefiCode } from "@/lib/refi-qda/types";
import { schemaErrors } from "@/lib/refi-qda/xmllint.test-support";
import { type Db, openDatabase } from "../client";
import { exportProject } from "../export/export-project";
import { runMigrations } from "../migrate";
import { getCodesByProject } from "../queries/codes";
import { insertProjectWithDefaultCodebook } from "../queries/projects";
import { annotations, auditLog, documents, speakers } from "../schema";
import { seedDemo } from "../seed/seed-demo";
import { importIntoProject } from "./import-into-project";
import { refiQdaSamplesDir } from "@/lib/refi-qda/shared-formats.test-support";

let db: Db;
const newProject = (name: string) => db.transaction((tx) => insertProjectWithDefaultCodebook(tx, { name, description: "", actorId: null }).id);
const annotationsOf = (projectId: number) =>
  db
    .select({ annotation: annotations, text: documents.text, title: documents.title })
    .from(annotations)
    .innerJoin(documents, eq(documents.id, annotations.documentId))
    .where(eq(documents.projectId, projectId))
    .all();

/** What a .qdpx carries, without the GUIDs an export makes from row ids: code tree, sources, codings by name. */
function carried(qdpx: Uint8Array) {
  const parsed = parseQdpx(qdpx);
  if (!parsed.ok) throw new Error(parsed.error.message);
  const { codes, sources, codings, users, cases } = parsed.value;
  const names = new Map<string, string | null>();
  const tree = (list: RefiCode[]): unknown[] =>
    list.map((code) => {
      names.set(guidKey(code.guid), code.name);
      return { name: code.name, color: code.color, description: code.description, children: tree(code.children) };
    });
  const codeTree = tree(codes);
  for (const source of sources) names.set(guidKey(source.guid), source.name);
  for (const user of users) names.set(guidKey(user.guid), user.name ?? null);
  return {
    codeTree,
    sources: sources.map((source) => `${source.name}|${source.text}`).sort(),
    codings: codings
      .map((coding) => [coding.sourceGuid, coding.codeGuid, coding.userGuid ?? ""].map((guid) => names.get(guidKey(guid))).concat(`${coding.start}-${coding.end}|${coding.quote}`).join("|"))
      .sort(),
    cases: cases.map((speaker) => ({ name: speaker.name, values: speaker.values.length, sources: speaker.sourceGuids.map((guid) => names.get(guidKey(guid))).sort() })).sort((a, b) => String(a.name).localeCompare(String(b.name))),
  };
}

beforeEach(() => {
  db = openDatabase(":memory:");
  runMigrations(db);
});

type Expected = {
  sample: string;
  counts: { codings: number; sources: { TextSource: number; PDFSource: number } };
  example_codings: { source: string | null; code: string; quote_expected: string }[];
};

describe("importIntoProject with the real exports of other tools", () => {
  for (const sample of ["nvivo12win-pyqdpx-oltas0517", "nvivo12mac-pyqdpx-oltasszkepticizmus-17june", "qc132-qualitativecoding-demo", "maxqda24-paperthemes-icls-just10"]) {
    it(`stores ${sample} with every coding on the words the file quotes`, { timeout: 60_000 }, async () => {
      const expected = JSON.parse(readFileSync(path.join(refiQdaSamplesDir, sample, "expected.json"), "utf8")) as Expected;
      const projectId = newProject(sample);
      const report = await importIntoProject(db, {
        projectId,
        actorId: null,
        name: expected.sample,
        bytes: readFileSync(path.join(refiQdaSamplesDir, sample, expected.sample)),
      });
      expect(report.status).toBe("imported");
      expect(report.imported).toBe(expected.counts.sources.TextSource);
      const stored = annotationsOf(projectId);
      expect(stored).toHaveLength(expected.counts.codings);
      for (const row of stored) expect(sliceByCodePoints(row.text, row.annotation.start, row.annotation.end)).toBe(row.annotation.quote);
      const codeNames = new Map(getCodesByProject(db, { projectId }).map((code) => [code.id, code.name]));
      for (const example of expected.example_codings) {
        // A source the file gives no name gets a derived title, so only named sources are matched by title.
        const matches = stored.filter(
          (row) => (example.source === null || row.title === example.source) && codeNames.get(row.annotation.codeId) === example.code,
        );
        expect(matches.map((row) => row.annotation.quote)).toContain(example.quote_expected);
      }
    });
  }
});

describe("REFI-QDA round trip", () => {
  it("exports the demo as .qdpx, imports it into a new project and exports the same codes, sources and codings", async () => {
    await seedDemo(db);
    const demoId = db.select().from(documents).get()!.projectId;
    const first = exportProject(db, { projectId: demoId, format: "qdpx", layer: "coders" });
    if (!first.ok) throw new Error(first.error);
    const bytes = new Uint8Array(Buffer.concat([...first.file.chunks] as Uint8Array[]));
    expect(schemaErrors(unzipSync(bytes)["project.qde"]!, "Project.xsd")).toBe("");
    const codebook = exportProject(db, { projectId: demoId, format: "qdc", layer: "coders" });
    if (!codebook.ok) throw new Error(codebook.error);
    expect(schemaErrors([...codebook.file.chunks][0] as Uint8Array, "Codebook.xsd")).toBe("");

    const copyId = newProject("Round trip");
    const report = await importIntoProject(db, { projectId: copyId, actorId: null, name: "demo.qdpx", bytes });
    expect(report).toMatchObject({ status: "imported", imported: 14 });

    const summary = (projectId: number) => {
      const codeNames = new Map(getCodesByProject(db, { projectId }).map((code) => [code.id, code.name]));
      return {
        codes: getCodesByProject(db, { projectId }).map((code) => [code.name, code.color]),
        sources: db.select({ title: documents.title, text: documents.text }).from(documents).where(eq(documents.projectId, projectId)).all(),
        codings: annotationsOf(projectId)
        .map((row) => `${row.title}|${row.annotation.coderId}|${codeNames.get(row.annotation.codeId)}|${row.annotation.start}|${row.annotation.end}|${row.annotation.quote}`)
        .sort(),
        speakers: db.select({ alias: speakers.alias, country: speakers.country, region: speakers.region, gender: speakers.gender, defectionDate: speakers.defectionDate }).from(speakers).where(eq(speakers.projectId, projectId)).all().sort((a, b) => a.alias.localeCompare(b.alias)),
      };
    };
    const original = summary(demoId);
    const copy = summary(copyId);
    expect(copy.codes).toEqual(original.codes);
    expect(copy.sources).toEqual(original.sources);
    expect(copy.codings).toEqual(original.codings);
    expect(copy.speakers).toEqual(original.speakers.filter((speaker) => copy.speakers.some((s) => s.alias === speaker.alias)));
    expect(copy.speakers.length).toBe(12);

    const again = exportProject(db, { projectId: copyId, format: "qdpx", layer: "coders" });
    if (!again.ok) throw new Error(again.error);
    expect(carried(new Uint8Array(Buffer.concat([...again.file.chunks] as Uint8Array[])))).toEqual(carried(bytes));
  });

  it("refuses a zip that would write outside its folder and leaves nothing behind", async () => {
    const projectId = newProject("Hostile");
    const auditBefore = db.select().from(auditLog).all().length;
    const evil = zipSync({ "../evil.qde": new TextEncoder().encode("<Project/>") });
    const report = await importIntoProject(db, { projectId, actorId: null, name: "evil.qdpx", bytes: evil });
    expect(report.status).toBe("refused");
    expect(report.messages.join(" ")).toMatch(/outside|\.\./);
    expect(db.select().from(documents).where(eq(documents.projectId, projectId)).all()).toHaveLength(0);
    expect(db.select().from(auditLog).all()).toHaveLength(auditBefore);
  });
});
