import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const temporary = mkdtempSync(path.join(tmpdir(), "agreement-cli-"));
afterAll(() => rmSync(temporary, { recursive: true, force: true }));

/** Runs the script as `npm run agreement` does (tsx), with `input` on standard input. */
function agreement(args: string[], input = "") {
  const result = spawnSync(process.execPath, ["--import", "tsx", "scripts/agreement.ts", ...args], {
    cwd: root,
    input,
    encoding: "utf8",
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe("scripts/agreement.ts", () => {
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

  it("exits 1 for a file it cannot read and 2 without a file argument", () => {
    expect(agreement([path.join(temporary, "missing.json")]).status).toBe(1);
    expect(agreement([]).status).toBe(2);
  });
});
