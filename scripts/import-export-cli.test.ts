import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { and, eq } from "drizzle-orm";
import { unzipSync } from "fflate";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase } from "@/db/client";
import { runMigrations } from "@/db/migrate";
import { getProjectByName } from "@/db/queries/projects";
import { insertUser } from "@/db/queries/users";
import { assignments, codes, documents, projectMembers, speakers, users } from "@/db/schema";
import { schemaErrors } from "@/lib/refi-qda/xmllint.test-support";

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const folder = mkdtempSync(path.join(tmpdir(), "import-export-cli-"));
const databaseUrl = path.join(folder, "testimony.db");
const db = openDatabase(databaseUrl);
afterAll(() => rmSync(folder, { recursive: true, force: true }));

beforeAll(() => {
  runMigrations(db);
  db.transaction((tx) => {
    insertUser(tx, { login: "ana", displayName: "Ana", passwordHash: "x", role: "member" });
    insertUser(tx, { login: "omar", displayName: "Omar", passwordHash: "x", role: "member" });
  });
});

/** Runs a script as `npm run import` and `npm run export` do (tsx), on the test's database. */
function run(script: "import" | "export", args: string[]) {
  const result = spawnSync(process.execPath, ["--import", "tsx", `scripts/${script}.ts`, ...args], {
    cwd: root,
    encoding: "utf8",
    env: { ...process.env, DATABASE_URL: databaseUrl },
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

function file(name: string, content: string | Uint8Array): string {
  const written = path.join(folder, name);
  writeFileSync(written, content);
  return written;
}

const projectId = (name: string) => getProjectByName(db, { name })?.id;

describe("npm run import", () => {
  it("creates the project with the four-code codebook, maps CSV headers by name and --map, and assigns to --assign", { timeout: 120_000 }, () => {
    const csv = file(
      "statements.csv",
      'Statement_Text,TITLE,Witness,Country,Defection Date\n"We left in spring.",First,W-1,Syria,2015-03\n"The pay never came.",Second,W-1,Syria,2015-03\n',
    );
    const note = file("note.txt", "They told us the fighting was for the faith.\r\n");
    const { status, stdout, stderr } = run("import", ["--project", "Field notes", csv, note, "--map", "Witness=alias", "--map", "Statement_Text=text", "--assign", "ana, omar"]);
    expect(stderr).toBe("");
    expect(status).toBe(0);
    expect(stdout).toContain(`${csv}: imported: 2 statements`);
    expect(stdout).toContain(`${note}: imported: 1 statements`);

    const id = projectId("Field notes")!;
    expect(db.select().from(codes).where(eq(codes.projectId, id)).all()).toHaveLength(4);
    const speaker = db.select().from(speakers).where(eq(speakers.projectId, id)).all();
    expect(speaker).toMatchObject([{ alias: "W-1", country: "Syria", defectionDate: "2015-03" }]);
    const titles = db.select({ title: documents.title, text: documents.text }).from(documents).where(eq(documents.projectId, id)).all();
    expect(titles).toEqual(
      expect.arrayContaining([
        { title: "First", text: "We left in spring." },
        { title: "note", text: "They told us the fighting was for the faith.\n" },
      ]),
    );
    const members = db
      .select({ login: users.login, role: projectMembers.role })
      .from(projectMembers)
      .innerJoin(users, eq(users.id, projectMembers.userId))
      .where(eq(projectMembers.projectId, id))
      .all();
    expect(members.sort((a, b) => a.login.localeCompare(b.login))).toEqual([
      { login: "ana", role: "coder" },
      { login: "omar", role: "coder" },
    ]);
    const assigned = db
      .select({ login: users.login })
      .from(assignments)
      .innerJoin(users, eq(users.id, assignments.coderId))
      .innerJoin(documents, eq(documents.id, assignments.documentId))
      .where(and(eq(documents.projectId, id), eq(users.login, "ana")))
      .all();
    expect(assigned).toHaveLength(3);
  });

  it("refuses a binary file renamed .txt with the reason, imports the rest, writes nothing of it and exits 1", { timeout: 120_000 }, () => {
    const png = file("scan.txt", Uint8Array.of(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52));
    const good = file("good.md", "# Interview\n\nWe crossed at night.\n");
    const { status, stdout } = run("import", ["--project", "Mixed", png, good]);
    expect(status).toBe(1);
    expect(stdout).toMatch(new RegExp(`${png.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}: refused: 0 statements — .+`));
    expect(stdout).toContain(`${good}: imported: 1 statements`);
    expect(db.select().from(documents).where(eq(documents.projectId, projectId("Mixed")!)).all()).toHaveLength(1);
  });

  it("says what is wrong with its arguments and exits 2", { timeout: 120_000 }, () => {
    expect(run("import", [file("a.txt", "Text.")])).toMatchObject({ status: 2, stderr: "Name the project: --project NAME\n" });
    expect(run("import", ["--project", "X", "--map", "Who=speaker", file("b.txt", "Text.")])).toMatchObject({
      status: 2,
      stderr: expect.stringContaining("--map Who=speaker: write HEADER=FIELD with FIELD one of text, title, alias"),
    });
    expect(run("import", ["--project", "X", "--assign", "nobody", file("c.txt", "Text.")])).toMatchObject({
      status: 2,
      stderr: '--assign: no user with the login "nobody".\n',
    });
    expect(projectId("X")).toBeUndefined();
  });
});

describe("npm run export", () => {
  it("writes every format to --out, and a .qdpx that imports into a new project with its own codes only", { timeout: 300_000 }, () => {
    const source = file("export-source.csv", "text,alias,country\n\"We left in spring.\",W-9,Iraq\n");
    expect(run("import", ["--project", "Backup", source]).status).toBe(0);
    const out = (format: string) => path.join(folder, `backup.${format}`);
    for (const format of ["csv", "matrix", "json", "jsonl", "qdpx", "qdc", "w3c"]) {
      const { status, stdout, stderr } = run("export", ["--project", "Backup", "--format", format, "--out", out(format)]);
      expect(stderr, format).toBe("");
      expect(status, format).toBe(0);
      expect(stdout, format).toContain(`Wrote ${out(format)}`);
    }
    expect(readFileSync(out("csv"), "utf8").startsWith("\uFEFFdocument_id,")).toBe(true);
    expect(readFileSync(out("matrix"), "utf8").startsWith("\uFEFF")).toBe(true);
    expect(JSON.parse(readFileSync(out("json"), "utf8")).documents).toMatchObject([{ text: "We left in spring." }]);
    expect(JSON.parse(readFileSync(out("w3c"), "utf8")).type).toBe("AnnotationCollection");
    expect(schemaErrors(readFileSync(out("qdc")), "Codebook.xsd")).toBe("");
    const qdpx = unzipSync(readFileSync(out("qdpx")));
    expect(schemaErrors(qdpx["project.qde"]!, "Project.xsd")).toBe("");
    expect(new TextDecoder().decode(qdpx["project.qde"]!)).toContain('name="W-9"');

    expect(run("import", ["--project", "Restored", out("qdpx")]).status).toBe(0);
    const restored = db.select({ name: codes.name }).from(codes).where(eq(codes.projectId, projectId("Restored")!)).all();
    const original = db.select({ name: codes.name }).from(codes).where(eq(codes.projectId, projectId("Backup")!)).all();
    expect(restored.map((code) => code.name).sort()).toEqual(original.map((code) => code.name).sort());
  });

  it("refuses an unknown format or project and writes nothing", { timeout: 120_000 }, () => {
    const target = path.join(folder, "never.out");
    expect(run("export", ["--project", "Backup", "--format", "xlsx", "--out", target])).toMatchObject({
      status: 2,
      stderr: "--format must be one of csv, matrix, json, jsonl, qdpx, qdc, w3c\n",
    });
    expect(run("export", ["--project", "Nope", "--format", "csv", "--out", target])).toMatchObject({ status: 2, stderr: 'No project named "Nope".\n' });
    expect(() => readFileSync(target)).toThrow();
  });
});
