import { readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { unzipSync } from "fflate";
import { schemaErrors } from "../lib/refi-qda/xmllint.test-support";
import { signIn, uniqueLogin } from "./fixtures";
import { getDemoProjectId, plantAnnotation, plantProject, plantSubmission } from "./test-db";

test("a supervisor downloads the coded segments as CSV with the quote, and a formula in a memo comes back neutralised", async ({ page }) => {
  const name = uniqueLogin("Export project");
  const { projectId, documentId } = plantProject(name, [
    { login: "supervisor", role: "supervisor" },
    { login: "coder1", role: "coder" },
  ]);
  plantAnnotation({ documentId, login: "coder1", codePosition: 1, start: 2, end: 11, memo: '=HYPERLINK("http://example.invalid")' });
  plantSubmission({ documentId, login: "coder1" });

  await signIn(page, "supervisor");
  await page.goto(`/projects/${projectId}/export`);
  const form = page.getByRole("form", { name: "Export" });
  await form.getByLabel("Format").selectOption("csv");
  const downloadPromise = page.waitForEvent("download");
  await form.getByRole("button", { name: "Download" }).click();
  const download = await downloadPromise;
  expect(download.suggestedFilename()).toMatch(/-coders-segments\.csv$/);
  const csv = readFileSync(await download.path(), "utf8");
  expect(csv.startsWith("\ufeffdocument_id,document_title")).toBe(true);
  expect(csv).toContain(",coder1,Brutality against Sunnis,2,11,statement,");
  expect(csv).toContain(`"'=HYPERLINK(""http://example.invalid"")"`);
});

test("a supervisor exports only the annotations on statements of speakers from one country", async ({ page }) => {
  await signIn(page, "supervisor");
  await page.goto(`/projects/${getDemoProjectId()}/export`);
  const form = page.getByRole("form", { name: "Export" });
  await form.getByLabel("Format").selectOption("jsonl");
  await form.getByLabel("Speakers' country").selectOption("Syria");
  const downloadPromise = page.waitForEvent("download");
  await form.getByRole("button", { name: "Download" }).click();
  const lines = readFileSync(await (await downloadPromise).path(), "utf8").trim().split("\n");
  const countries = lines.map((line) => (JSON.parse(line) as { speaker: { country: string } | null }).speaker?.country);
  expect(countries.length).toBeGreaterThan(0);
  expect(new Set(countries)).toEqual(new Set(["Syria"]));
});

test("the .qdpx download is a whole archive whose project.qde validates against the REFI-QDA schema", async ({ page }) => {
  await signIn(page, "supervisor");
  const response = await page.request.get(`/api/projects/${getDemoProjectId()}/export?format=qdpx&layer=coders`);
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toBe("application/zip");
  const files = unzipSync(new Uint8Array(await response.body()));
  expect(schemaErrors(files["project.qde"]!, "Project.xsd")).toBe("");
  expect(Object.keys(files).filter((name) => name.startsWith("sources/")).length).toBeGreaterThan(10);
});

test("the JSON export holds the codebook, documents, assignments and annotations", async ({ page }) => {
  const { projectId, documentId } = plantProject(uniqueLogin("Json project"), [{ login: "supervisor", role: "supervisor" }, { login: "coder2", role: "coder" }]);
  plantAnnotation({ documentId, login: "coder2", codePosition: 3, start: 0, end: 1 });
  plantSubmission({ documentId, login: "coder2" });
  await signIn(page, "supervisor");
  const response = await page.request.get(`/api/projects/${projectId}/export?format=json`);
  expect(response.status()).toBe(200);
  const project = (await response.json()) as { codebook: unknown[]; documents: { id: string }[]; annotations: { coder: string; quote: string }[] };
  expect(project.codebook).toHaveLength(4);
  expect(project.documents.map((document) => document.id)).toEqual([String(documentId)]);
  expect(project.annotations).toEqual([expect.objectContaining({ coder: "coder2", quote: "A" })]);
});

test("an unknown export format is refused with a message, and a coder cannot export", async ({ page, browser }) => {
  const { projectId } = plantProject(uniqueLogin("Refused export"), [{ login: "supervisor", role: "supervisor" }, { login: "coder3", role: "coder" }]);
  await signIn(page, "supervisor");
  const bad = await page.request.get(`/api/projects/${projectId}/export?format=xlsx`);
  expect(bad.status()).toBe(400);
  expect(((await bad.json()) as { error: string }).error).toContain("format must be one of csv, matrix, json, jsonl");
  const coder = await (await browser.newContext()).newPage();
  await signIn(coder, "coder3");
  expect((await coder.request.get(`/api/projects/${projectId}/export?format=csv`)).status()).toBe(403);
});
