import { expect, test } from "@playwright/test";
import { signIn, uniqueLogin } from "./fixtures";
import { plantProject } from "./test-db";
import { plantAssignedDocument } from "./workspace-db";

test("a supervisor locks the round, reveals coders' work and starts the next round, and coders feel each step", async ({ page, browser }) => {
  const { projectId } = plantProject(uniqueLogin("Rounds"), [
    { login: "supervisor", role: "supervisor" },
    { login: "coder1", role: "coder" },
    { login: "coder2", role: "coder" },
  ]);
  const text = "They punished men from the town.";
  const documentId = plantAssignedDocument({ projectId, title: "Round statement", text, coders: ["coder1", "coder2"] });
  const coder = async (login: string) => {
    const coderPage = await (await browser.newContext()).newPage();
    await signIn(coderPage, login);
    return coderPage;
  };
  const coder1 = await coder("coder1");
  const annotations = `/api/documents/${documentId}/annotations`;
  expect((await coder1.request.post(annotations, { data: { code: "Brutality against Sunnis", start: 5, end: 31 } })).status()).toBe(201);
  expect((await coder1.request.post(`/api/documents/${documentId}/submit`)).status()).toBe(200);
  const coder2 = await coder("coder2");
  expect((await coder2.request.get(`${annotations}?coder=coder1`)).status()).toBe(403);

  await signIn(page, "supervisor");
  await page.goto(`/projects/${projectId}`);
  const round = page.getByRole("region", { name: "Coding round" });
  await expect(round).toContainText("Round 1: open; blind coding.");

  await round.getByRole("button", { name: "Lock round" }).click();
  await expect(round).toContainText("Round 1: locked");
  const reopen = await coder1.request.post(`/api/documents/${documentId}/reopen`);
  expect(reopen.status()).toBe(409);
  expect(((await reopen.json()) as { error: string }).error).toContain("locked this round");

  await round.getByRole("button", { name: "Reveal coders' work to coders" }).click();
  await expect(round).toContainText("coders see each other's annotations");
  const revealed = await coder2.request.get(`${annotations}?coder=coder1`);
  expect(revealed.status()).toBe(200);
  expect(((await revealed.json()) as { quote: string }[]).map((annotation) => annotation.quote)).toEqual(["punished men from the town"]);

  await round.getByRole("button", { name: "Show learned suggestions to coders" }).click();
  await expect(round).toContainText("Coders see learned suggestions.");

  await round.getByRole("button", { name: "Start round 2" }).click();
  const confirmation = round.getByRole("alertdialog", { name: "Confirm: Start round 2" });
  await expect(confirmation).toContainText("coding done from now on counts as round 2, coding becomes blind again");
  await expect(round).toContainText("Round 1: locked");
  await confirmation.getByRole("button", { name: "Yes, start round 2" }).click();
  await expect(round).toContainText("Round 2: open; blind coding. Learned suggestions are hidden from coders.");
  expect((await coder2.request.get(`${annotations}?coder=coder1`)).status()).toBe(403);
  expect((await coder1.request.post(`/api/documents/${documentId}/reopen`)).status()).toBe(200);
  await Promise.all([coder1.context().close(), coder2.context().close()]);
});

test("a supervisor revises a code's definition and the revision is listed with its date and round", async ({ page }) => {
  const { projectId } = plantProject(uniqueLogin("Codebook"), [{ login: "supervisor", role: "supervisor" }]);
  await signIn(page, "supervisor");
  await page.goto(`/projects/${projectId}/codebook`);
  await page.getByRole("treeitem", { name: "Corrupt and un-Islamic" }).click();
  const code = page.getByRole("form", { name: "Code Corrupt and un-Islamic" });
  await code.getByLabel("Definition").fill("Revised: leaders are accused of corruption or hypocrisy.");
  await code.getByRole("button", { name: "Save Corruption" }).click();
  await expect(code.getByRole("status")).toContainText("the revision is recorded");
  const today = new Date().toISOString().slice(0, 10);
  const row = page.getByRole("row", { name: /Corrupt and un-Islamic/ });
  await expect(row).toContainText(today);
  await expect(row).toContainText("Revised: leaders are accused of corruption or hypocrisy.");
  await expect(row.getByRole("cell").nth(1)).toHaveText("1");
});

test("a coder cannot change the round or the codebook", async ({ page }) => {
  const { projectId } = plantProject(uniqueLogin("Coder rounds"), [{ login: "coder3", role: "coder" }]);
  await signIn(page, "coder3");
  expect((await page.goto(`/projects/${projectId}`))?.status()).toBe(403);
  expect((await page.goto(`/projects/${projectId}/codebook`))?.status()).toBe(403);
});
