import { eq, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { buildFtsQuery } from "@/lib/analysis/build-fts-query";
import { searchLines } from "@/lib/analysis/search-lines";
import { type Db, openDatabase } from "../client";
import { runMigrations } from "../migrate";
import { documents } from "../schema";
import { insertDocument } from "./documents";
import { insertProjectWithDefaultCodebook } from "./projects";
import { getAllSearchHits, searchStatements } from "./search";

let db: Db;
let projectId: number;
let vowelled: number;
let fused: number;

const VOWELLED = "😔 جئنا لنقاتل النِّظامَ، لكنهم أرسلونا ضد الفصائل.";
const PLAIN = "قال إنه جاء ليقاتل النظام في حلب.";
// Real phrasing of the kind defectors use: hamza forms, teh marbuta, and words fused to و, ب and لل.
const FUSED = "شاهدتُ إعدامَ الأسرى في المدينة، وبالنظام كانوا يبررون كل شيء للدولة.";

function match(query: string): string {
  const built = buildFtsQuery(query);
  if (!built.ok) throw new Error(built.error);
  return built.value;
}

beforeAll(() => {
  db = openDatabase(":memory:");
  runMigrations(db);
  db.transaction((tx) => {
    projectId = insertProjectWithDefaultCodebook(tx, { name: "Search", description: "", actorId: null }).id;
    const add = (title: string, text: string) =>
      insertDocument(tx, { actorId: null, values: { projectId, title, text, contentHash: title, length: [...text].length } }).id;
    vowelled = add("vowelled", VOWELLED);
    add("plain", PLAIN);
    fused = add("fused", FUSED);
  });
});

describe("searchStatements", () => {
  it("finds an Arabic word written with or without its vowels, at its code points in the stored text", () => {
    for (const query of ["النظام", "النِّظامَ"]) {
      const found = searchStatements(db, { projectId, match: match(query), limit: 10, statementIds: null });
      // Both statements with the word, and the one where it is fused to و and ب.
      expect(found.total).toBe(3);
      const line = searchLines(found.rows).find((candidate) => candidate.documentId === vowelled)!;
      // The emoji is one code point: the word is code points 14 to 23, its shadda and vowels included.
      expect(line).toMatchObject({ start: 14, end: 23, hit: "النِّظامَ", before: "😔 جئنا لنقاتل " });
    }
  });

  it("finds letter variants and words behind fused prefixes, at the stored word's code points", () => {
    const hitIn = (query: string) => {
      const found = searchStatements(db, { projectId, match: match(query), limit: 10, statementIds: [fused] });
      return searchLines(found.rows).map((line) => line.hit);
    };
    expect(hitIn("اعدام")).toEqual(["إعدامَ"]);
    expect(hitIn("اسري")).toEqual(["الأسرى"]);
    expect(hitIn("مدينه")).toEqual(["المدينة"]);
    expect(hitIn("النظام")).toEqual(["وبالنظام"]);
    expect(hitIn("دولة")).toEqual(["للدولة"]);
    const line = searchLines(searchStatements(db, { projectId, match: match("اعدام"), limit: 10, statementIds: [fused] }).rows)[0]!;
    expect([...FUSED].slice(line.start, line.end).join("")).toBe("إعدامَ");
  });

  it("follows edits and deletions of the statements", () => {
    db.update(documents).set({ text: "نص جديد بلا كلمة البحث" }).where(eq(documents.id, vowelled)).run();
    expect(searchStatements(db, { projectId, match: match("النظام"), limit: 10, statementIds: null }).total).toBe(2);
    expect(getAllSearchHits(db, { projectId, match: match("جديد"), statementIds: null }).map((hit) => hit.id)).toEqual([vowelled]);
    db.delete(documents).where(eq(documents.id, vowelled)).run();
    expect(getAllSearchHits(db, { projectId, match: match("جديد"), statementIds: null })).toEqual([]);
    // FTS5 checks its index against the content it is built from (the folded view) and throws when they differ.
    expect(() => db.run(sql`INSERT INTO documents_fts(documents_fts) VALUES ('integrity-check')`)).not.toThrow();
  });
});
