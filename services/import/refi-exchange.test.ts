import { and, asc, eq, isNull } from "drizzle-orm";
import { unzipSync } from "fflate";
import { beforeEach, describe, expect, it } from "vitest";
import { writeQdpx } from "@/lib/refi-qda/write-qdpx";
import type { RefiProject } from "@/lib/refi-qda/types";
import { schemaErrors } from "@/lib/refi-qda/xmllint.test-support";
import { type Db, openDatabase } from "@/db/client";
import { runMigrations } from "@/db/migrate";
import { getCodesByProject } from "@/db/queries/codes";
import { getMembership, insertProject, upsertMember } from "@/db/queries/projects";
import { getUserByLogin, insertUser } from "@/db/queries/users";
import { annotations, assignments, auditLog, codes, consensusAnnotations, documents, projects, speakers, users } from "@/db/schema";
import { seedDemo } from "@/db/seed/seed-demo";
import { exportProject } from "@/services/export/export-project";
import { importIntoProject } from "./import-into-project";

let db: Db;
beforeEach(() => {
  db = openDatabase(":memory:");
  runMigrations(db);
});

const emptyProject = (name: string) => db.transaction((tx) => insertProject(tx, { name, description: "", actorId: null }).id);
const bytesOf = (chunks: Iterable<string | Uint8Array>) => new Uint8Array(Buffer.concat([...chunks].map((chunk) => (typeof chunk === "string" ? Buffer.from(chunk) : chunk))));
function exported(projectId: number, layer: "coders" | "consensus"): Uint8Array {
  const result = exportProject(db, { projectId, format: "qdpx", layer });
  if (!result.ok) throw new Error(result.error);
  const bytes = bytesOf(result.file.chunks);
  expect(schemaErrors(unzipSync(bytes)["project.qde"]!, "Project.xsd")).toBe("");
  return bytes;
}
function qdpx(project: RefiProject): Uint8Array {
  const written = writeQdpx(project);
  if (!written.ok) throw new Error(written.error.message);
  return bytesOf(written.value);
}
const join = (tx: Db, userLogins: string[], projectId: number, role: "coder" | "supervisor") =>
  tx.transaction((t) => userLogins.forEach((login) => upsertMember(t, { projectId, userId: getUserByLogin(t, { login })!.id, role, actorId: null })));

/** Every field the app holds of a project, by names rather than ids: what a lossless round trip must keep. */
function held(projectId: number) {
  const codebook = getCodesByProject(db, { projectId });
  const codeName = new Map(codebook.map((code) => [code.id, code.name]));
  const path = (id: number | null): string => {
    const code = codebook.find((candidate) => candidate.id === id);
    return code === undefined ? "" : `${path(code.parentId)}/${code.name}`;
  };
  const docs = db.select().from(documents).where(eq(documents.projectId, projectId)).orderBy(asc(documents.title)).all();
  const title = new Map(docs.map((doc) => [doc.id, doc.title]));
  const mine = (documentId: number) => title.has(documentId);
  return {
    description: db.select().from(projects).where(eq(projects.id, projectId)).get()!.description,
    // Sibling order is the codebook's order; positions across parents are not (an export nests children in parents).
    codes: [...codebook].sort((a, b) => path(a.parentId).localeCompare(path(b.parentId))).map(({ name, label, definition, inclusion, exclusion, example, color, shortcut, isGroup, guid, parentId }) => ({ path: path(parentId), name, label, definition, inclusion, exclusion, example, color, shortcut, isGroup, guid })),
    documents: docs.map(({ title: t, text, notes, language, direction, statementDate, sourceName, sourceUrl }) => ({ t, text, notes, language, direction, statementDate, sourceName, sourceUrl })),
    speakers: db.select({ alias: speakers.alias, country: speakers.country, region: speakers.region, gender: speakers.gender, defectionDate: speakers.defectionDate, notes: speakers.notes }).from(speakers).where(eq(speakers.projectId, projectId)).orderBy(asc(speakers.alias)).all(),
    annotations: db.select({ a: annotations, login: users.login }).from(annotations).innerJoin(users, eq(users.id, annotations.coderId)).all().filter((row) => mine(row.a.documentId))
      .map(({ a, login }) => `${title.get(a.documentId)}|${login}|${codeName.get(a.codeId)}|${a.start}|${a.end}|${a.quote}|${a.memo}`).sort(),
    consensus: db.select().from(consensusAnnotations).all().filter((row) => mine(row.documentId))
      .map((c) => `${title.get(c.documentId)}|${codeName.get(c.codeId)}|${c.start}|${c.end}|${c.quote}|${c.memo}`).sort(),
  };
}

/** The demo with a memo on an annotation, notes on a document and a speaker, code fields, a group and a consensus passage. */
async function richDemo() {
  await seedDemo(db);
  const projectId = db.select().from(projects).get()!.id;
  const first = db.select().from(annotations).orderBy(asc(annotations.id)).get()!;
  db.update(annotations).set({ memo: "Coder's memo:\n\nsecond <paragraph> & 🙂" }).where(eq(annotations.id, first.id)).run();
  db.update(documents).set({ notes: "Document note" }).where(eq(documents.id, first.documentId)).run();
  db.update(speakers).set({ notes: "Speaker note" }).where(eq(speakers.projectId, projectId)).run();
  const code = getCodesByProject(db, { projectId })[0]!;
  db.update(codes).set({ inclusion: "Include this", exclusion: "Not that", example: "\"For example\"", label: "Lbl", shortcut: "7" }).where(eq(codes.id, code.id)).run();
  const group = db.insert(codes).values({ projectId, name: "Group", label: "Group", color: "#123456", position: 99, isGroup: true }).returning().get();
  db.update(codes).set({ parentId: group.id }).where(eq(codes.id, getCodesByProject(db, { projectId })[1]!.id)).run();
  const supervisorId = getUserByLogin(db, { login: "supervisor" })!.id;
  db.insert(consensusAnnotations).values({ documentId: first.documentId, codeId: first.codeId, start: first.start, end: first.end, quote: first.quote, memo: "Agreed", createdById: supervisorId }).run();
  return { projectId, supervisorId };
}

describe("REFI-QDA exchange, ours to ours", () => {
  it("keeps every field through our .qdpx: code fields and GUIDs, memos, notes, speakers, each coder's work as theirs", { timeout: 180_000 }, async () => {
    const { projectId } = await richDemo();
    const coders = exported(projectId, "coders");
    const copyId = emptyProject("Copy");
    join(db, ["coder1", "coder2", "coder3"], copyId, "coder");
    const userMapping = Object.fromEntries(["coder1", "coder2", "coder3"].map((login) => [login, getUserByLogin(db, { login })!.id]));
    const report = await importIntoProject(db, { projectId: copyId, actorId: null, name: "demo.qdpx", bytes: coders, userMapping });
    expect(report.status).toBe("imported");
    const original = held(projectId);
    const copy = held(copyId);
    // Every code got a GUID on export, so they differ from the original's nulls only there.
    expect(copy.codes).toEqual(original.codes.map((code, i) => ({ ...code, guid: copy.codes[i]!.guid })));
    expect({ ...copy, codes: null, consensus: null }).toEqual({ ...original, codes: null, consensus: null });

    // A second export of the copy writes the same codes, and the stored GUIDs: a third project gets them too.
    const again = exported(copyId, "coders");
    const thirdId = emptyProject("Third");
    join(db, ["coder1", "coder2", "coder3"], thirdId, "coder");
    await importIntoProject(db, { projectId: thirdId, actorId: null, name: "copy.qdpx", bytes: again, userMapping });
    expect(held(thirdId)).toEqual({ ...copy, description: copy.description });
  });

  it("brings the consensus layer back as the consensus layer, not as an account's work", { timeout: 120_000 }, async () => {
    const { projectId } = await richDemo();
    const consensus = exported(projectId, "consensus");
    const copyId = emptyProject("Consensus copy");
    const supervisor = getUserByLogin(db, { login: "supervisor" })!;
    const report = await importIntoProject(db, { projectId: copyId, actorId: supervisor.id, name: "consensus.qdpx", bytes: consensus });
    expect(report.messages[0]).toMatch(/1 consensus coding\b/);
    expect(held(copyId).consensus).toEqual(held(projectId).consensus);
    expect(held(copyId).annotations).toEqual([]);
    expect(db.select().from(users).where(eq(users.login, "consensus")).all()).toEqual([]);
  });
});

const G = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, "0")}`;
/** Two sources of one text, and two codes named "Fear" under two parents, each with its own coding. */
function twinFile(users: RefiProject["users"] = [{ guid: G(90), name: "supervisor" }]): RefiProject {
  const text = "We left because of fear.";
  const fear = (guid: number) => ({ guid: G(guid), name: "Fear", isCodable: true, children: [] });
  return {
    name: "Twins",
    users,
    codes: [
      { guid: G(1), name: "Reasons", isCodable: false, children: [fear(2)] },
      { guid: G(3), name: "Feelings", isCodable: true, children: [fear(4)] },
    ],
    variables: [],
    cases: [],
    sources: [
      { guid: G(10), name: "Interview A", text },
      { guid: G(11), name: "Interview B", text },
    ],
    codings: [
      { guid: G(20), sourceGuid: G(10), codeGuid: G(2), start: 19, end: 23, quote: "fear", userGuid: users[0]?.guid ?? null },
      { guid: G(21), sourceGuid: G(11), codeGuid: G(4), start: 19, end: 23, quote: "fear", userGuid: users[0]?.guid ?? null },
    ],
    sets: [],
  };
}

describe("REFI-QDA import of codes, sources and users", () => {
  it("keeps two sources of the same text apart and two codes of one name under two parents apart, each coding on its own", async () => {
    const projectId = emptyProject("Twins");
    const report = await importIntoProject(db, { projectId, actorId: null, name: "twins.qdpx", bytes: qdpx(twinFile()) });
    expect(report).toMatchObject({ status: "imported", imported: 2, duplicates: [] });
    const codebook = getCodesByProject(db, { projectId });
    expect(codebook.map((code) => [code.name, code.guid, code.isGroup])).toEqual([
      ["Reasons", G(1), true],
      ["Fear", G(2), false],
      ["Feelings", G(3), false],
      ["Fear", G(4), false],
    ]);
    const placed = db.select({ code: codes.guid, title: documents.title }).from(annotations).innerJoin(codes, eq(codes.id, annotations.codeId)).innerJoin(documents, eq(documents.id, annotations.documentId)).all();
    expect(placed.sort((a, b) => a.title.localeCompare(b.title))).toEqual([
      { code: G(2), title: "Interview A" },
      { code: G(4), title: "Interview B" },
    ]);

    // Again: the codes are found by GUID, the texts are the project's already, and the report names the matches.
    const again = await importIntoProject(db, { projectId, actorId: null, name: "twins.qdpx", bytes: qdpx(twinFile()) });
    expect(again).toMatchObject({ status: "duplicate", imported: 0, duplicates: ["Interview A", "Interview B"] });
    expect(again.messages).toContain("0 new codes, 4 already in the project (same GUID), 0 taken as the project's codes of the same name and place.");
    expect(again.messages.join("\n")).toContain('"Interview A = Interview A", "Interview B = Interview A"');
    expect(getCodesByProject(db, { projectId })).toHaveLength(4);
  });

  it("never gives a file's user an existing account by name, nor changes a member's role; a mapped user's work goes to the chosen coder", async () => {
    const projectId = emptyProject("Users");
    const supervisor = db.transaction((tx) => insertUser(tx, { login: "supervisor", displayName: "Sup", passwordHash: "x", role: "member" }));
    const coder = db.transaction((tx) => insertUser(tx, { login: "coder1", displayName: "Coder", passwordHash: "x", role: "member" }));
    join(db, ["supervisor"], projectId, "supervisor");
    join(db, ["coder1"], projectId, "coder");

    const report = await importIntoProject(db, { projectId, actorId: supervisor.id, name: "twins.qdpx", bytes: qdpx(twinFile()), assignTo: [coder.id] });
    expect(getMembership(db, { projectId, userId: supervisor.id })?.role).toBe("supervisor");
    expect(db.select().from(annotations).where(eq(annotations.coderId, supervisor.id)).all()).toEqual([]);
    const made = db.select().from(users).where(eq(users.login, "supervisor-testimony-coder")).get()!;
    expect(made).toMatchObject({ displayName: "supervisor (Testimony Coder)", disabled: true, role: "member" });
    expect(getMembership(db, { projectId, userId: made.id })?.role).toBe("coder");
    expect(report.messages.join("\n")).toContain("supervisor (Testimony Coder): supervisor-testimony-coder");
    // "Assign to" applies to a REFI-QDA file too.
    expect(db.select().from(assignments).where(and(eq(assignments.coderId, coder.id), eq(assignments.status, "assigned"))).all()).toHaveLength(2);

    // Every annotation and assignment the import wrote is audited with its batch.
    const batchOf = (entity: "annotation" | "assignment") =>
      db.select().from(auditLog).where(eq(auditLog.entity, entity)).all().map((row) => (row.after as { importBatchId?: number }).importBatchId);
    expect(batchOf("annotation")).toEqual([expect.any(Number), expect.any(Number)]);
    expect(batchOf("assignment")).toHaveLength(4);
    expect(batchOf("assignment").every((id) => id === batchOf("annotation")[0])).toBe(true);

    const otherId = emptyProject("Mapped");
    join(db, ["coder1"], otherId, "coder");
    const refused = await importIntoProject(db, { projectId: otherId, actorId: null, name: "twins.qdpx", bytes: qdpx(twinFile()), userMapping: { supervisor: supervisor.id } });
    expect(refused).toMatchObject({ status: "refused", messages: ['twins.qdpx: The file\'s user "supervisor" can be mapped only to a coder of the project.'] });
    await importIntoProject(db, { projectId: otherId, actorId: null, name: "twins.qdpx", bytes: qdpx(twinFile()), userMapping: { supervisor: coder.id } });
    const docIds = db.select({ id: documents.id }).from(documents).where(eq(documents.projectId, otherId)).all().map((row) => row.id);
    expect(db.select().from(annotations).where(eq(annotations.coderId, coder.id)).all().filter((row) => docIds.includes(row.documentId))).toHaveLength(2);
    expect(db.select().from(users).where(isNull(users.id)).all()).toEqual([]);
  });
});

describe("REFI-QDA memos from other tools", () => {
  it("brings passage comments, coding, source and project notes and case descriptions in as memos, and names the notes it could not place", async () => {
    const xml = `<?xml version="1.0" encoding="utf-8"?>
<Project xmlns="urn:QDA-XML:project:1.0" name="Memos" origin="ATLAS.ti 23">
  <Users><User guid="${G(90)}" name="Ana"/></Users>
  <CodeBook><Codes><Code guid="${G(1)}" name="Fear" isCodable="true"><Description>Being afraid.</Description></Code></Codes></CodeBook>
  <Cases><Case guid="${G(5)}" name="Speaker A"><Description>Met in 2019.</Description><SourceRef targetGUID="${G(10)}"/></Case></Cases>
  <Sources>
    <TextSource guid="${G(10)}" name="Interview"><Description>Recorded twice.</Description><PlainTextContent>We left because of fear.</PlainTextContent>
      <PlainTextSelection guid="${G(30)}" name="fear" startPosition="19" endPosition="23"><Description>Comment on the passage</Description>
        <Coding guid="${G(20)}" creatingUser="${G(90)}"><CodeRef targetGUID="${G(1)}"/><NoteRef targetGUID="${G(40)}"/></Coding></PlainTextSelection>
      <NoteRef targetGUID="${G(41)}"/>
    </TextSource>
    <PictureSource guid="${G(12)}" name="photo.jpg" path="relative:///photo.jpg"><NoteRef targetGUID="${G(43)}"/></PictureSource>
  </Sources>
  <Notes>
    <Note guid="${G(40)}" name="Coding memo"><PlainTextContent>Ana's memo</PlainTextContent></Note>
    <Note guid="${G(41)}" name="Source memo"><PlainTextContent>Source memo text</PlainTextContent></Note>
    <Note guid="${G(42)}" name="Research plan"><PlainTextContent>Plan text</PlainTextContent></Note>
    <Note guid="${G(43)}" name="Photo memo"><PlainTextContent>About the photo</PlainTextContent></Note>
  </Notes>
  <Description>About the project.</Description>
</Project>`;
    const projectId = emptyProject("Memos");
    const report = await importIntoProject(db, { projectId, actorId: null, name: "memos.qde", bytes: new TextEncoder().encode(xml) });
    expect(report.status).toBe("imported");
    expect(db.select({ memo: annotations.memo }).from(annotations).all()).toEqual([{ memo: "Ana's memo\n\nComment on the passage" }]);
    expect(db.select({ notes: documents.notes }).from(documents).all()).toEqual([{ notes: "Recorded twice.\n\nSource memo text" }]);
    expect(db.select({ notes: speakers.notes }).from(speakers).all()).toEqual([{ notes: "Met in 2019." }]);
    expect(db.select().from(projects).where(eq(projects.id, projectId)).get()!.description).toBe("About the project.\n\nResearch plan: Plan text");
    expect(getCodesByProject(db, { projectId })[0]!.definition).toBe("Being afraid.");
    expect(report.messages).toContain('1 note (memo) was not imported, as what it belongs to was not imported (a link, or a passage or source not imported): "Photo memo".');
    expect(report.messages.join("\n")).toContain("Ana (ATLAS.ti 23): ana-atlas.ti-23");
  });
});
