import { expect, test } from "@playwright/test";
import { signIn, uniqueLogin } from "./fixtures";
import { auditActionsOf, plantProject } from "./test-db";
import { plantAssignedDocument, storedAnnotations } from "./workspace-db";
import { STATEMENT } from "./workspace-page";

test("a script codes, changes, deletes, submits and reopens through the JSON API, each answer as the issue names it", async ({ page }) => {
  // A project of its own: the submission must not change the demo project's agreement while other tests read it.
  const { projectId } = plantProject(uniqueLogin("Script"), [{ login: "coder1", role: "coder" }]);
  const documentId = plantAssignedDocument({ title: `Script ${Date.now()}`, text: STATEMENT, projectId });
  await signIn(page, "coder1");

  const statement = await (await page.request.get(`/api/documents/${documentId}`)).json();
  expect(statement).toMatchObject({ id: documentId, projectId, text: STATEMENT, direction: "ltr", speaker: null, status: "assigned" });

  const created = await page.request.post(`/api/documents/${documentId}/annotations`, {
    data: { code: "Corrupt and un-Islamic", start: 5, end: 13, memo: "first pass" },
  });
  expect(created.status()).toBe(201);
  const annotation = (await created.json()) as { id: number; code: number };
  expect(annotation).toMatchObject({ start: 5, end: 13, quote: "punished", memo: "first pass" });

  const patched = await page.request.patch(`/api/annotations/${annotation.id}`, { data: { code: "Brutality against Sunnis", end: 31, quote: "punished men from the town" } });
  expect(patched.status()).toBe(200);
  expect(await patched.json()).toMatchObject({ id: annotation.id, start: 5, end: 31, quote: "punished men from the town", memo: "first pass" });
  const wrongQuote = await page.request.patch(`/api/annotations/${annotation.id}`, { data: { end: 13, quote: "punished men" } });
  expect(wrongQuote.status()).toBe(400);
  expect(((await wrongQuote.json()) as { error: string }).error).toContain("does not match the text");

  const layer = (await (await page.request.get(`/api/documents/${documentId}/annotations`)).json()) as { id: number; quote: string }[];
  expect(layer.map((item) => [item.id, item.quote])).toEqual([[annotation.id, "punished men from the town"]]);

  expect((await page.request.delete(`/api/annotations/${annotation.id}`)).status()).toBe(204);
  expect(await (await page.request.get(`/api/documents/${documentId}/annotations`)).json()).toEqual([]);
  expect(storedAnnotations(documentId, "coder1", projectId)).toEqual([]);

  const submitted = await page.request.post(`/api/documents/${documentId}/submit`);
  expect(submitted.status()).toBe(200);
  expect(await submitted.json()).toMatchObject({ status: "submitted", roundLocked: false });
  const reopened = await page.request.post(`/api/documents/${documentId}/reopen`);
  expect(await reopened.json()).toMatchObject({ status: "in_progress", submittedAt: null });

  expect(auditActionsOf(projectId)).toEqual(expect.arrayContaining(["annotation:create", "annotation:update", "annotation:delete"]));
});
