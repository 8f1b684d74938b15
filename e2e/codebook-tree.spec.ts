import { type Browser, expect, type Page, test } from "@playwright/test";
import { signIn, uniqueLogin } from "./fixtures";
import { plantReviewProject } from "./review-db";
import { plantAnnotation } from "./test-db";

const TEXT = "They punished men from the town. The emirs lived in large houses.";
// Default codebook positions: 0 Fighting fellow Sunnis, 1 Brutality against Sunnis, 2 Corrupt and un-Islamic, 3 Harsh life.
const FIRST = { start: 0, end: 31 };
const SECOND = { start: 33, end: 64 };

const row = (page: Page, name: string) => page.getByRole("treeitem", { name, exact: true });

/** Opens a code's form from the tree and waits for it: its heading is the code's path. */
async function open(page: Page, name: string, path = name) {
  await row(page, name).click();
  await expect(page.getByRole("heading", { level: 2, name: path, exact: true })).toBeVisible();
}

async function coderSees(browser: Browser, documentId: number): Promise<{ code: number; start: number }[]> {
  const context = await browser.newContext();
  const coder = await context.newPage();
  await signIn(coder, "coder1");
  const response = await coder.request.get(`/api/documents/${documentId}/annotations`);
  expect(response.status()).toBe(200);
  const annotations = (await response.json()) as { code: number; start: number }[];
  await context.close();
  return annotations;
}

test("a supervisor adds, moves, reorders, merges and deletes codes, and the codings follow", async ({ page, browser }) => {
  test.slow();
  const { projectId, documentIds, codes } = plantReviewProject(uniqueLogin("Codebook tree"), [{ title: "Statement", text: TEXT }]);
  const documentId = documentIds[0]!;
  const brutality = codes[1]!.id;
  plantAnnotation({ documentId, login: "coder1", codePosition: 0, ...FIRST });
  plantAnnotation({ documentId, login: "coder1", codePosition: 1, ...FIRST });
  plantAnnotation({ documentId, login: "coder1", codePosition: 0, ...SECOND });
  plantAnnotation({ documentId, login: "coder2", codePosition: 2, ...SECOND });
  await signIn(page, "supervisor");
  await page.goto(`/projects/${projectId}/codebook`);
  const status = page.getByRole("status");

  // Add a code at the top level, then a sub-code under it.
  await page.getByRole("form", { name: "Add a code at the top level" }).getByLabel("New code").fill("Violence");
  await page.getByRole("form", { name: "Add a code at the top level" }).getByRole("button", { name: "Add" }).click();
  await expect(row(page, "Violence")).toHaveAttribute("aria-level", "1");
  await open(page, "Violence");
  const addSub = page.getByRole("form", { name: "Add a sub-code to Violence" });
  await addSub.getByLabel("New sub-code").fill("Executions");
  await addSub.getByRole("button", { name: "Add" }).click();
  await expect(row(page, "Executions")).toHaveAttribute("aria-level", "2");

  // Move "Brutality against Sunnis" under Violence from the keyboard path: "Move to…".
  await open(page, "Brutality against Sunnis");
  const moveForm = page.getByRole("form", { name: "Move Brutality against Sunnis" });
  await moveForm.getByLabel("Narrow move to…").fill("viol");
  await moveForm.getByLabel("Move to…", { exact: true }).selectOption({ label: "Violence" });
  await moveForm.getByRole("button", { name: "Move here" }).click();
  await expect(status).toHaveText('Moved "Brutality against Sunnis".');
  await expect(row(page, "Brutality against Sunnis")).toHaveAttribute("aria-level", "2");
  await expect(row(page, "Brutality against Sunnis")).toContainText("1 coding");

  // Drag "Harsh and disappointing life" into Violence, then reorder it first with Alt+↑, twice.
  await row(page, "Harsh and disappointing life").dragTo(row(page, "Violence"));
  await expect(row(page, "Harsh and disappointing life")).toHaveAttribute("aria-level", "2");
  await row(page, "Harsh and disappointing life").focus();
  await page.keyboard.press("Alt+ArrowUp");
  const above = [/Fighting fellow Sunnis/, /Corrupt and un-Islamic/, /Violence/];
  await expect(page.getByRole("treeitem")).toHaveText([...above, /Executions/, /Harsh and disappointing life/, /Brutality against Sunnis/]);
  await expect(row(page, "Harsh and disappointing life")).toBeFocused();
  await page.keyboard.press("Alt+ArrowUp");
  await expect(page.getByRole("treeitem")).toHaveText([...above, /Harsh and disappointing life/, /Executions/, /Brutality against Sunnis/]);

  // A code cannot go under its own sub-code.
  await open(page, "Violence");
  await expect(page.getByRole("form", { name: "Move Violence" }).getByRole("option", { name: "Violence › Executions" })).toHaveCount(0);

  // Merge "Fighting fellow Sunnis" into "Brutality against Sunnis": coder1's coding of the first sentence is a duplicate.
  await open(page, "Fighting fellow Sunnis");
  await page.getByLabel("Narrow merge into").fill("Brutality");
  await page.getByLabel("Merge into", { exact: true }).selectOption({ label: "Violence › Brutality against Sunnis" });
  await page.getByRole("button", { name: "Preview merge" }).click();
  const merge = page.getByRole("form", { name: "Merge Fighting fellow Sunnis" });
  await expect(merge).toContainText('2 codings of "Fighting fellow Sunnis" (2 by coders, 0 in the consensus) become codings of "Violence › Brutality against Sunnis"; 1 of them duplicate');
  await merge.getByRole("button", { name: "Merge into Violence › Brutality against Sunnis" }).click();
  await expect(status).toHaveText('Merged into "Brutality against Sunnis": 1 codings moved, 1 duplicates collapsed.');
  await expect(row(page, "Fighting fellow Sunnis")).toHaveCount(0);
  await expect(row(page, "Brutality against Sunnis")).toContainText("2 codings");
  expect((await coderSees(browser, documentId)).map((annotation) => [annotation.code, annotation.start])).toEqual([
    [brutality, FIRST.start],
    [brutality, SECOND.start],
  ]);

  // Delete "Corrupt and un-Islamic" after a confirmation that counts its coding.
  await open(page, "Corrupt and un-Islamic");
  await page.getByRole("button", { name: "Delete Corrupt and un-Islamic…" }).click();
  const confirm = page.getByRole("form", { name: "Delete Corrupt and un-Islamic" });
  await expect(confirm).toContainText('Deleting "Corrupt and un-Islamic" deletes its 1 codings (1 by coders, 0 in the consensus)');
  await confirm.getByRole("button", { name: "Delete Corrupt and un-Islamic and 1 codings" }).click();
  await expect(status).toHaveText("Deleted the code and its 1 codings.");
  await expect(row(page, "Corrupt and un-Islamic")).toHaveCount(0);

  // Reloaded, the tree is as left.
  await page.reload();
  await expect(page.getByRole("treeitem")).toHaveText([/Violence/, /Harsh and disappointing life/, /Executions/, /Brutality against Sunnis/]);
});

test("a group cannot be coded, keys are unique, and the search opens the way to a deep code", async ({ page, browser }) => {
  test.slow();
  const { projectId, documentIds } = plantReviewProject(uniqueLogin("Codebook groups"), [{ title: "Statement", text: TEXT }]);
  await signIn(page, "supervisor");
  await page.goto(`/projects/${projectId}/codebook`);
  const addTop = page.getByRole("form", { name: "Add a code at the top level" });
  await addTop.getByLabel("New code").fill("Violence");
  await addTop.getByRole("button", { name: "Add" }).click();
  for (const [parent, path, name] of [["Violence", "Violence", "Executions"], ["Executions", "Violence › Executions", "Public beheadings"]] as const) {
    await open(page, parent, path);
    const form = page.getByRole("form", { name: `Add a sub-code to ${parent}` });
    await form.getByLabel("New sub-code").fill(name);
    await form.getByRole("button", { name: "Add" }).click();
    await expect(row(page, name)).toBeVisible();
  }

  // Collapsed below the second level; the search shows a deep code with its ancestors.
  await page.reload();
  await expect(row(page, "Executions")).toBeVisible();
  await expect(row(page, "Public beheadings")).toHaveCount(0);
  await page.getByLabel("Find a code").fill("behead");
  await expect(page.getByRole("treeitem")).toHaveText([/Violence/, /Executions/, /Public beheadings/]);
  await page.getByLabel("Find a code").fill("");

  // Make Violence a group with key 5, then try key 1, which "Fighting fellow Sunnis" has.
  await open(page, "Violence");
  const settings = page.getByRole("form", { name: "Key and group of Violence" });
  await settings.getByLabel("Key (1–9)").fill("5");
  await settings.getByLabel("Group: organises codes, cannot be coded").check();
  await settings.getByRole("button", { name: "Save key and group" }).click();
  await expect(settings.getByRole("status")).toHaveText('"Violence" has key 5 and is a group that cannot be coded.');
  await expect(row(page, "Violence")).toContainText("group");
  await settings.getByLabel("Key (1–9)").fill("1");
  await settings.getByRole("button", { name: "Save key and group" }).click();
  await expect(settings.getByRole("alert")).toHaveText('Key 1 already codes "Fighting fellow Sunnis"; clear it there first.');

  const context = await browser.newContext();
  const coder = await context.newPage();
  await signIn(coder, "coder1");
  const api = `/api/documents/${documentIds[0]}/annotations`;
  const codebook = (await (await coder.request.get(`/api/projects/${projectId}/codes`)).json()) as { id: number; name: string }[];
  const idOf = (name: string) => codebook.find((code) => code.name === name)!.id;
  const refused = await coder.request.post(api, { data: { code: idOf("Violence"), start: 0, end: 4, memo: "" } });
  expect(refused.status()).toBe(400);
  expect(((await refused.json()) as { error: string }).error).toBe('"Violence" is a group of codes and cannot be coded; choose one of its codes.');
  expect((await coder.request.post(api, { data: { code: idOf("Public beheadings"), start: 0, end: 4, memo: "" } })).status()).toBe(201);
  await context.close();
});
