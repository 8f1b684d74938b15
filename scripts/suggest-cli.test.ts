import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase } from "../db/client";
import { runMigrations } from "../db/migrate";
import { plantCorpus } from "../lib/suggest/planted-corpus.test-support";
import { plantCodedProject } from "../services/suggest/plant-coded-project.test-support";

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const temporary = mkdtempSync(path.join(tmpdir(), "suggest-cli-"));
const file = path.join(temporary, "planted.db");
afterAll(() => rmSync(temporary, { recursive: true, force: true }));

beforeAll(() => {
  const db = openDatabase(file);
  runMigrations(db);
  plantCodedProject(db, { name: "Planted", coded: plantCorpus({ documents: 30 }), coders: ["coder1"], uncoded: ["It rained. They executed people in the square."] });
  db.$client.close();
});

/** Runs the script as `npm run suggest` does (tsx), on the planted database. */
function suggest(args: string[]) {
  const result = spawnSync(process.execPath, ["--import", "tsx", "scripts/suggest.ts", ...args], { cwd: root, encoding: "utf8", env: { ...process.env, DATABASE_URL: file } });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe("scripts/suggest.ts", { timeout: 120_000 }, () => {
  it("prints the cross-validated evaluation as one JSON object", () => {
    const { status, stdout, stderr } = suggest(["--project", "Planted", "--from", "coder:coder1", "--folds", "3"]);
    expect(stderr).toBe("");
    expect(status).toBe(0);
    const evaluation = JSON.parse(stdout);
    expect(evaluation).toMatchObject({ unit: "sentence", from: "coder:coder1", folds: 3, documents_used: 30, sentences_used: 240 });
    expect(evaluation.codes["Brutality against Sunnis"]).toEqual({ precision: expect.any(Number), recall: expect.any(Number), f1: expect.any(Number), support: expect.any(Number) });
    expect(evaluation.micro.f1).toBeGreaterThan(0.9);
    expect(evaluation.skipped_codes).toHaveProperty("Harsh and disappointing life");
    expect(evaluation).not.toHaveProperty("suggestions_written");
  });

  it("with --apply also says how many suggestions it wrote", () => {
    const { status, stdout } = suggest(["--project", "Planted", "--from", "coder:coder1", "--apply"]);
    expect(status).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({ folds: 5, suggestions_written: 1 });
  });

  it("exits 1 with one line on stderr saying what is wrong", () => {
    expect(suggest(["--project", "Planted"])).toMatchObject({ status: 1, stdout: "", stderr: expect.stringMatching(/^--from is required; usage: [^\n]*\n$/) });
    expect(suggest(["--project", "Planted", "--from", "coder:coder1", "--folds", "1"])).toMatchObject({ status: 1, stderr: "--folds must be a whole number from 2 to 10, not 1\n" });
    expect(suggest(["--project", "Nope", "--from", "agreed"])).toMatchObject({ status: 1, stderr: 'unknown project "Nope"\n' });
    expect(suggest(["--project", "Planted", "--from", "agreed"])).toMatchObject({
      status: 1,
      stderr: "--from agreed: 5-fold cross-validation needs at least 5 statements coded in this layer; it has 0\n",
    });
  });
});
