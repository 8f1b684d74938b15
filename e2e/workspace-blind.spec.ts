import { expect, test } from "@playwright/test";
import { signIn, uniqueLogin } from "./fixtures";
import { plantProject } from "./test-db";
import { plantAssignedDocument, setProjectFlags, storedAnnotations } from "./workspace-db";
import { openWorkspace, selectPhrase, STATEMENT } from "./workspace-page";

test("a second coder signed in at the same time sees nothing of the first coder's annotations, and the API refuses them", async ({ browser }) => {
  // A project of its own: the submission below must not change the demo project's agreement while other tests read it.
  const { projectId } = plantProject(uniqueLogin("Blind"), [
    { login: "coder1", role: "coder" },
    { login: "coder2", role: "coder" },
    { login: "supervisor", role: "supervisor" },
  ]);
  const documentId = plantAssignedDocument({ projectId, title: `Blind ${Date.now()}`, text: STATEMENT, coders: ["coder1", "coder2"] });
  const [coder1, coder2, supervisor] = await Promise.all([0, 1, 2].map(async () => (await browser.newContext()).newPage()));
  await signIn(coder1!, "coder1");
  await signIn(coder2!, "coder2");
  await signIn(supervisor!, "supervisor");
  await openWorkspace(coder1!, documentId);
  await openWorkspace(coder2!, documentId);

  await selectPhrase(coder1!, "punished men from the town");
  await coder1!.keyboard.press("2");
  await coder1!.getByRole("region", { name: "Selected annotation" }).getByLabel("Memo").fill("coder1 private memo");
  await coder1!.getByRole("region", { name: "Selected annotation" }).getByLabel("Memo").blur();
  await expect.poll(() => storedAnnotations(documentId, "coder1", projectId).map((annotation) => annotation.memo)).toEqual(["coder1 private memo"]);

  await coder2!.reload();
  await expect(coder2!.getByRole("article")).toHaveAttribute("data-painted", "0");
  await expect(coder2!.getByText("Nothing coded yet")).toBeVisible();
  expect(await coder2!.evaluate(() => [...CSS.highlights.values()].reduce((count, highlight) => count + highlight.size, 0))).toBe(0);
  // What the server sends coder2 with the page (HTML and the React payload in it) holds the text but nothing of coder1's.
  const sent = await (await coder2!.request.get(`/documents/${documentId}`)).text();
  expect(sent).toContain("They punished men from the town");
  expect(sent).not.toContain("coder1 private memo");

  const api = `/api/documents/${documentId}/annotations`;
  expect(await (await coder2!.request.get(api)).json()).toEqual([]);
  const refused = await coder2!.request.get(`${api}?coder=coder1`);
  expect(refused.status()).toBe(403);
  expect(((await refused.json()) as { error: string }).error).toContain("blind coding");
  const [theirs] = (await (await coder1!.request.get(api)).json()) as { id: number }[];
  expect((await coder2!.request.patch(`/api/annotations/${theirs!.id}`, { data: { memo: "mine" } })).status()).toBe(404);
  expect((await coder2!.request.delete(`/api/annotations/${theirs!.id}`)).status()).toBe(404);
  expect((await supervisor!.request.patch(`/api/annotations/${theirs!.id}`, { data: { memo: "mine" } })).status()).toBe(404);

  // A supervisor sees a coder's layer once it is submitted, and not before.
  expect((await supervisor!.request.get(`${api}?coder=coder1`)).status()).toBe(403);
  await coder1!.getByRole("button", { name: "Mark as done" }).click();
  await expect(coder1!.getByText("Submitted", { exact: true })).toBeVisible();
  const submitted = await supervisor!.request.get(`${api}?coder=coder1`);
  expect(submitted.status()).toBe(200);
  expect(((await submitted.json()) as { memo: string }[]).map((annotation) => annotation.memo)).toEqual(["coder1 private memo"]);
  expect((await coder2!.request.get(`${api}?coder=coder1`)).status()).toBe(403);
});

test("once a supervisor reveals the project's annotations, a coder may read another coder's layer", async ({ page }) => {
  const { projectId } = plantProject(uniqueLogin("Revealed"), [
    { login: "coder1", role: "coder" },
    { login: "coder2", role: "coder" },
  ]);
  const documentId = plantAssignedDocument({ projectId, title: "Revealed statement", text: STATEMENT, coders: ["coder1", "coder2"] });
  await signIn(page, "coder1");
  const api = `/api/documents/${documentId}/annotations`;
  expect((await page.request.post(api, { data: { code: "Brutality against Sunnis", start: 5, end: 31 } })).status()).toBe(201);

  const other = await (await page.context().browser()!.newContext()).newPage();
  await signIn(other, "coder2");
  expect((await other.request.get(`${api}?coder=coder1`)).status()).toBe(403);
  setProjectFlags(projectId, { annotationsRevealed: true });
  const revealed = await other.request.get(`${api}?coder=coder1`);
  expect(revealed.status()).toBe(200);
  expect(((await revealed.json()) as { quote: string }[]).map((annotation) => annotation.quote)).toEqual(["punished men from the town"]);

  // The workspace shows it too, read-only and named by coder.
  await openWorkspace(other, documentId);
  const theirs = other.getByRole("region", { name: "coder1's annotations" });
  await expect(theirs).toContainText("Brutality against Sunnis");
  await expect(theirs).toContainText("punished men from the town");
  await expect(theirs.getByRole("button")).toHaveCount(0);
  setProjectFlags(projectId, { annotationsRevealed: false });
  await openWorkspace(other, documentId);
  await expect(other.getByText("Other coders' work (revealed by the supervisor)")).toHaveCount(0);
});

test("the annotations API checks the origin, the span and the quote, and says what is wrong", async ({ page }) => {
  const documentId = plantAssignedDocument({ title: `API ${Date.now()}`, text: STATEMENT });
  await signIn(page, "coder1");
  const api = `/api/documents/${documentId}/annotations`;
  const valid = { code: "Brutality against Sunnis", start: 5, end: 31, quote: "punished men from the town" };

  const foreign = await page.request.post(api, { data: valid, headers: { Origin: "https://attacker.example" } });
  expect(foreign.status()).toBe(403);

  const outside = await page.request.post(api, { data: { ...valid, end: 5000, quote: undefined } });
  expect(outside.status()).toBe(400);
  expect(((await outside.json()) as { error: string }).error).toContain("ends after the text, which is 281 code points long");

  const wrongQuote = await page.request.post(api, { data: { ...valid, quote: "punished men from the tow" } });
  expect(wrongQuote.status()).toBe(400);
  expect(((await wrongQuote.json()) as { error: string }).error).toContain('The quote does not match the text at 5–31, which reads "punished men from the town"');

  const unknownCode = await page.request.post(api, { data: { ...valid, code: "Boredom" } });
  expect(unknownCode.status()).toBe(400);
  expect(((await unknownCode.json()) as { error: string }).error).toContain('Unknown code "Boredom"');

  const created = await page.request.post(api, { data: valid });
  expect(created.status()).toBe(201);
  expect(await created.json()).toMatchObject({ start: 5, end: 31, quote: "punished men from the town", memo: "" });
  expect(storedAnnotations(documentId, "coder1").map((annotation) => annotation.code)).toEqual(["Brutality against Sunnis"]);

  const statement = (await (await page.request.get(`/api/documents/${documentId}`)).json()) as { text: string; direction: string; status: string };
  expect(statement).toMatchObject({ text: STATEMENT, direction: "ltr", status: "in_progress" });
});

test("the codebook API lists the codes in order with id, name, key, colour and definition", async ({ page }) => {
  const documentId = plantAssignedDocument({ title: `Codebook ${Date.now()}`, text: STATEMENT });
  await signIn(page, "coder1");
  const { projectId } = (await (await page.request.get(`/api/documents/${documentId}`)).json()) as { projectId: number };
  const codes = (await (await page.request.get(`/api/projects/${projectId}/codes`)).json()) as Record<string, unknown>[];
  expect(codes.map((code) => [code.key, code.name])).toEqual([
    ["1", "Fighting fellow Sunnis"],
    ["2", "Brutality against Sunnis"],
    ["3", "Corrupt and un-Islamic"],
    ["4", "Harsh and disappointing life"],
  ]);
  expect(Object.keys(codes[0]!)).toEqual(expect.arrayContaining(["id", "name", "key", "colour", "definition"]));
  expect(codes[1]).toMatchObject({ colour: "#c62828", definition: expect.stringContaining("brutality") });
});

test("documents of another project and writes by a supervisor are refused", async ({ page, browser }) => {
  const { documentId: foreignDocument } = plantProject(uniqueLogin("Foreign"));
  await signIn(page, "coder1");
  expect((await page.request.get(`/api/documents/${foreignDocument}/annotations`)).status()).toBe(404);
  expect((await page.request.get(`/api/documents/${foreignDocument}`)).status()).toBe(404);

  const documentId = plantAssignedDocument({ title: `Supervised ${Date.now()}`, text: STATEMENT });
  const supervisor = await (await browser.newContext()).newPage();
  await signIn(supervisor, "supervisor");
  const refused = await supervisor.request.post(`/api/documents/${documentId}/annotations`, { data: { code: 1, start: 0, end: 4 } });
  expect(refused.status()).toBe(403);
});
