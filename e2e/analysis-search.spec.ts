import { expect, test } from "@playwright/test";
import { getCoderAnnotations, PLANTED_STATEMENTS, plantAnalysisCorpus, spanOf } from "./analysis-db";
import { signIn, uniqueLogin } from "./fixtures";

type Suggestion = { id: number; start: number; end: number; quote: string; origin: string; codeName: string; decision: string | null };

test("search finds English and Arabic words as keyword-in-context lines, under the filters", async ({ page }) => {
  const planted = plantAnalysisCorpus(uniqueLogin("Analysis search"));
  await signIn(page, "supervisor");
  await page.goto(`/projects/${planted.projectId}/analysis/search`);
  await page.getByRole("search").getByLabel("Words").fill("apostates");
  await page.getByRole("search").getByRole("button", { name: "Search" }).click();
  // S1, S4 and S6 say "apostates" once each.
  await expect(page.getByText("3 statements contain “apostates”; 3 hits in the first 3 of them.")).toBeVisible();
  const lines = page.getByRole("table", { name: "“apostates” in context" });
  const s4 = lines.getByRole("row").filter({ hasText: "S4 by Karim" });
  await expect(s4.getByRole("cell")).toHaveText(["S4 by Karim", "Karim", "2015-08-20", "We attacked the", "apostates", "of the other brigade instead of …"]);
  const hit = spanOf(PLANTED_STATEMENTS[3].text, "apostates");
  await expect(s4.getByRole("link", { name: "apostates" })).toHaveAttribute("href", `/documents/${planted.documentIds.S4}#${hit.start}-${hit.end}`);

  await page.getByRole("search").getByLabel("Words").fill("النظام");
  await page.getByRole("search").getByRole("button", { name: "Search" }).click();
  await expect(page.getByText("1 statement contains “النظام”; 1 hit in the first 1 of them.")).toBeVisible();
  await expect(page.getByRole("link", { name: "النظام" })).toBeVisible();
  // Written with its vowels, the word still finds S5, which has none.
  await page.getByRole("search").getByLabel("Words").fill("جِئْنَا");
  await page.getByRole("search").getByRole("button", { name: "Search" }).click();
  await expect(page.getByText("1 statement contains “جِئْنَا”; 1 hit in the first 1 of them.")).toBeVisible();
  await expect(page.getByRole("link", { name: "جئنا" })).toBeVisible();

  await page.goto(`/projects/${planted.projectId}/analysis/search?q=apostates&region=Syria`);
  await expect(page.getByText("2 statements contain “apostates”; 2 hits in the first 2 of them.")).toBeVisible();
  expect((await (await page.request.get(`/api/projects/${planted.projectId}/search?q=apostat*&region=Syria`)).json()).statements).toBe(2);
});

test("a supervisor codes all hits as suggestions; a coder accepts one into their own layer and rejects another", async ({ browser }) => {
  const planted = plantAnalysisCorpus(uniqueLogin("Analysis suggestions"));
  const supervisor = await browser.newPage();
  await signIn(supervisor, "supervisor");
  await supervisor.goto(`/projects/${planted.projectId}/analysis/search?q=apostates`);
  const form = supervisor.getByRole("form", { name: "Code all hits" });
  await form.getByRole("combobox", { name: "Code", exact: true }).selectOption({ label: "Fighting fellow Sunnis" });
  await form.getByRole("button", { name: "Suggest all hits to coders" }).click();
  await expect(form.getByRole("status")).toHaveText("3 suggestions of “Fighting fellow Sunnis” made in 3 statements.");
  await form.getByRole("button", { name: "Suggest all hits to coders" }).click();
  await expect(form.getByRole("status")).toHaveText("0 suggestions of “Fighting fellow Sunnis” made in 3 statements (3 were suggested already).");

  const coder = await browser.newPage();
  await signIn(coder, "coder1");
  const before = getCoderAnnotations(planted.documentIds.S1);
  const list = async (key: "S1" | "S4") =>
    (await (await coder.request.get(`/api/projects/${planted.projectId}/suggestions?documentId=${planted.documentIds[key]}`)).json()) as Suggestion[];
  const [s1] = await list("S1");
  // The hit stands for its sentence.
  expect(s1).toMatchObject({ ...spanOf(PLANTED_STATEMENTS[0].text, "After some months they told us the brigades in the next valley were apostates."), origin: "apostates", codeName: "Fighting fellow Sunnis", decision: null });
  expect(getCoderAnnotations(planted.documentIds.S1)).toEqual(before);

  const accepted = await coder.request.post(`/api/projects/${planted.projectId}/suggestions/${s1!.id}/decision`, { data: { decision: "accepted" } });
  expect(accepted.status()).toBe(200);
  const { annotationId } = await accepted.json();
  const created = getCoderAnnotations(planted.documentIds.S1).find((annotation) => annotation.id === annotationId);
  expect(created).toMatchObject({ codeId: planted.codeIds.F, start: s1!.start, end: s1!.end, quote: s1!.quote });
  expect((await list("S1"))[0]!.decision).toBe("accepted");
  const again = await coder.request.post(`/api/projects/${planted.projectId}/suggestions/${s1!.id}/decision`, { data: { decision: "rejected" } });
  expect(again.status()).toBe(409);
  expect((await again.json()).error).toBe("You have accepted this suggestion already.");

  // In the coding workspace, the coder sees the suggestion beside the text and rejects it.
  const [s4] = await list("S4");
  await coder.goto(`/documents/${planted.documentIds.S4}`);
  await coder.getByText("Suggested passages").click();
  const suggestion = coder.getByRole("listitem", { name: `Suggestion: ${s4!.quote}` });
  await suggestion.getByRole("button", { name: "Reject" }).click();
  await expect(suggestion.getByRole("status")).toHaveText("Rejected.");
  expect((await list("S4"))[0]!.decision).toBe("rejected");
  expect(getCoderAnnotations(planted.documentIds.S4)).toEqual([]);

  // Supervisors suggest but do not decide; another coder of the demo is no member of this project.
  expect((await supervisor.request.post(`/api/projects/${planted.projectId}/suggestions/${s4!.id}/decision`, { data: { decision: "accepted" } })).status()).toBe(403);
  const outsider = await browser.newPage();
  await signIn(outsider, "coder2");
  expect((await outsider.request.get(`/api/projects/${planted.projectId}/suggestions?documentId=${planted.documentIds.S4}`)).status()).toBe(404);
  expect((await coder.request.post(`/api/projects/${planted.projectId}/suggestions`, { data: { query: "apostates", codeId: planted.codeIds.F } })).status()).toBe(403);
});
