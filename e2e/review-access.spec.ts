import { expect, test } from "@playwright/test";
import { signIn, uniqueLogin } from "./fixtures";
import { AGREED_TEXT, codeThroughApp, DISPUTED_TEXT, plantReviewProject } from "./review-db";
import { plantProject } from "./test-db";

test("a coder gets 403 on every dashboard and review page and route, and changes nothing", async ({ page, browser }) => {
  const planted = plantReviewProject(uniqueLogin("Review access"), [
    { title: "Disputed statement", text: DISPUTED_TEXT },
    { title: "Agreed statement", text: AGREED_TEXT },
  ]);
  await codeThroughApp(browser, planted, [DISPUTED_TEXT, AGREED_TEXT]);
  const { projectId, documentIds } = planted;
  const documentId = documentIds[0]!;

  const supervisor = await (await browser.newContext()).newPage();
  await signIn(supervisor, "supervisor");
  const created = await supervisor.request.post(`/api/documents/${documentId}/consensus`, { data: { code: planted.codes[0]!.id, start: 0, end: 7, memo: "" } });
  expect(created.status()).toBe(201);
  const consensusId = ((await created.json()) as { id: number }).id;
  const annotationId = ((await (await supervisor.request.get(`/api/documents/${documentId}/review`)).json()) as { annotations: { id: number }[] }).annotations[0]!.id;

  await signIn(page, "coder1");
  for (const url of [`/projects/${projectId}/agreement`, `/projects/${projectId}/agreement?unit=character`, `/projects/${projectId}/review`, `/projects/${projectId}/review/${documentId}`]) {
    expect((await page.goto(url))?.status(), url).toBe(403);
  }
  const gets = [
    `/api/projects/${projectId}/agreement?unit=document`,
    `/api/projects/${projectId}/agreement/documents`,
    `/api/documents/${documentId}/review`,
    `/api/documents/${documentId}/consensus`,
  ];
  for (const url of gets) expect((await page.request.get(url)).status(), url).toBe(403);
  const writes = [
    page.request.post(`/api/documents/${documentId}/consensus`, { data: { source: annotationId, memo: "" } }),
    page.request.post(`/api/documents/${documentId}/consensus/agreed`),
    page.request.post(`/api/documents/${documentId}/review/rejections`, { data: { annotation: annotationId, memo: "" } }),
    page.request.patch(`/api/documents/${documentId}/review`, { data: { status: "done" } }),
    page.request.patch(`/api/consensus/${consensusId}`, { data: { memo: "mine now" } }),
    page.request.delete(`/api/consensus/${consensusId}`),
  ];
  for (const response of await Promise.all(writes)) expect(response.status(), response.url()).toBe(403);

  expect((await (await supervisor.request.get(`/api/documents/${documentId}/consensus`)).json()) as unknown[]).toEqual([expect.objectContaining({ id: consensusId, memo: "" })]);
});

test("a supervisor of another project gets 404 for this project's dashboard, review and consensus", async ({ page }) => {
  const { projectId, documentId } = plantProject(uniqueLogin("Review elsewhere"));
  await signIn(page, "supervisor");
  for (const url of [`/projects/${projectId}/agreement`, `/projects/${projectId}/review`, `/projects/${projectId}/review/${documentId}`]) {
    expect((await page.goto(url))?.status(), url).toBe(404);
  }
  for (const url of [`/api/projects/${projectId}/agreement/documents`, `/api/documents/${documentId}/review`, `/api/documents/${documentId}/consensus`]) {
    expect((await page.request.get(url)).status(), url).toBe(404);
  }
  expect((await page.request.post(`/api/documents/${documentId}/consensus/agreed`)).status()).toBe(404);
  expect((await page.request.delete(`/api/consensus/999999999`)).status()).toBe(404);
});

test("the review of one project's document is not reachable under another project's address", async ({ page }) => {
  const mine = plantReviewProject(uniqueLogin("Review own"), [{ title: "Own statement", text: AGREED_TEXT }]);
  const other = plantReviewProject(uniqueLogin("Review other"), [{ title: "Other statement", text: AGREED_TEXT }]);
  await signIn(page, "supervisor");
  expect((await page.goto(`/projects/${mine.projectId}/review/${other.documentIds[0]}`))?.status()).toBe(404);
  expect((await page.goto(`/projects/${other.projectId}/review/${other.documentIds[0]}`))?.status()).toBe(200);
});
