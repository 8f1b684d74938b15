import { spawnSync } from "node:child_process";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { plantAnalysisCorpus } from "./analysis-db";
import { signIn, uniqueLogin } from "./fixtures";

/** `npm run analysis` on the test server's database: exit status, standard output and error. */
function runAnalysisCommand(args: string[]) {
  const run = spawnSync("npx", ["tsx", "scripts/analysis.ts", ...args], {
    env: { ...process.env, DATABASE_URL: path.join(process.env.E2E_DATA_DIR!, "testimony.db") },
    encoding: "utf8",
  });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

test("a coder gets 403 on the analysis until a supervisor shares it, then reads the consensus figures; a non-member gets 404", async ({ browser }) => {
  const { projectId } = plantAnalysisCorpus(uniqueLogin("Analysis sharing"));
  const coder = await browser.newPage();
  await signIn(coder, "coder1");
  expect((await coder.request.get(`/api/projects/${projectId}/analysis`)).status()).toBe(403);
  expect((await coder.request.get(`/api/projects/${projectId}/search?q=apostates`)).status()).toBe(403);
  expect((await coder.goto(`/projects/${projectId}/analysis/speakers`))?.status()).toBe(403);

  const supervisor = await browser.newPage();
  await signIn(supervisor, "supervisor");
  await supervisor.goto(`/projects/${projectId}/analysis/speakers`);
  await expect(supervisor.getByText("Not shared: only supervisors see this analysis.")).toBeVisible();
  await supervisor.getByRole("button", { name: "Share with coders" }).click();
  await expect(supervisor.getByRole("status").filter({ hasText: "The analysis is shared" })).toBeVisible();

  const shared = await coder.request.get(`/api/projects/${projectId}/analysis`);
  expect(shared.status()).toBe(200);
  const summary = await shared.json();
  expect(summary.base.source).toBe("consensus");
  expect(summary.speakers.by_region.Syria).toBe(3);
  // Coders' own layers stay blind until the supervisor reveals annotations.
  expect((await coder.request.get(`/api/projects/${projectId}/analysis?source=any`)).status()).toBe(403);
  await coder.goto(`/projects/${projectId}/analysis/narratives`);
  await expect(coder.getByRole("table", { name: "Narratives: speakers and statements using each code" })).toBeVisible();
  await expect(coder.getByRole("button", { name: "Stop sharing with coders" })).toHaveCount(0);

  await supervisor.reload();
  await supervisor.getByRole("button", { name: "Stop sharing with coders" }).click();
  await expect(supervisor.getByRole("status").filter({ hasText: "for supervisors only again" })).toBeVisible();
  expect((await coder.request.get(`/api/projects/${projectId}/analysis`)).status()).toBe(403);

  const outsider = await browser.newPage();
  await signIn(outsider, "coder2");
  expect((await outsider.request.get(`/api/projects/${projectId}/analysis`)).status()).toBe(404);
  expect((await outsider.goto(`/projects/${projectId}/analysis/speakers`))?.status()).toBe(404);
});

test("the analysis API answers the planted figures, and 400 for a bad date or an unknown coder", async ({ page }) => {
  const { projectId } = plantAnalysisCorpus(uniqueLogin("Analysis API"));
  await signIn(page, "supervisor");
  const summary = await (await page.request.get(`/api/projects/${projectId}/analysis?source=coder:coder1`)).json();
  expect(summary.base.source).toBe("coder:coder1");
  // coder1 coded only Basma's statement, with "Fighting fellow Sunnis".
  expect(summary.narratives["Fighting fellow Sunnis"]).toEqual({ speakers: 1, statements: 1, passages: 1 });
  expect(summary.statements.coded).toBe(1);
  const badDate = await page.request.get(`/api/projects/${projectId}/analysis?from=2015-13`);
  expect(badDate.status()).toBe(400);
  expect((await badDate.json()).error).toBe('from: expected a date as YYYY, YYYY-MM or YYYY-MM-DD, not "2015-13"');
  expect((await page.request.get(`/api/projects/${projectId}/analysis?source=coder:nobody`)).status()).toBe(400);
});

test("the command line prints the planted figures as JSON, filtered like the pages", () => {
  const { name, projectId } = plantAnalysisCorpus(uniqueLogin("Analysis CLI"));
  const all = runAnalysisCommand(["--project", name]);
  expect(all.status).toBe(0);
  const summary = JSON.parse(all.stdout);
  expect(summary.base).toMatchObject({ project: { id: projectId, name }, source: "consensus", source_chosen: "default" });
  expect(summary.speakers).toMatchObject({
    total: 8,
    by_region: { Syria: 3, "Central, South and Southeast Asia": 1, "Other Middle East": 1, Turkey: 1, "Western Europe and Australia": 1, unknown: 1 },
    by_country: { Syria: 3, unknown: 1 },
    by_gender: { male: 6, female: 1, unknown: 1 },
    by_defection_month: { "2014-12": 1, "2015-01": 1, "2015-03": 1, "2015-05": 1, "2015-07": 1, "2015-10": 1, "2015-11": 1, "2015-12": 1 },
  });
  expect(summary.statements).toMatchObject({ total: 9, coded: 8 });
  expect(summary.narratives).toEqual({
    "Fighting fellow Sunnis": { speakers: 3, statements: 3, passages: 4 },
    "Brutality against Sunnis": { speakers: 2, statements: 2, passages: 2 },
    "Corrupt and un-Islamic": { speakers: 3, statements: 3, passages: 3 },
    "Harsh and disappointing life": { speakers: 4, statements: 4, passages: 4 },
  });

  const period = JSON.parse(runAnalysisCommand(["--project", name, "--from", "2015-01", "--to", "2015-08"]).stdout);
  expect(period.base.filters).toMatchObject({ from: "2015-01-01", to: "2015-08-31" });
  expect(period.speakers.total).toBe(4);
  expect(period.speakers.by_region).toEqual({ Syria: 3, "Other Middle East": 1 });
  expect(period.statements.total).toBe(6);
  expect(period.narratives["Fighting fellow Sunnis"]).toEqual({ speakers: 2, statements: 2, passages: 3 });

  for (const [args, message] of [
    [["--project", `${name} (no such)`], `unknown project "${name} (no such)"`],
    [["--project", name, "--from", "2015-02-30"], '--from: expected a date as YYYY, YYYY-MM or YYYY-MM-DD, not "2015-02-30"'],
    [["--project", name, "--source", "coder:nobody"], '--source: unknown coder "nobody": not a coder of this project'],
  ] as const) {
    const failed = runAnalysisCommand([...args]);
    expect(failed.status).toBe(1);
    expect(failed.stdout).toBe("");
    expect(failed.stderr).toContain(`${message}\n`);
  }
});
