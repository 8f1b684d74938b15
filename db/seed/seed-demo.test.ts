import { beforeAll, describe, expect, it } from "vitest";
import { type Db, openDatabase } from "../client";
import { runMigrations } from "../migrate";
import { sliceByCodePoints } from "@/lib/offsets/code-points";
import { annotations, assignments, auditLog, codes, documents, speakers, users } from "../schema";
import { seedDemo } from "./seed-demo";

let db: Db;

beforeAll(async () => {
  db = openDatabase(":memory:");
  runMigrations(db);
  expect(await seedDemo(db)).toBe("seeded");
});

describe("seedDemo", () => {
  it("gives the demo project the four narratives on keys 1 to 4, each with definition, criteria and example", () => {
    const rows = db.select().from(codes).orderBy(codes.position).all();
    expect(rows.map((code) => code.shortcut)).toEqual(["1", "2", "3", "4"]);
    for (const code of rows) {
      for (const field of [code.definition, code.inclusion, code.exclusion, code.example]) expect(field.length).toBeGreaterThan(20);
    }
  });

  it("writes at least 12 fictional statements, one in Arabic stored right to left", () => {
    const rows = db.select().from(documents).all();
    expect(rows.length).toBeGreaterThanOrEqual(12);
    expect(rows.every((document) => document.notes.includes("Fictional"))).toBe(true);
    expect(rows.some((document) => document.language === "ar" && document.direction === "rtl")).toBe(true);
  });

  it("covers every region of origin, unknown included, both genders and defections in 2014 and 2015", () => {
    const rows = db.select().from(speakers).all();
    expect(new Set(rows.map((speaker) => speaker.region))).toEqual(
      new Set(["Syria", "Other Middle East", "Western Europe and Australia", "Central, South and Southeast Asia", "Turkey", null]),
    );
    expect(new Set(rows.map((speaker) => speaker.gender))).toContain("female");
    expect(new Set(rows.map((speaker) => speaker.gender))).toContain("male");
    expect(rows.every((speaker) => /^201[45]-/.test(speaker.defectionDate ?? ""))).toBe(true);
  });

  it("assigns every demo statement to each of the three coders", () => {
    const documentCount = db.select().from(documents).all().length;
    expect(db.select().from(assignments).all()).toHaveLength(documentCount * 3);
  });

  it("codes six statements by all three coders, submitted, with each quote equal to the text it spans", () => {
    const submitted = db.select().from(assignments).all().filter((assignment) => assignment.status === "submitted");
    expect(submitted).toHaveLength(6 * 3);
    const texts = new Map(db.select().from(documents).all().map((document) => [document.id, document.text]));
    const rows = db.select().from(annotations).all();
    expect(rows.length).toBeGreaterThan(30);
    for (const row of rows) expect(sliceByCodePoints(texts.get(row.documentId)!, row.start, row.end)).toBe(row.quote);
  });

  it("does nothing on a database that has users already", async () => {
    const before = db.select().from(users).all().length;
    expect(await seedDemo(db)).toBe("not empty");
    expect(db.select().from(users).all()).toHaveLength(before);
  });
});

describe("audit log", () => {
  it("records the seeded documents and refuses to be rewritten or deleted", () => {
    expect(db.select().from(auditLog).all().filter((entry) => entry.entity === "document").length).toBeGreaterThanOrEqual(12);
    expect(() => db.$client.exec("update audit_log set action = 'delete'")).toThrow("audit_log is append-only");
    expect(() => db.$client.exec("delete from audit_log")).toThrow("audit_log is append-only");
  });
});
