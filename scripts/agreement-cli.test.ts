import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { openDatabase } from "../db/client";
import { runMigrations } from "../db/migrate";
import { computeProjectAgreement } from "../services/agreement/project-agreement";
import { getProjectByName } from "../db/queries/projects";
import { DEMO_PROJECT_NAME, seedDemo } from "../db/seed/seed-demo";
import { KRIPPENDORFF_2011_FOUR_CODERS } from "../lib/agreement/published-reliability-data";

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const temporary = mkdtempSync(path.join(tmpdir(), "agreement-cli-"));
afterAll(() => rmSync(temporary, { recursive: true, force: true }));

/** Runs the script as `npm run agreement` does (compiled by scripts/run-agreement.mjs), with `input` on standard input. */
function agreement(args: string[], input = "", env: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, ["scripts/run-agreement.mjs", ...args], {
    cwd: root,
    input,
    encoding: "utf8",
    env: { ...process.env, ...env },
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe("scripts/agreement.ts", { timeout: 120_000 }, () => {
  it("reads coding data from standard input and prints one JSON object", () => {
    const input = JSON.stringify({
      matrix: [[1, 2, null], [1, 3, 2]],
      level: "nominal",
      values: [1, 2, 3],
      categories: 3,
    });
    const { status, stdout, stderr } = agreement(["-"], input);
    expect(stderr).toBe("");
    expect(status).toBe(0);
    const report = JSON.parse(stdout);
    expect(report).toMatchObject({ units: 3, coders: 2, pairable_values: 4, percent_agreement: 0.5 });
    for (const key of ["krippendorff_alpha", "cohen_kappa", "scott_pi", "fleiss_kappa", "bennett_s", "gwet_ac1"]) {
      expect(report[key]).toHaveProperty("value");
    }
  });

  // Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability", section C: alpha 0.743 (nominal), 0.815
  // (ordinal), 0.849 (interval), 0.797 (ratio). The kappas of the same table (irrCAC's cac.raw4raters) are R irrCAC's
  // fleiss.kappa.raw 0.761, bp.coeff.raw 0.773 and gwet.ac1.raw 0.775, as the Python irrCAC port's tests record them.
  // Tolerance 0.0005, half a unit in the last published digit.
  it.each([
    ["nominal", 0.743],
    ["ordinal", 0.815],
    ["interval", 0.849],
    ["ratio", 0.797],
  ])("prints %s alpha %d for Krippendorff's 4-coder, 12-unit example", (level, expected) => {
    const { status, stdout } = agreement(["-"], JSON.stringify({ matrix: KRIPPENDORFF_2011_FOUR_CODERS, level }));
    expect(status).toBe(0);
    const report = JSON.parse(stdout);
    expect(report).toMatchObject({ units: 12, coders: 4, pairable_values: 40, percent_agreement: 0.8 });
    expect(Math.abs(report.krippendorff_alpha.value - expected)).toBeLessThanOrEqual(0.0005);
    expect(report.cohen_kappa).toBeNull();
    expect(report.scott_pi).toBeNull();
    for (const [key, value] of [["fleiss_kappa", 0.761], ["bennett_s", 0.773], ["gwet_ac1", 0.775]] as const) {
      expect(Math.abs(report[key].value - value)).toBeLessThanOrEqual(0.0005);
    }
  });

  it("answers degenerate coding data with null values and a reason, never NaN", () => {
    for (const matrix of [[], [[null, null], [null, null]], [[1, 2, 3]], [[1, 1], [1, 1]]]) {
      const { status, stdout } = agreement(["-"], JSON.stringify({ matrix }));
      expect(status).toBe(0);
      expect(stdout).not.toMatch(/NaN/);
      const report = JSON.parse(stdout);
      expect(report.krippendorff_alpha).toMatchObject({ value: null, reason: expect.any(String) });
      expect(report.fleiss_kappa).toMatchObject({ value: null, reason: expect.any(String) });
    }
  });

  it("reads unitized data from a file", () => {
    const file = path.join(temporary, "unitized.json");
    const units = [
      { coder: "A", category: "c", start: 10, length: 5 },
      { coder: "B", category: "c", start: 11, length: 5 },
    ];
    writeFileSync(file, JSON.stringify({ continuum: { begin: 0, length: 200 }, coders: ["A", "B"], units }));
    const { status, stdout } = agreement([file]);
    expect(status).toBe(0);
    expect(JSON.parse(stdout).krippendorff_alpha_unitizing.by_category.c).toHaveProperty("value");
  });

  it("exits 1 with one line on stderr saying what is wrong and where", () => {
    const ragged = agreement(["-"], JSON.stringify({ matrix: [[1, 2, 3, 4], [1, 2, 3]] }));
    expect(ragged).toEqual({ status: 1, stdout: "", stderr: "matrix row 2 has 3 values, row 1 has 4\n" });
    const notJson = agreement(["-"], "{nope\n");
    expect(notJson.status).toBe(1);
    expect(notJson.stderr).toMatch(/^input is not valid JSON: [^\n]*\n$/);
  });

  it("reads a file's UTF-8 as written: an Arabic value with an emoji is quoted exactly, a byte order mark refused", () => {
    const file = path.join(temporary, "arabic.json");
    writeFileSync(file, JSON.stringify({ matrix: [["إعدام", "فساد"], ["إعدام", "ظلم😔"]], level: "nominal", values: ["إعدام", "فساد"] }));
    expect(agreement([file])).toEqual({ status: 1, stdout: "", stderr: 'matrix row 2, column 2: "ظلم😔" is not in values\n' });
    writeFileSync(file, `\uFEFF${JSON.stringify({ matrix: [[1, 2], [1, 2]] })}`);
    const marked = agreement([file]);
    expect(marked.status).toBe(1);
    expect(marked.stderr).toMatch(/^input is not valid JSON: [^\n]*\n$/);
  });

  it.each([
    ["a negative length", { start: 10, length: -5 }, "unit 2 length: must be at least 1"],
    [
      "a span outside the continuum",
      { start: 195, length: 10 },
      'unit 2 (coder "A", category "c", start 195, length 10): lies outside the continuum [0, 200)',
    ],
    [
      "overlapping spans of one coder and category",
      { start: 12, length: 10 },
      'unit 2 (coder "A", category "c", start 12, length 10) overlaps unit 1 (coder "A", category "c", start 10, ' +
        "length 5): one coder's spans of one category must not overlap",
    ],
  ])("exits 1 on unitized data with %s, naming the unit", (_case, span, message) => {
    const units = [
      { coder: "A", category: "c", start: 10, length: 5 },
      { coder: "A", category: "c", ...span },
    ];
    const result = agreement(["-"], JSON.stringify({ continuum: { begin: 0, length: 200 }, units }));
    expect(result).toEqual({ status: 1, stdout: "", stderr: `${message}\n` });
  });

  it("prints a project's agreement per code, the route's JSON, and refuses a bad option in one line", async () => {
    const file = path.join(temporary, "project.db");
    const db = openDatabase(file);
    runMigrations(db);
    await seedDemo(db);
    const projectId = getProjectByName(db, { name: DEMO_PROJECT_NAME })!.id;
    const expected = computeProjectAgreement(db, { projectId, unit: "sentence", filter: { includeInProgress: false } });
    db.$client.close();
    if (!expected.ok) throw new Error(expected.error);

    const { status, stdout } = agreement(["--project", DEMO_PROJECT_NAME, "--unit", "sentence"], "", { DATABASE_URL: file });
    expect(status).toBe(0);
    const printed = JSON.parse(stdout);
    expect(printed.by_code.map((code: { code_name: string }) => code.code_name)).toHaveLength(4);
    expect(printed.computed_from.annotations).toBeGreaterThan(0);
    // Same figures as the route's loader; only the time of computing differs.
    const computedAt = { computed_at: expect.any(String) };
    const same = JSON.parse(JSON.stringify(expected.value));
    expect(printed).toEqual({ ...same, computed_from: { ...same.computed_from, ...computedAt } });

    const bad = agreement(["--project", DEMO_PROJECT_NAME, "--min-coverage", "2"], "", { DATABASE_URL: file });
    expect(bad).toEqual({ status: 1, stdout: "", stderr: "--min-coverage must be a number above 0 and at most 1, not 2\n" });
  });

  it("exits 1 for a file it cannot read and 2 without a file argument", () => {
    expect(agreement([path.join(temporary, "missing.json")]).status).toBe(1);
    expect(agreement([]).status).toBe(2);
  });
});
