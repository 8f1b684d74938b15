import { expect, test } from "@playwright/test";
import { buildTestDocx } from "../lib/import/build-test-docx";
import { writeQdpx } from "../lib/refi-qda/write-qdpx";
import { signIn, uniqueLogin } from "./fixtures";
import { countStoredDocumentsTitled } from "./import-jobs-db";
import { startSecondServer } from "./second-server";
import { getDemoProjectId } from "./test-db";

// playwright.config.ts gives the shared server IMPORT_MAX_CHARACTERS=5,000,000, so these files stay small to build.
const CHARACTER_LIMIT = 5_000_000;

function largeCsv(tag: string, rows: number): Buffer {
  const lines = ["title,text"];
  for (let row = 0; row < rows; row++) lines.push(`${tag} ${row},"Statement ${row} of ${tag}: he left when the salaries stopped and the fighting turned on Sunnis."`);
  return Buffer.from(lines.join("\n"));
}

test("a large import shows its job's progress and can be cancelled, and nothing of it is written", async ({ page }) => {
  test.slow();
  const tag = uniqueLogin("cancelled");
  await signIn(page, "supervisor");
  await page.goto(`/projects/${getDemoProjectId()}/import`);
  await page.getByLabel("Choose files").setInputFiles({ name: `${tag}.csv`, mimeType: "text/csv", buffer: largeCsv(tag, 40_000) });
  await expect(page.getByRole("group", { name: `Columns of ${tag}.csv` })).toContainText("40000 statements");
  await page.getByRole("button", { name: "Import 1 file" }).click();

  const job = page.getByRole("group", { name: `Job of ${tag}.csv` });
  await expect(job).toContainText(/storing documents \(\d[\d,]* of 40,000\)/, { timeout: 60_000 });
  await job.getByRole("button", { name: `Cancel ${tag}.csv` }).click();

  const summary = page.getByRole("status", { name: "Import summary" });
  await expect(summary).toContainText("Cancelled. Nothing of it was saved.", { timeout: 60_000 });
  await expect.poll(() => countStoredDocumentsTitled(tag), { timeout: 60_000 }).toBe(0);
  const listed = (await (await page.request.get(`/api/projects/${getDemoProjectId()}/documents`)).json()) as { title: string }[];
  expect(listed.filter((document) => document.title.startsWith(tag))).toEqual([]);
});

test("a 25 MB upload is refused with a message before it is read", async ({ page }) => {
  const tag = uniqueLogin("huge");
  await signIn(page, "supervisor");
  const response = await page.request.post(`/api/projects/${getDemoProjectId()}/import`, {
    multipart: { file: { name: `${tag}.txt`, mimeType: "text/plain", buffer: Buffer.alloc(25 * 1024 * 1024, "a") } },
  });
  expect(response.status()).toBe(413);
  expect(((await response.json()) as { error: string }).error).toContain("IMPORT_MAX_FILE_MB");

  await page.goto(`/projects/${getDemoProjectId()}/import`);
  await page.getByLabel("Choose files").setInputFiles({ name: `${tag}.txt`, mimeType: "text/plain", buffer: Buffer.alloc(25 * 1024 * 1024, "b") });
  await page.getByRole("button", { name: "Import 1 file" }).click();
  const summary = page.getByRole("status", { name: "Import summary" });
  await expect(summary).toContainText("is larger than the 20 MB this server imports (IMPORT_MAX_FILE_MB); nothing of it was read or saved.");
  expect(countStoredDocumentsTitled(tag)).toBe(0);
});

test("a .docx and a .qdpx that expand past the character limit are refused, and nothing of them is written", async ({ page }) => {
  const tag = uniqueLogin("expanding");
  const text = `${tag} `.padEnd(CHARACTER_LIMIT + 1000, "x");
  const docx = buildTestDocx(`<w:p><w:r><w:t>${text}</w:t></w:r></w:p>`);
  const qdpx = writeQdpx({
    name: tag,
    users: [],
    codes: [],
    variables: [],
    cases: [],
    sources: [{ guid: "0b7a1c1e-4a0e-4d55-9a8b-6f1c2d3e4f50", name: `${tag} source`, text }],
    codings: [],
    sets: [],
  });
  if (!qdpx.ok) throw new Error(qdpx.error.message);
  await signIn(page, "supervisor");
  await page.goto(`/projects/${getDemoProjectId()}/import`);
  await page.getByLabel("Choose files").setInputFiles([
    { name: `${tag}.docx`, mimeType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document", buffer: Buffer.from(docx) },
    { name: `${tag}.qdpx`, mimeType: "application/zip", buffer: Buffer.concat([...qdpx.value].map((chunk) => Buffer.from(chunk))) },
  ]);
  await page.getByRole("button", { name: "Import 2 files" }).click();
  const summary = page.getByRole("status", { name: "Import summary" });
  await expect(summary).toContainText("2 files refused", { timeout: 60_000 });
  await expect(summary).toContainText("IMPORT_MAX_CHARACTERS");
  expect(countStoredDocumentsTitled(tag)).toBe(0);
});

test("a job past its time limit is stopped with a message naming the limit, and the app keeps answering", async ({ browser }) => {
  test.slow();
  const server = await startSecondServer(3101, { JOB_MAX_SECONDS: "0.001" });
  try {
    const context = await browser.newContext({ baseURL: server.baseURL });
    const page = await context.newPage();
    await signIn(page, "supervisor");
    const projects = (await (await page.request.get("/api/projects")).json()) as { id: number }[];
    await page.goto(`/projects/${projects[0]!.id}/import`);
    await page.getByLabel("Choose files").setInputFiles({ name: "slow.txt", mimeType: "text/plain", buffer: Buffer.from("A statement that will not be given the time.") });
    await page.getByRole("button", { name: "Import 1 file" }).click();
    const summary = page.getByRole("status", { name: "Import summary" });
    await expect(summary).toContainText("time limit of 0.001 s and was stopped. Nothing of it was saved.");
    await expect(summary).toContainText("JOB_MAX_SECONDS");
    await page.goto("/");
    await expect(page.getByRole("heading", { level: 1, name: "Demo: defector statements" })).toBeVisible();
    expect((await page.request.get("/api/projects")).status()).toBe(200);
    await context.close();
  } finally {
    server.stop();
  }
});
