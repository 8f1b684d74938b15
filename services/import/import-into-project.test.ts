import { readFileSync } from "node:fs";
import path from "node:path";
import { and, asc, eq } from "drizzle-orm";
import { unzipSync, zipSync } from "fflate";
import { beforeEach, describe, expect, it } from "vitest";
import { sliceByCodePoints } from "@/lib/offsets/code-points";
import { guidKey } from "@/lib/refi-qda/guid-key";
import { parseQdpx } from "@/lib/refi-qda/parse-qdpx";
import type { RefiCode } from "@/lib/refi-qda/types";
import { schemaErrors } from "@/lib/refi-qda/xmllint.test-support";
import { type Db, openDatabase } from "@/db/client";
import { exportProject } from "@/services/export/export-project";
import { runMigrations } from "@/db/migrate";
import { getCodesByProject } from "@/db/queries/codes";
import { getSetsByProject } from "@/db/queries/sets";
import { insertProjectWithDefaultCodebook, upsertMember } from "@/db/queries/projects";
import { deleteDocument } from "@/db/queries/document-edits";
import { annotations, auditLog, documents, speakers, users } from "@/db/schema";
import { seedDemo } from "@/db/seed/seed-demo";
import { importIntoProject } from "./import-into-project";
import { refiQdaFormatsDir, refiQdaSamplesDir } from "@/lib/refi-qda/shared-formats.test-support";

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
  const { codes, sources, codings, users, cases, sets } = parsed.value;
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
    sets: sets.map((set) => ({
      guid: set.guid,
      name: set.name,
      description: set.description,
      codes: set.codeGuids.map((guid) => names.get(guidKey(guid))).sort(),
      sources: set.sourceGuids.map((guid) => names.get(guidKey(guid))).sort(),
    })),
  };
}

/** A project's sets as a person sees them: name, description, member code names and document titles. */
function setsOf(projectId: number) {
  const codeNames = new Map(getCodesByProject(db, { projectId }).map((code) => [code.id, code.name]));
  const titles = new Map(db.select({ id: documents.id, title: documents.title }).from(documents).where(eq(documents.projectId, projectId)).all().map((row) => [row.id, row.title]));
  return getSetsByProject(db, { projectId }).map((set) => ({
    name: set.name,
    description: set.description,
    codes: set.codeIds.map((id) => codeNames.get(id)).sort(),
    documents: set.documentIds.map((id) => titles.get(id)).sort(),
  }));
}

const concatenated = (chunks: Iterable<string | Uint8Array>) =>
  new Uint8Array(Buffer.concat([...chunks].map((chunk) => (typeof chunk === "string" ? Buffer.from(chunk) : chunk))));

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
    it(`stores ${sample} with every coding on the words the file quotes`, { timeout: 120_000 }, async () => {
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
  it("exports the demo as .qdpx, imports it into a new project and exports the same codes, sources and codings", { timeout: 120_000 }, async () => {
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
    // Each coder of the file is mapped to the same coder here, so their work stays theirs.
    const coderIds = db.select({ id: users.id, login: users.login }).from(users).all().filter((user) => user.login.startsWith("coder"));
    db.transaction((tx) => coderIds.forEach((coder) => upsertMember(tx, { projectId: copyId, userId: coder.id, role: "coder", actorId: null })));
    const userMapping = Object.fromEntries(coderIds.map((coder) => [coder.login, coder.id]));
    const report = await importIntoProject(db, { projectId: copyId, actorId: null, name: "demo.qdpx", bytes, userMapping });
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

describe("REFI-QDA sets", () => {
  const maxqda = "maxqda24-paperthemes-icls-just10";
  const maxqdaBytes = () => readFileSync(path.join(refiQdaSamplesDir, maxqda, `${maxqda}.qdpx`));
  const codebookBytes = () => readFileSync(path.join(refiQdaFormatsDir, "example-codebook.qdc"));

  it("stores MAXQDA's sets with the sources the file puts in them, imports the file again without doubling them, and loses a deleted document until it comes back", { timeout: 120_000 }, async () => {
    // Each of the file's two sets holds the five papers of one conference, whose source names begin with its name.
    const expected = JSON.parse(readFileSync(path.join(refiQdaSamplesDir, maxqda, "expected.json"), "utf8")) as { text_sources: { name: string }[] };
    const papersOf = (conference: string) => expected.text_sources.map((source) => source.name).filter((name) => name.startsWith(`${conference} `)).sort();
    const projectId = newProject("MAXQDA sets");
    const report = await importIntoProject(db, { projectId, actorId: null, name: `${maxqda}.qdpx`, bytes: maxqdaBytes() });
    expect(report.messages).toContain('2 sets came in, with 10 documents and 0 codes as new members: "ICLS 2024", "ICLS 2025".');
    const sets = [
      { name: "ICLS 2024", description: "", codes: [], documents: papersOf("ICLS 2024") },
      { name: "ICLS 2025", description: "", codes: [], documents: papersOf("ICLS 2025") },
    ];
    expect(sets.map((set) => set.documents.length)).toEqual([5, 5]);
    expect(setsOf(projectId)).toEqual(sets);
    type SetAfter = { documentIds: number[] } | { added: { documentIds: number[] } };
    const setAudit = () =>
      db
        .select()
        .from(auditLog)
        .where(eq(auditLog.entity, "set"))
        .orderBy(asc(auditLog.id))
        .all()
        .map((entry) => {
          const after = entry.after as SetAfter;
          return [entry.action, ("added" in after ? after.added : after).documentIds.length];
        });
    expect(setAudit()).toEqual([
      ["create", 5],
      ["create", 5],
    ]);

    const again = await importIntoProject(db, { projectId, actorId: null, name: `${maxqda}.qdpx`, bytes: maxqdaBytes() });
    expect(again.status).toBe("duplicate");
    expect(again.messages).toContain(
      '2 sets came in, with 0 documents and 0 codes as new members: "ICLS 2024", "ICLS 2025". 2 of them were already in the project (same GUID) and only gained new members.',
    );
    expect(setsOf(projectId)).toEqual(sets);
    expect(setAudit()).toHaveLength(2);

    const paper = db.select().from(documents).where(and(eq(documents.projectId, projectId), eq(documents.title, sets[0]!.documents[0]!))).get()!;
    const actorId = db.insert(users).values({ login: "remover", displayName: "Remover", passwordHash: "x" }).returning().get().id;
    db.transaction((tx) => deleteDocument(tx, { document: paper, actorId }));
    expect(setsOf(projectId)[0]!.documents).toEqual(sets[0]!.documents.slice(1));

    // Imported once more, the deleted paper comes back as a new document and rejoins its set.
    const restored = await importIntoProject(db, { projectId, actorId: null, name: `${maxqda}.qdpx`, bytes: maxqdaBytes() });
    expect(restored.messages.find((message) => message.includes("sets came in"))).toMatch(/^2 sets came in, with 1 document and 0 codes as new members: .* 2 of them were already/);
    expect(setsOf(projectId)).toEqual(sets);
    expect(setAudit()).toEqual([
      ["create", 5],
      ["create", 5],
      ["update", 1],
    ]);
  });

  it("stores the code sets of an ATLAS.ti project and names the sets whose sources could not come in", async () => {
    const atlas = "atlasti8mac-skyloom-standard-project";
    const projectId = newProject("ATLAS.ti sets");
    const report = await importIntoProject(db, { projectId, actorId: null, name: `${atlas}.qde`, bytes: readFileSync(path.join(refiQdaSamplesDir, atlas, `${atlas}.qde`)) });
    expect(report.messages).toContain(
      "23 set members that were a note, or a code or source not imported, were left out of 11 sets: " +
        '"Mabel", "gender: male", "Simon", "Text files", "gender: female" and 6 more.',
    );
    const sets = setsOf(projectId);
    expect(sets).toHaveLength(16);
    expect(sets.find((set) => set.name === "negative feelings")).toEqual({ name: "negative feelings", description: "", codes: ['"rushed"', "disgust", "sleepy", "waste of time"], documents: [] });
    expect(sets.find((set) => set.name === "Text files")?.documents).toEqual([]);
  });

  it("takes a .qdc's code sets in and writes them out again in a valid codebook that imports back the same", async () => {
    const projectId = newProject("Codebook sets");
    const report = await importIntoProject(db, { projectId, actorId: null, name: "example-codebook.qdc", bytes: codebookBytes() });
    expect(report.messages).toContain('1 set came in, with 0 documents and 2 codes as new members: "Economic themes".');
    const sets = [{ name: "Economic themes", description: "", codes: ["Housing costs", "Work"], documents: [] }];
    expect(setsOf(projectId)).toEqual(sets);

    const exported = exportProject(db, { projectId, format: "qdc", layer: "coders" });
    if (!exported.ok) throw new Error(exported.error);
    const qdc = concatenated(exported.file.chunks);
    expect(schemaErrors(qdc, "Codebook.xsd")).toBe("");
    expect(new TextDecoder().decode(qdc)).toContain('<Set guid="deed5fc7-8c2b-4e40-a4f3-991f3fe0cc3c" name="Economic themes">');
    const copyId = newProject("Codebook sets, copy");
    await importIntoProject(db, { projectId: copyId, actorId: null, name: "copy.qdc", bytes: qdc });
    expect(setsOf(copyId)).toEqual(sets);
  });

  it("exports a project's document and code sets in a valid .qdpx that imports back with the same sets and GUIDs", { timeout: 120_000 }, async () => {
    const projectId = newProject("Sets out and back");
    await importIntoProject(db, { projectId, actorId: null, name: `${maxqda}.qdpx`, bytes: maxqdaBytes() });
    await importIntoProject(db, { projectId, actorId: null, name: "example-codebook.qdc", bytes: codebookBytes() });
    const original = setsOf(projectId);
    expect(original.map((set) => [set.name, set.documents.length, set.codes.length])).toEqual([
      ["ICLS 2024", 5, 0],
      ["ICLS 2025", 5, 0],
      ["Economic themes", 0, 2],
    ]);

    const first = exportProject(db, { projectId, format: "qdpx", layer: "coders" });
    if (!first.ok) throw new Error(first.error);
    const bytes = concatenated(first.file.chunks);
    expect(schemaErrors(unzipSync(bytes)["project.qde"]!, "Project.xsd")).toBe("");
    expect(carried(bytes).sets.map((set) => set.guid)).toEqual(["45FE4439-9BF4-47FC-AFAF-D87305293172", "FEEDCF5C-1D45-4CE1-B551-586A9CD14F09", "deed5fc7-8c2b-4e40-a4f3-991f3fe0cc3c"]);

    const copyId = newProject("Sets out and back, copy");
    const report = await importIntoProject(db, { projectId: copyId, actorId: null, name: "copy.qdpx", bytes });
    expect(report.messages).toContain('3 sets came in, with 10 documents and 2 codes as new members: "ICLS 2024", "ICLS 2025", "Economic themes".');
    expect(setsOf(copyId)).toEqual(original);
    const again = exportProject(db, { projectId: copyId, format: "qdpx", layer: "coders" });
    if (!again.ok) throw new Error(again.error);
    expect(carried(concatenated(again.file.chunks)).sets).toEqual(carried(bytes).sets);
  });
});
