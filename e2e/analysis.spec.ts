import { readFileSync } from "node:fs";
import { expect, type Locator, type Page, test } from "@playwright/test";
import { plantAnalysisCorpus } from "./analysis-db";
import { signIn, uniqueLogin } from "./fixtures";

// Every expected figure is counted by hand from the table in e2e/analysis-db.ts: 8 speakers, 9 statements.

/** The cells after the row header `header` of `table`, as the page shows them. */
function row(table: Locator, header: string): Locator {
  return table.getByRole("row").filter({ has: table.page().getByRole("rowheader", { name: header, exact: true }) }).getByRole("cell");
}

async function openAnalysis(page: Page, projectId: number, tab: string, query = "") {
  await signIn(page, "supervisor");
  await page.goto(`/projects/${projectId}/analysis/${tab}${query}`);
}

test("the speakers page counts each speaker once with their statements, and an unknown country as unknown", async ({ page }) => {
  const { projectId } = plantAnalysisCorpus(uniqueLogin("Analysis speakers"));
  await openAnalysis(page, projectId, "speakers");
  await expect(page.getByLabel("Filters and base")).toContainText("8 of 8 speakers; 9 of 9 statements");

  const regions = page.getByRole("table", { name: "Speakers and statements by region" });
  await expect(regions.getByRole("columnheader")).toHaveText(["Region", "Speakers", "% of 8 speakers", "Statements", "% of 9 statements"]);
  // Amir (2 statements), Basma and Karim are Syrian: 3 of 8 speakers, 4 of 9 statements.
  await expect(row(regions, "Syria")).toHaveText(["3", "37.5%", "4", "44.4%"]);
  await expect(row(regions, "Other Middle East")).toHaveText(["1", "12.5%", "1", "11.1%"]);
  await expect(row(regions, "unknown")).toHaveText(["1", "12.5%", "1", "11.1%"]);
  await expect(row(regions, "Total")).toHaveText(["8", "100.0%", "9", "100.0%"]);
  await expect(regions.getByRole("rowheader")).toHaveText([
    "Syria", "Central, South and Southeast Asia", "Other Middle East", "Turkey", "Western Europe and Australia", "unknown", "Total",
  ]);

  const countries = page.getByRole("table", { name: "Speakers and statements by country" });
  await expect(row(countries, "unknown")).toHaveText(["1", "12.5%", "1", "11.1%"]);
  const genders = page.getByRole("table", { name: "Speakers and statements by gender" });
  await expect(row(genders, "male")).toHaveText(["6", "75.0%", "7", "77.8%"]);
  await expect(row(genders, "unknown")).toHaveText(["1", "12.5%", "1", "11.1%"]);
  const months = page.getByRole("table", { name: "Speakers and statements by month of defection" });
  await expect(months.getByRole("rowheader").first()).toHaveText("2014-12");

  const crosstab = page.getByRole("table", { name: "Speakers by region and gender" });
  await expect(crosstab.getByRole("columnheader")).toHaveText(["Region \\ Gender", "male", "female", "unknown", "Total"]);
  await expect(row(crosstab, "Syria")).toHaveText(["2", "1", "0", "3"]);
  await expect(row(crosstab, "unknown")).toHaveText(["0", "0", "1", "1"]);
  await expect(page.getByRole("img", { name: /Speakers by region: a chart/ })).toBeVisible();
});

test("the timeline gives the share of speakers and statements in a chosen period and in the last months observed", async ({ page }) => {
  const { projectId } = plantAnalysisCorpus(uniqueLogin("Analysis timeline"));
  await openAnalysis(page, projectId, "timeline");
  const settings = page.getByRole("form", { name: "Timeline settings" });
  await settings.getByLabel("Period from month").fill("2015-01");
  await settings.getByLabel("to month").fill("2015-08");
  await settings.getByRole("button", { name: "Show" }).click();
  // Amir, Basma, Karim and Omar defected January to August 2015; =Luc, Nobody and Deniz in October to December.
  await expect(page.getByText("Chosen period (2015-01 to 2015-08): 4 of 8 speakers with a known month of defection (50.0%) defected in it.")).toBeVisible();
  await expect(page.getByText("Last 3 months observed (2015-10 to 2015-12): 3 of 8 speakers with a known month of defection (37.5%) defected in it.")).toBeVisible();
  const perMonth = page.getByRole("table", { name: "Speakers per month" });
  await expect(row(perMonth, "2015-08")).toHaveText(["0", "5", "62.5%"]);
  await expect(row(perMonth, "2015-12")).toHaveText(["1", "8", "100.0%"]);

  await settings.getByRole("combobox", { name: "Count" }).selectOption("statements");
  await settings.getByRole("button", { name: "Show" }).click();
  // S1, S2, S3, S4, S5 and S9 are dated January to August 2015; S6, S7 and S8 October to December.
  await expect(page.getByText("Chosen period (2015-01 to 2015-08): 6 of 9 statements with a known month (66.7%) were made in it.")).toBeVisible();
  await expect(page.getByText("Last 3 months observed (2015-10 to 2015-12): 3 of 9 statements with a known month (33.3%) were made in it.")).toBeVisible();
  const periods = page.getByRole("table", { name: "Statements in chosen periods" });
  await expect(row(periods, "Chosen period")).toHaveText(["2015-01", "2015-08", "6", "66.7%"]);
});

test("the narratives page gives each code's speakers, statements and passages with their bases, and co-occurrences", async ({ page }) => {
  const { projectId } = plantAnalysisCorpus(uniqueLogin("Analysis narratives"));
  await openAnalysis(page, projectId, "narratives");
  // S8 holds no consensus passage and no finished adjudication: the consensus layer cannot speak for it.
  await expect(page.getByRole("note")).toHaveText(
    'Only 8 of the 9 selected statements are adjudicated: the consensus layer counts the other 1 as carrying no narrative. Choose "Any coder" or one coder\'s layer to see their coding, or adjudicate more.',
  );
  const codes = page.getByRole("table", { name: "Narratives: speakers and statements using each code" });
  await expect(codes.getByRole("columnheader")).toHaveText([
    "Code", "Speakers", "% of 8 speakers", "% of 7 speakers with any code", "Statements", "% of 9 statements", "% of 8 coded statements", "Passages",
  ]);
  // Fighting: Amir (S1, twice), Karim (S4), =Luc (S6).
  await expect(row(codes, "Fighting fellow Sunnis")).toHaveText(["3", "37.5%", "42.9%", "3", "33.3%", "37.5%", "4"]);
  // Harsh life: Amir (S2), Basma (S3), Nobody (S7), Hasan (S9).
  await expect(row(codes, "Harsh and disappointing life")).toHaveText(["4", "50.0%", "57.1%", "4", "44.4%", "50.0%", "4"]);
  await expect(row(codes, "Brutality against Sunnis")).toHaveText(["2", "25.0%", "28.6%", "2", "22.2%", "25.0%", "2"]);

  const pairs = page.getByRole("table", { name: "Co-occurrence: statements coded with both codes (of 8 coded statements)" });
  await expect(row(pairs, "Fighting fellow Sunnis")).toHaveText(["3", "1", "1", "0"]);
  await expect(row(pairs, "Corrupt and un-Islamic")).toHaveText(["1", "1", "3", "1"]);
  await expect(page.getByRole("img", { name: /Statements coded with both codes of a pair: a chart/ })).toBeVisible();

  const byRegion = page.getByRole("table", { name: "Narratives by region: speakers using each code" });
  await expect(row(byRegion, "Fighting fellow Sunnis").first()).toHaveText("2");
  await expect(row(byRegion, "Fighting fellow Sunnis").nth(1)).toHaveText("66.7%");
  const form = page.getByRole("form", { name: "Crosstab of codes" });
  await form.getByRole("combobox", { name: "Count" }).selectOption("statements");
  await form.getByRole("combobox", { name: "By" }).selectOption("gender");
  await form.getByRole("button", { name: "Show crosstab" }).click();
  const byGender = page.getByRole("table", { name: "Narratives by gender: statements using each code" });
  // Statements by women: Basma's S3 only.
  // Harsh life: S2 and S9 by men, S3 by Basma, S7 by Nobody (gender unknown).
  await expect(row(byGender, "Harsh and disappointing life")).toHaveText(["2", "28.6%", "1", "100.0%", "1", "100.0%"]);
  await expect(row(byGender, "All statements")).toHaveText(["7", "–", "1", "–", "1", "–"]);
});

test("filters change every figure at once and travel with the tabs and the downloads", async ({ page }) => {
  const { projectId } = plantAnalysisCorpus(uniqueLogin("Analysis filters"));
  await openAnalysis(page, projectId, "speakers");
  const filters = page.getByRole("form", { name: "Filters" });
  await filters.getByLabel("From (defection or statement date)").fill("2015-01");
  await filters.getByLabel("To", { exact: true }).fill("2015-08");
  await filters.getByRole("button", { name: "Apply filters" }).click();

  // Amir, Basma, Karim, Omar remain; Hasan defected in 2014. S1–S5 and S9 remain.
  const base = page.getByLabel("Filters and base");
  await expect(base).toContainText("period 2015-01-01 to 2015-08-31");
  await expect(base).toContainText("4 of 8 speakers (left out: 4 outside the period); 6 of 9 statements (left out: 3 outside the period)");
  const regions = page.getByRole("table", { name: "Speakers and statements by region" });
  await expect(row(regions, "Syria")).toHaveText(["3", "75.0%", "4", "66.7%"]);
  await expect(row(regions, "Other Middle East")).toHaveText(["1", "25.0%", "1", "16.7%"]);
  await expect(row(regions, "Central, South and Southeast Asia")).toHaveText(["0", "0.0%", "1", "16.7%"]);
  await expect(row(regions, "unknown")).toHaveCount(0);

  const download = page.waitForEvent("download");
  await regions.locator("xpath=..").getByRole("button", { name: /Download .* as CSV/ }).click();
  const csv = readFileSync(await (await download).path(), "utf8");
  expect(csv.startsWith("\uFEFF#,Speakers and statements by region\r\n")).toBe(true);
  expect(csv).toContain("#,Filters: source consensus (the project's default); period 2015-01-01 to 2015-08-31\r\n");
  expect(csv).toContain("Syria,3,75,4,66.7\r\n");

  await page.getByRole("navigation", { name: "Analysis" }).getByRole("link", { name: "Narratives" }).click();
  await expect(page.getByLabel("Filters and base")).toContainText("4 of 8 speakers (left out: 4 outside the period)");
  const codes = page.getByRole("table", { name: "Narratives: speakers and statements using each code" });
  // Fighting: Amir (S1) and Karim (S4) among the speakers; S1 and S4 among the statements.
  await expect(row(codes, "Fighting fellow Sunnis")).toHaveText(["2", "50.0%", "50.0%", "2", "33.3%", "33.3%", "3"]);
  await expect(row(codes, "Harsh and disappointing life")).toHaveText(["2", "50.0%", "50.0%", "3", "50.0%", "50.0%", "3"]);

  await page.getByRole("navigation", { name: "Analysis" }).getByRole("link", { name: "Timeline" }).click();
  await expect(page.getByRole("table", { name: "Speakers per month" }).getByRole("rowheader")).toHaveText(
    ["2015-01", "2015-02", "2015-03", "2015-04", "2015-05", "2015-06", "2015-07"],
  );

  await page.getByRole("navigation", { name: "Analysis" }).getByRole("link", { name: "Speakers" }).click();
  await expect(page.getByRole("table", { name: "Speakers and statements by region" })).toBeVisible();
  await page.getByRole("form", { name: "Filters" }).getByRole("combobox", { name: "Speaker's region" }).selectOption("Syria");
  await page.getByRole("form", { name: "Filters" }).getByRole("button", { name: "Apply filters" }).click();
  await expect(page.getByLabel("Filters and base")).toContainText("3 of 8 speakers (left out: 5 other speaker facts)");
  await expect(row(page.getByRole("table", { name: "Speakers and statements by gender" }), "male")).toHaveText(["2", "66.7%", "3", "75.0%"]);
});

test("choosing unknown counts the speaker without facts and their statement", async ({ page }) => {
  const { projectId } = plantAnalysisCorpus(uniqueLogin("Analysis unknown"));
  await openAnalysis(page, projectId, "narratives", "?country=unknown");
  await expect(page.getByLabel("Filters and base")).toContainText("1 of 8 speakers (left out: 7 other speaker facts); 1 of 9 statements (left out: 8 other speaker facts)");
  const codes = page.getByRole("table", { name: "Narratives: speakers and statements using each code" });
  await expect(row(codes, "Harsh and disappointing life")).toHaveText(["1", "100.0%", "100.0%", "1", "100.0%", "100.0%", "1"]);
});

test("the quote bank shows each passage in context with its speaker, filtered, linked and copied with its citation", async ({ page, context }) => {
  const planted = plantAnalysisCorpus(uniqueLogin("Analysis quotes"));
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await openAnalysis(page, planted.projectId, "quotes");
  // Fighting fellow Sunnis comes first in the codebook: two passages of S1, then S4, then S6, by date.
  await expect(page.getByText("Passages 1–4 of 4 of “Fighting fellow Sunnis”.")).toBeVisible();
  const passages = page.getByRole("list", { name: "Passages" }).getByRole("listitem");
  await expect(passages).toHaveCount(4);
  const first = passages.first();
  await expect(first.getByRole("blockquote")).toHaveText(
    "… joined to fight the regime. After some months they told us the brigades in the next valley were apostates. Those were Sunni men like us. The emirs …",
  );
  await expect(first).toContainText("Amir · Syria · Syria · male · defected 2015-01-12 — “S1 by Amir”, 2015-02-10, Planted source S1");
  await expect(first.getByRole("link", { name: "Open at code points 48–107 of the statement" })).toHaveAttribute("href", `/documents/${planted.documentIds.S1}#48-107`);
  await expect(passages.nth(3)).toContainText("=Luc · Belgium");

  await first.getByRole("button", { name: "Copy with citation" }).click();
  await expect(first.getByRole("status")).toHaveText("Copied.");
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toContain("“they told us the brigades in the next valley were apostates” — Amir (Syria, male, defected 2015-01-12); “S1 by Amir”, 2015-02-10");
  expect(copied).toContain(`/documents/${planted.documentIds.S1}#48-107`);

  await page.getByRole("form", { name: "Filters" }).getByRole("combobox", { name: "Speaker's region" }).selectOption("Western Europe and Australia");
  await page.getByRole("form", { name: "Filters" }).getByRole("button", { name: "Apply filters" }).click();
  await expect(page.getByText("Passages 1–1 of 1 of “Fighting fellow Sunnis”.")).toBeVisible();

  await page.getByRole("form", { name: "Code" }).getByRole("combobox", { name: "Code" }).selectOption({ label: "Harsh and disappointing life" });
  await page.getByRole("form", { name: "Code" }).getByRole("button", { name: "Show passages" }).click();
  await expect(page.getByText("No passages of “Harsh and disappointing life” under these filters.")).toBeVisible();

  const response = await page.request.get(`/api/projects/${planted.projectId}/analysis/quotes?format=csv&code=${planted.codeIds.F}`);
  expect(response.headers()["content-type"]).toContain("text/csv");
  const csv = await response.text();
  expect(csv.charCodeAt(0)).toBe(0xfeff);
  expect(csv).toContain("#,Quote bank: Fighting fellow Sunnis\r\n");
  // The alias "=Luc" would be a formula in a spreadsheet: it is written with a leading quote.
  expect(csv).toContain(",'=Luc,Belgium,Western Europe and Australia,male,2015-10-10,");
  expect(csv).not.toMatch(/,=Luc,/);
});

test("a passage's link opens its statement with the passage selected", async ({ page }) => {
  const planted = plantAnalysisCorpus(uniqueLogin("Analysis passage link"));
  await openAnalysis(page, planted.projectId, "quotes");
  await page.getByRole("link", { name: "Open at code points 48–107 of the statement" }).click();
  await expect(page).toHaveURL(new RegExp(`/documents/${planted.documentIds.S1}#48-107$`));
  await expect(page.getByRole("heading", { name: "S1 by Amir" })).toBeVisible();
  await expect.poll(() => page.evaluate(() => document.getSelection()?.toString())).toBe("they told us the brigades in the next valley were apostates");
  // A supervisor reads here and adjudicates in the review: nothing invites coding.
  const reading = page.getByRole("region", { name: "Reading as supervisor" });
  await expect(reading).toContainText("there are no coding tools here");
  await expect(page.getByRole("button", { name: "Undo" })).toHaveCount(0);
  await expect(page.getByRole("button", { name: /Harsh and disappointing life/ })).toHaveCount(0);
  await reading.getByRole("link", { name: "Review its coding and adjudicate" }).click();
  await expect(page).toHaveURL(new RegExp(`/projects/${planted.projectId}/review/${planted.documentIds.S1}$`));
});
