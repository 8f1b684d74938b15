import { and, eq, inArray } from "drizzle-orm";
import { unzipSync } from "fflate";
import { beforeAll, describe, expect, it } from "vitest";
import { type Db, openDatabase } from "@/db/client";
import { runMigrations } from "@/db/migrate";
import { getProjectByName } from "@/db/queries/projects";
import { getUserByLogin } from "@/db/queries/users";
import { schemaErrors } from "@/lib/refi-qda/xmllint.test-support";
import { getCodesByProject } from "@/db/queries/codes";
import { annotations, assignments, consensusAnnotations, documents, setCodes, setDocuments, sets, speakers } from "@/db/schema";
import { DEMO_PROJECT_NAME, seedDemo } from "@/db/seed/seed-demo";
import { type ExportFormat, exportProject } from "./export-project";
import type { ExportFilter, ExportLayer } from "@/db/export/load-export-data";

let db: Db;
let projectId: number;

type Line = { document_id: string; speaker: { country: string | null; gender: string | null } | null; coder: string; quote: string };

function exported(format: ExportFormat, layer: ExportLayer, filter: ExportFilter = {}): Uint8Array {
  const result = exportProject(db, { projectId, format, layer, filter });
  if (!result.ok) throw new Error(result.error);
  const encoder = new TextEncoder();
  return new Uint8Array(Buffer.concat([...result.file.chunks].map((chunk) => (typeof chunk === "string" ? encoder.encode(chunk) : chunk))));
}

const lines = (layer: ExportLayer, filter: ExportFilter = {}): Line[] =>
  new TextDecoder().decode(exported("jsonl", layer, filter)).trim().split("\n").filter(Boolean).map((line) => JSON.parse(line) as Line);

const documentIdsWhere = (column: typeof speakers.country | typeof speakers.gender, value: string) =>
  db
    .select({ id: documents.id })
    .from(documents)
    .innerJoin(speakers, eq(speakers.id, documents.speakerId))
    .where(eq(column, value))
    .all()
    .map((row) => String(row.id));

beforeAll(async () => {
  db = openDatabase(":memory:");
  runMigrations(db);
  await seedDemo(db);
  projectId = getProjectByName(db, { name: DEMO_PROJECT_NAME })!.id;
  // Two consensus spans, copied from coders' annotations of two documents.
  const supervisor = getUserByLogin(db, { login: "supervisor" })!.id;
  const sources = db.select().from(annotations).all().filter((row, index, all) => all.findIndex((other) => other.documentId === row.documentId) === index).slice(0, 2);
  for (const source of sources) {
    db.insert(consensusAnnotations)
      .values({ documentId: source.documentId, codeId: source.codeId, start: source.start, end: source.end, quote: source.quote, createdById: supervisor })
      .run();
  }
});

describe("exportProject coders layer", () => {
  it("holds the annotations of submitted assignments only, as the API shows supervisors", () => {
    const reopened = db.select().from(assignments).where(eq(assignments.status, "submitted")).get()!;
    db.update(assignments).set({ status: "in_progress" }).where(eq(assignments.id, reopened.id)).run();
    const statusOf = db
      .select({ status: assignments.status })
      .from(annotations)
      .innerJoin(assignments, and(eq(assignments.documentId, annotations.documentId), eq(assignments.coderId, annotations.coderId)))
      .all();
    const submitted = statusOf.filter((row) => row.status === "submitted").length;
    expect(statusOf.length - submitted).toBeGreaterThan(0);
    expect(lines("coders")).toHaveLength(submitted);
    db.update(assignments).set({ status: "submitted" }).where(eq(assignments.id, reopened.id)).run();
  });
});

describe("exportProject filters", () => {
  it("exports only the documents of speakers with the chosen country, or gender", () => {
    const all = lines("coders");
    const syrian = lines("coders", { country: "Syria" });
    expect(syrian.length).toBeGreaterThan(0);
    expect(syrian.length).toBeLessThan(all.length);
    expect(new Set(syrian.map((line) => line.document_id))).toEqual(new Set(all.filter((line) => line.speaker?.country === "Syria").map((line) => line.document_id)));
    expect(documentIdsWhere(speakers.country, "Syria")).toEqual(expect.arrayContaining([...new Set(syrian.map((line) => line.document_id))]));
    const women = lines("coders", { gender: "female" });
    expect(women.length).toBeGreaterThan(0);
    expect(women.every((line) => line.speaker?.gender === "female")).toBe(true);
    expect(lines("coders", { country: "Syria", gender: "female" }).every((line) => line.speaker?.country === "Syria" && line.speaker.gender === "female")).toBe(true);
  });

  it("exports only the documents with an assignment in the chosen status", () => {
    const submitted = new Set(
      db
        .select({ id: assignments.documentId })
        .from(assignments)
        .where(eq(assignments.status, "submitted"))
        .all()
        .map((row) => String(row.id)),
    );
    const json = JSON.parse(new TextDecoder().decode(exported("json", "coders", { status: "submitted" }))) as { documents: { id: string }[] };
    expect(json.documents.length).toBe(submitted.size);
    expect(json.documents.every((document) => submitted.has(document.id))).toBe(true);
    const assigned = JSON.parse(new TextDecoder().decode(exported("json", "coders", { status: "assigned" }))) as { documents: { id: string }[] };
    expect(assigned.documents.map((document) => document.id)).not.toEqual(json.documents.map((document) => document.id));
  });

  it("exports the consensus layer alone when asked, as the coder 'consensus'", () => {
    const consensus = lines("consensus");
    expect(consensus).toHaveLength(2);
    expect(consensus.every((line) => line.coder === "consensus")).toBe(true);
    expect(lines("coders").some((line) => line.coder === "consensus")).toBe(false);
  });

  it("writes a filtered .qdpx holding only the chosen speakers' sources and their codings", () => {
    const iraqi = documentIdsWhere(speakers.country, "Iraq");
    const titles = db
      .select({ title: documents.title })
      .from(documents)
      .where(inArray(documents.id, iraqi.map(Number)))
      .all()
      .map((row) => row.title);
    const files = unzipSync(exported("qdpx", "coders", { country: "Iraq" }));
    const xml = new TextDecoder().decode(files["project.qde"]);
    const sourceNames = [...xml.matchAll(/<TextSource [^>]*name="([^"]*)"/g)].map((match) => match[1]);
    expect(sourceNames.sort()).toEqual(titles.sort());
    expect(Object.keys(files).filter((name) => name.startsWith("sources/"))).toHaveLength(iraqi.length);
    expect((xml.match(/<Coding /g) ?? []).length).toBe(lines("coders", { country: "Iraq" }).length);
  });
});

describe("exportProject sets", () => {
  let iraqi: number;
  let syrian: number;
  let codeId: number;
  beforeAll(() => {
    iraqi = Number(documentIdsWhere(speakers.country, "Iraq")[0]);
    syrian = Number(documentIdsWhere(speakers.country, "Syria")[0]);
    codeId = getCodesByProject(db, { projectId })[0]!.id;
    const mixed = db.insert(sets).values({ projectId, name: "Mixed", description: "One Iraqi and one Syrian statement, one narrative." }).returning().get();
    db.insert(setDocuments).values([{ setId: mixed.id, documentId: iraqi }, { setId: mixed.id, documentId: syrian }]).run();
    db.insert(setCodes).values({ setId: mixed.id, codeId }).run();
    const documentsOnly = db.insert(sets).values({ projectId, name: "Documents only" }).returning().get();
    db.insert(setDocuments).values({ setId: documentsOnly.id, documentId: syrian }).run();
  });

  it("writes each set into a filtered .qdpx with only the exported documents among its members, valid against Project.xsd", () => {
    const qde = unzipSync(exported("qdpx", "coders", { country: "Iraq" }))["project.qde"]!;
    expect(schemaErrors(qde, "Project.xsd")).toBe("");
    const xml = new TextDecoder().decode(qde);
    const mixed = /<Set [^>]*name="Mixed">([\s\S]*?)<\/Set>/.exec(xml)?.[1] ?? "";
    expect(mixed).toContain("<Description>One Iraqi and one Syrian statement, one narrative.</Description>");
    expect(mixed.match(/<MemberSource /g)).toHaveLength(1);
    expect(mixed.match(/<MemberCode /g)).toHaveLength(1);
    const sourceGuid = new RegExp(`<TextSource guid="([^"]+)"[^>]*name="${db.select().from(documents).where(eq(documents.id, iraqi)).get()!.title}"`).exec(xml)?.[1];
    expect(mixed).toContain(`<MemberSource targetGUID="${sourceGuid}"/>`);
    expect(/<Set [^>]*name="Documents only">\s*<\/Set>/.test(xml)).toBe(true);
  });

  it("lists the sets in the JSON export, with the codes and the exported documents they hold", () => {
    const json = JSON.parse(new TextDecoder().decode(exported("json", "coders", { country: "Iraq" }))) as { sets: unknown[] };
    expect(json.sets).toEqual([
      { id: expect.any(Number), name: "Mixed", description: "One Iraqi and one Syrian statement, one narrative.", guid: null, codeIds: [codeId], documentIds: [String(iraqi)] },
      { id: expect.any(Number), name: "Documents only", description: "", guid: null, codeIds: [], documentIds: [] },
    ]);
  });

  it("writes only the sets holding codes into the .qdc codebook, valid against Codebook.xsd", () => {
    const qdc = exported("qdc", "coders");
    expect(schemaErrors(qdc, "Codebook.xsd")).toBe("");
    const xml = new TextDecoder().decode(qdc);
    expect(xml).toContain('name="Mixed"');
    expect(xml).not.toContain("Documents only");
  });
});
