import { expect, test } from "@playwright/test";
import { signIn, uniqueLogin } from "./fixtures";
import { plantProject } from "./test-db";

test("a supervisor locks the round, reveals coders' work and starts the next round", async ({ page }) => {
  const { projectId } = plantProject(uniqueLogin("Rounds"), [{ login: "supervisor", role: "supervisor" }]);
  await signIn(page, "supervisor");
  await page.goto(`/projects/${projectId}`);
  const round = page.getByRole("region", { name: "Coding round" });
  await expect(round).toContainText("Round 1: open; blind coding.");

  await round.getByRole("button", { name: "Lock round" }).click();
  await expect(round).toContainText("Round 1: locked");
  await round.getByRole("button", { name: "Reveal coders' work to coders" }).click();
  await expect(round).toContainText("coders see each other's annotations");
  await round.getByRole("button", { name: "Start round 2" }).click();
  await expect(round).toContainText("Round 2: open; blind coding.");
});

test("a supervisor revises a code's definition and the revision is listed with its date and round", async ({ page }) => {
  const { projectId } = plantProject(uniqueLogin("Codebook"), [{ login: "supervisor", role: "supervisor" }]);
  await signIn(page, "supervisor");
  await page.goto(`/projects/${projectId}/codebook`);
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
