import { expect, test } from "@playwright/test";
import { signIn, uniqueLogin } from "./fixtures";
import { getDemoProjectId, plantDocument, plantProject } from "./test-db";

test("a coder cannot open, by URL, a document of their project that is not assigned to them", async ({ page }) => {
  const documentId = plantDocument({ projectId: getDemoProjectId(), title: "Unassigned statement", text: "Nobody was given this one." });
  await signIn(page, "coder1");
  const response = await page.goto(`/documents/${documentId}`);
  expect(response?.status()).toBe(404);
  await expect(page.getByText("Nobody was given this one.")).toHaveCount(0);
});

test("the documents API gives a coder only their own assignments with status", async ({ page }) => {
  const documentId = plantDocument({ projectId: getDemoProjectId(), title: "Another unassigned statement", text: "Not for coders yet." });
  await signIn(page, "coder1");
  const response = await page.request.get(`/api/projects/${getDemoProjectId()}/documents`);
  expect(response.status()).toBe(200);
  const documents = (await response.json()) as { id: number; status: string }[];
  expect(documents.length).toBeGreaterThanOrEqual(14);
  expect(documents.every((document) => ["assigned", "in_progress", "submitted"].includes(document.status))).toBe(true);
  expect(documents.map((document) => document.id)).not.toContain(documentId);
});

test("nothing of another project reaches a non-member: pages and API answer 404", async ({ page }) => {
  const { projectId, documentId } = plantProject(uniqueLogin("Closed project"));
  await signIn(page, "supervisor");
  expect((await page.request.get(`/api/projects/${projectId}/documents`)).status()).toBe(404);
  expect((await page.goto(`/projects/${projectId}`))?.status()).toBe(404);
  expect((await page.goto(`/documents/${documentId}`))?.status()).toBe(404);
  const projects = (await (await page.request.get("/api/projects")).json()) as { id: number }[];
  expect(projects.map((project) => project.id)).not.toContain(projectId);
});

test("a coder gets 403 on the supervisor's project overview", async ({ page }) => {
  await signIn(page, "coder2");
  const response = await page.goto(`/projects/${getDemoProjectId()}`);
  expect(response?.status()).toBe(403);
});

test("the projects API lists the caller's projects with their role", async ({ page }) => {
  await signIn(page, "supervisor");
  const projects = (await (await page.request.get("/api/projects")).json()) as { id: number; name: string; role: string }[];
  expect(projects).toContainEqual({ id: getDemoProjectId(), name: "Demo: defector statements", role: "supervisor" });
});

test("a state-changing call from another origin, or from an opaque one, is refused and changes nothing", async ({ page }) => {
  await signIn(page, "coder1");
  const documentsApi = `/api/projects/${getDemoProjectId()}/documents`;
  const statuses = async () => (await (await page.request.get(documentsApi)).json()) as { id: number; status: string }[];
  const before = await statuses();
  const open = before.find((document) => document.status !== "submitted")!;
  for (const origin of ["https://evil.example", "null"]) {
    const response = await page.request.post(`/api/documents/${open.id}/submit`, { headers: { Origin: origin } });
    expect(response.status()).toBe(403);
    expect(await response.json()).toEqual({ error: "Cross-origin requests are not allowed." });
  }
  expect(await statuses()).toEqual(before);
});
