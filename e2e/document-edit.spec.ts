import { expect, test } from "@playwright/test";
import { signIn, uniqueLogin } from "./fixtures";
import { auditActionsOf, plantAnnotation, plantProject } from "./test-db";

test("a supervisor corrects a statement's title and speaker, then deletes it after confirming", async ({ page }) => {
  const { projectId, documentId } = plantProject(uniqueLogin("Edit facts"), [
    { login: "supervisor", role: "supervisor" },
    { login: "coder1", role: "coder" },
  ]);
  plantAnnotation({ documentId, login: "coder1", codePosition: 0, start: 0, end: 11 });
  await signIn(page, "supervisor");
  await page.goto(`/projects/${projectId}`);
  await page.getByRole("link", { name: /^Edit facts of/ }).click();

  const facts = page.getByRole("form", { name: "Statement facts" });
  await facts.getByLabel("Title").fill("Corrected title");
  await facts.getByLabel("Country of origin").fill("Tunisia");
  await facts.getByRole("button", { name: "Save facts" }).click();
  await expect(facts.getByRole("alert")).toHaveText("alias: Give the speaker's alias: facts about a speaker need a speaker to belong to.");
  await facts.getByLabel("Speaker alias").fill("Abu Test");
  await facts.getByRole("button", { name: "Save facts" }).click();
  await expect(facts.getByRole("status")).toHaveText("Saved.");

  await page.goto(`/projects/${projectId}`);
  const row = page.getByRole("row", { name: /Corrected title/ });
  await expect(row).toContainText("Abu Test");
  await expect(row).toContainText("Tunisia");

  await row.getByRole("link", { name: "Edit facts of Corrected title" }).click();
  const remove = page.getByRole("form", { name: "Delete statement" });
  await remove.getByLabel(/Delete this statement and its 1 annotations/).check();
  await remove.getByRole("button", { name: "Delete statement" }).click();
  await expect(page).toHaveURL(new RegExp(`/projects/${projectId}$`));
  await expect(page.getByRole("row", { name: /Corrected title/ })).toHaveCount(0);
  expect((await page.goto(`/documents/${documentId}`))?.status()).toBe(404);
  expect(auditActionsOf(projectId)).toEqual(expect.arrayContaining(["document:update", "annotation:delete", "document:delete"]));
});
