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

type CharacterAgreement = {
  unit: string;
  by_code: {
    code_name: string;
    units: number;
    krippendorff_alpha_unitizing: { value: number | null; bootstrap: { lower: number; upper: number; samples: number } | null };
    fleiss_kappa: { value: number | null };
    cohen_kappa_pairs: { coder_a: string; coder_b: string; cohen_kappa: { value: number | null } }[];
  }[];
  pooled: { krippendorff_alpha_unitizing: { value: number | null; bootstrap: { lower: number; upper: number } | null }; gwet_ac1: { value: number | null }; percent_agreement: number | null };
  definitions: Record<string, string>;
};

test("at the character unit the route and the command line give unitizing alpha with its interval, and kappa, AC1 and agreement on characters", async ({ page }) => {
  await signIn(page, "supervisor");
  const response = await page.request.get(`/api/projects/${getDemoProjectId()}/agreement?unit=character`);
  expect(response.status()).toBe(200);
  const agreement = (await response.json()) as CharacterAgreement;
  expect(agreement.unit).toBe("character");
  for (const code of agreement.by_code) {
    const alpha = code.krippendorff_alpha_unitizing;
    expect(alpha.value).not.toBeNull();
    expect(alpha.bootstrap!.samples).toBe(1000);
    expect(alpha.bootstrap!.lower).toBeLessThanOrEqual(alpha.bootstrap!.upper);
    expect(code.units).toBeGreaterThan(0);
    expect(code.fleiss_kappa.value).not.toBeNull();
    expect(code.cohen_kappa_pairs.map((pair) => `${pair.coder_a}-${pair.coder_b}`)).toEqual(["coder1-coder2", "coder1-coder3", "coder2-coder3"]);
  }
  expect(agreement.pooled.krippendorff_alpha_unitizing.bootstrap).not.toBeNull();
  expect(agreement.pooled.gwet_ac1.value).not.toBeNull();
  expect(agreement.definitions.bootstrap).toContain("whole documents drawn with replacement");

  const printed = JSON.parse(
    execFileSync(process.execPath, ["--import", "tsx", "scripts/agreement.ts", "--project", "Demo: defector statements", "--unit", "character"], {
      env: { ...process.env, DATABASE_URL: path.join(process.env.E2E_DATA_DIR!, "testimony.db") },
      encoding: "utf8",
    }),
  ) as CharacterAgreement;
  expect(printed.by_code).toEqual(agreement.by_code);
  expect(printed.pooled).toEqual(agreement.pooled);
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
