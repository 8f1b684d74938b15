import { expect, test } from "@playwright/test";
import { ACCOUNT_DISABLED_MESSAGE } from "@/lib/auth/session-messages";
import { signIn, uniqueLogin } from "./fixtures";
import { plantUser, setDisabled } from "./security-db";
import { plantProject } from "./test-db";
import { assignmentStatus, plantAssignedDocument, setProjectFlags, storedAnnotations } from "./workspace-db";
import { annotationOption, highlightedTexts, openWorkspace, selectPhrase, STATEMENT } from "./workspace-page";

const plant = (title: string) => plantAssignedDocument({ title: `${title} ${Date.now()}`, text: STATEMENT });

test("a save that fails is shown plainly, stays marked unsaved, and is saved once the server answers again", async ({ page }) => {
  const documentId = plant("Failing save");
  await signIn(page, "coder1");
  await openWorkspace(page, documentId);
  const api = `**/api/documents/${documentId}/annotations`;
  await page.route(api, (route) => (route.request().method() === "POST" ? route.abort("connectionrefused") : route.continue()));

  await selectPhrase(page, "emirs had cars");
  await page.keyboard.press("2");
  expect(await highlightedTexts(page, "Brutality against Sunnis")).toEqual(["emirs had cars"]);
  await expect(page.getByRole("alert").filter({ hasText: "not saved" })).toContainText("1 change is not saved: The server cannot be reached. Retrying automatically");
  await expect(annotationOption(page, "Brutality against Sunnis", "emirs had cars")).toContainText("not saved yet");
  expect(storedAnnotations(documentId, "coder1")).toEqual([]);

  await page.unroute(api);
  await expect(page.getByText("All changes saved")).toBeVisible({ timeout: 15_000 });
  expect(storedAnnotations(documentId, "coder1").map((annotation) => annotation.quote)).toEqual(["emirs had cars"]);
  await expect(annotationOption(page, "Brutality against Sunnis", "emirs had cars")).not.toContainText("not saved yet");
});

test("when the session has ended the coder is told, and the coding is saved after signing in again", async ({ page, context }) => {
  const documentId = plant("Expired session");
  await signIn(page, "coder1");
  await openWorkspace(page, documentId);
  await context.clearCookies();
  await selectPhrase(page, "ordinary fighters");
  await page.keyboard.press("4");
  await expect(page.getByRole("alert").filter({ hasText: "not saved" })).toContainText("Your session has ended: sign in again in another tab.");

  await signIn(await context.newPage(), "coder1");
  await expect(page.getByText("All changes saved")).toBeVisible({ timeout: 15_000 });
  expect(storedAnnotations(documentId, "coder1").map((annotation) => annotation.quote)).toEqual(["ordinary fighters"]);
});

test("a coder whose account is disabled while coding is told so, not asked to sign in again", async ({ page }) => {
  const login = uniqueLogin("disabled-coder");
  const password = "a long enough password";
  await plantUser(login, password);
  const { projectId } = plantProject(uniqueLogin("Disabled coder"), [{ login, role: "coder" }]);
  const documentId = plantAssignedDocument({ projectId, title: "Disabled while coding", text: STATEMENT, coders: [login] });
  await signIn(page, login, password);
  await openWorkspace(page, documentId);
  setDisabled(login, true);
  await selectPhrase(page, "ordinary fighters");
  await page.keyboard.press("4");
  const alert = page.getByRole("alert").filter({ hasText: "not saved" });
  await expect(alert).toContainText(ACCOUNT_DISABLED_MESSAGE);
  await expect(alert).not.toContainText("sign in again");
});

test("after Mark as done, the submitted count and My documents show it at once, also after going Back", async ({ page }) => {
  const login = uniqueLogin("counting-coder");
  const password = "a long enough password";
  await plantUser(login, password);
  const { projectId } = plantProject(uniqueLogin("Submitted count"), [{ login, role: "coder" }]);
  const title = "Counted statement";
  const documentId = plantAssignedDocument({ projectId, title, text: STATEMENT, coders: [login] });
  await signIn(page, login, password);
  const row = page.getByRole("row").filter({ hasText: title });
  await expect(row).toContainText("Assigned");
  await row.getByRole("link", { name: title }).click();
  await expect(page.getByRole("article")).toHaveAttribute("data-painted", /^\d+$/);
  await expect(page.getByText("0 of 1 submitted", { exact: false })).toBeVisible();
  await selectPhrase(page, "emirs had cars");
  await page.keyboard.press("3");
  await expect(page.getByText("All changes saved")).toBeVisible();
  await page.getByRole("button", { name: "Mark as done" }).click();
  await expect(page.getByText("1 of 1 submitted", { exact: false })).toBeVisible();
  await expect.poll(() => assignmentStatus(documentId, login)).toBe("submitted");

  await page.goBack();
  await expect(page.getByRole("heading", { name: "My documents" })).toBeVisible();
  await expect(row).toContainText("Submitted");
});

test("a memo typed just before following a link or reloading is not lost", async ({ page }) => {
  const documentId = plant("Memo");
  await signIn(page, "coder1");
  await openWorkspace(page, documentId);
  await selectPhrase(page, "told to be patient");
  await page.keyboard.press("3");
  const memo = page.getByRole("region", { name: "Selected annotation" }).getByLabel("Memo");
  await memo.fill("Promises to fighters, not to leaders.");
  await page.getByRole("link", { name: "My documents" }).first().click();
  await expect(page.getByRole("heading", { name: "My documents" })).toBeVisible();
  await expect.poll(() => storedAnnotations(documentId, "coder1").map((annotation) => annotation.memo)).toEqual(["Promises to fighters, not to leaders."]);

  await openWorkspace(page, documentId);
  await annotationOption(page, "Corrupt and un-Islamic", "told to be patient").click();
  await expect(memo).toHaveValue("Promises to fighters, not to leaders.");
  await memo.fill("Revised just before a reload.");
  await page.reload();
  await expect.poll(() => storedAnnotations(documentId, "coder1").map((annotation) => annotation.memo)).toEqual(["Revised just before a reload."]);
  await annotationOption(page, "Corrupt and un-Islamic", "told to be patient").click();
  await expect(memo).toHaveValue("Revised just before a reload.");
});

test("two tabs of the same coder stay consistent: a change in one shows in the other", async ({ context }) => {
  const documentId = plant("Two tabs");
  const first = await context.newPage();
  await signIn(first, "coder1");
  const second = await context.newPage();
  await openWorkspace(first, documentId);
  await openWorkspace(second, documentId);

  await selectPhrase(first, "no electricity most days");
  await first.keyboard.press("4");
  await expect(annotationOption(second, "Harsh and disappointing life", "no electricity most days")).toBeVisible();
  expect(await highlightedTexts(second, "Harsh and disappointing life")).toEqual(["no electricity most days"]);

  await annotationOption(second, "Harsh and disappointing life", "no electricity most days").click();
  await second.getByRole("region", { name: "Selected annotation" }).getByRole("button", { name: "Delete annotation" }).click();
  await expect(first.getByText("Nothing coded yet")).toBeVisible();
  expect(await highlightedTexts(first, "Harsh and disappointing life")).toEqual([]);
});

test("mark as done submits and freezes the coding until reopened; a locked round refuses reopening", async ({ page }) => {
  // A project of its own, so that submitting does not change the demo project's agreement while other tests read it.
  const { projectId } = plantProject(uniqueLogin("Submit"), [{ login: "coder1", role: "coder" }]);
  const documentId = plantAssignedDocument({ projectId, title: "Submitted statement", text: STATEMENT });
  await signIn(page, "coder1");
  await openWorkspace(page, documentId);
  await selectPhrase(page, "emirs had cars");
  await page.keyboard.press("3");
  await expect(page.getByText("All changes saved")).toBeVisible();

  await page.getByRole("button", { name: "Mark as done" }).click();
  await expect(page.getByText("Submitted", { exact: true })).toBeVisible();
  await expect.poll(() => assignmentStatus(documentId, "coder1")).toBe("submitted");
  await selectPhrase(page, "ordinary fighters");
  await page.keyboard.press("2");
  await expect(page.getByRole("status").filter({ hasText: "Reopen it to change its coding" })).toBeVisible();
  expect(storedAnnotations(documentId, "coder1", projectId)).toHaveLength(1);

  await page.getByRole("button", { name: "Reopen" }).click();
  await expect(page.getByText("In progress", { exact: true })).toBeVisible();
  await selectPhrase(page, "ordinary fighters");
  await page.keyboard.press("2");
  await expect.poll(() => storedAnnotations(documentId, "coder1", projectId).map((annotation) => annotation.quote)).toEqual(["emirs had cars", "ordinary fighters"]);

  await page.getByRole("button", { name: "Mark as done" }).click();
  await expect.poll(() => assignmentStatus(documentId, "coder1")).toBe("submitted");
  setProjectFlags(projectId, { roundLocked: true });
  await openWorkspace(page, documentId);
  await expect(page.getByText("The round is locked: this submission is final.")).toBeVisible();
  await expect(page.getByRole("button", { name: "Reopen" })).toHaveCount(0);
  const reopen = await page.request.post(`/api/documents/${documentId}/reopen`);
  expect(reopen.status()).toBe(409);
  expect(((await reopen.json()) as { error: string }).error).toContain("locked this round");
});

test("mark as done with nothing coded asks first and says what it records", async ({ page }) => {
  const { projectId } = plantProject(uniqueLogin("Submit empty"), [{ login: "coder1", role: "coder" }]);
  const documentId = plantAssignedDocument({ projectId, title: "Nothing to code", text: STATEMENT });
  await signIn(page, "coder1");
  await openWorkspace(page, documentId);
  await page.getByRole("button", { name: "Mark as done" }).click();
  const confirm = page.getByRole("group", { name: "Confirm marking done with nothing coded" });
  await expect(confirm).toContainText("none of the codebook's codes applies to this statement");
  await confirm.getByRole("button", { name: "Keep coding" }).click();
  expect(assignmentStatus(documentId, "coder1")).not.toBe("submitted");
  await page.getByRole("button", { name: "Mark as done" }).click();
  await page.getByRole("button", { name: "Mark done with nothing coded" }).click();
  await expect.poll(() => assignmentStatus(documentId, "coder1")).toBe("submitted");
});
