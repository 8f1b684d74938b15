import { execFileSync } from "node:child_process";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { signIn, uniqueLogin } from "./fixtures";
import { getDemoProjectId, plantProject } from "./test-db";

type CodedAgreement = {
  unit: string;
  documents: number;
  coders: number;
  by_code: { code_name: string; krippendorff_alpha: { value: number | null; bootstrap: { lower: number; upper: number } | null } }[];
  pooled: { krippendorff_alpha: { value: number | null }; cohen_kappa_pairs: { coder_a: string; coder_b: string }[] };
  computed_from: { annotations: number; coded_documents: number };
};

test("a supervisor gets agreement per code on the demo project, the same as the command line prints", async ({ page }) => {
  await signIn(page, "supervisor");
  const response = await page.request.get(`/api/projects/${getDemoProjectId()}/agreement?unit=sentence`);
  expect(response.status()).toBe(200);
  const agreement = (await response.json()) as CodedAgreement;
  expect(agreement.unit).toBe("sentence");
  expect(agreement.coders).toBe(3);
  expect(agreement.by_code.map((code) => code.code_name)).toEqual([
    "Fighting fellow Sunnis",
    "Brutality against Sunnis",
    "Corrupt and un-Islamic",
    "Harsh and disappointing life",
  ]);
  for (const code of agreement.by_code) {
    expect(code.krippendorff_alpha.value).not.toBeNull();
    expect(code.krippendorff_alpha.bootstrap!.lower).toBeLessThanOrEqual(code.krippendorff_alpha.value!);
  }
  expect(agreement.pooled.cohen_kappa_pairs.map((pair) => `${pair.coder_a}-${pair.coder_b}`)).toEqual(["coder1-coder2", "coder1-coder3", "coder2-coder3"]);
  expect(agreement.computed_from.coded_documents).toBeGreaterThanOrEqual(6);

  const printed = JSON.parse(
    execFileSync(process.execPath, ["--import", "tsx", "scripts/agreement.ts", "--project", "Demo: defector statements", "--unit", "sentence"], {
      env: { ...process.env, DATABASE_URL: path.join(process.env.E2E_DATA_DIR!, "testimony.db") },
      encoding: "utf8",
    }),
  ) as CodedAgreement;
  expect(printed.by_code.map((code) => code.krippendorff_alpha.value)).toEqual(agreement.by_code.map((code) => code.krippendorff_alpha.value));
});

test("agreement refuses a bad unit with a message, coders with 403 and non-members with 404", async ({ page, browser }) => {
  await signIn(page, "supervisor");
  const bad = await page.request.get(`/api/projects/${getDemoProjectId()}/agreement?unit=word`);
  expect(bad.status()).toBe(400);
  expect(((await bad.json()) as { error: string }).error).toContain("unit must be document, sentence, paragraph or character");
  const { projectId } = plantProject(uniqueLogin("Agreement elsewhere"));
  expect((await page.request.get(`/api/projects/${projectId}/agreement?unit=document`)).status()).toBe(404);

  const coder = await (await browser.newContext()).newPage();
  await signIn(coder, "coder1");
  expect((await coder.request.get(`/api/projects/${getDemoProjectId()}/agreement?unit=document`)).status()).toBe(403);
});
