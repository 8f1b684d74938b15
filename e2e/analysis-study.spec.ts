import { expect, type Locator, test } from "@playwright/test";
import { plantEmptyProject } from "./analysis-db";
import { signIn, uniqueLogin } from "./fixtures";

/**
 * A corpus holding the facts of the published study the analysis must let a supervisor write: "of the 58, 21 were
 * Syrians, 17 from other Middle Eastern countries, 9 from western Europe and Australia, 7 from Central, South and
 * Southeast Asia, 2 from Turkey, 2 unknown; 51 were male; almost 60 per cent of the cases came in the first eight
 * months of 2015, nearly a third in the last three months". The first six speakers (Syrian men) gave a second
 * statement, so speakers and statements differ: 58 speakers, 64 statements.
 */
const ORIGINS = [
  ...Array<[string, string]>(21).fill(["Syria", "Syria"]),
  ...Array<[string, string]>(8).fill(["Iraq", "Other Middle East"]),
  ...Array<[string, string]>(5).fill(["Jordan", "Other Middle East"]),
  ...Array<[string, string]>(4).fill(["Saudi Arabia", "Other Middle East"]),
  ...Array<[string, string]>(4).fill(["Belgium", "Western Europe and Australia"]),
  ...Array<[string, string]>(3).fill(["France", "Western Europe and Australia"]),
  ...Array<[string, string]>(2).fill(["Australia", "Western Europe and Australia"]),
  ...Array<[string, string]>(4).fill(["Indonesia", "Central, South and Southeast Asia"]),
  ...Array<[string, string]>(3).fill(["Uzbekistan", "Central, South and Southeast Asia"]),
  ...Array<[string, string]>(2).fill(["Turkey", "Turkey"]),
  ...Array<[string, string]>(2).fill(["", ""]),
];
const FEMALE = new Set([10, 25, 40, 47, 52]);
const GENDER_UNKNOWN = new Set([20, 50]);
// 3 in December 2014, 34 in January to August 2015, 2 in September, 19 in October to December 2015.
const MONTHS = [
  ...Array<string>(3).fill("2014-12"),
  ...Array.from({ length: 34 }, (_, i) => `2015-0${(i % 8) + 1}`),
  ...Array<string>(2).fill("2015-09"),
  ...Array.from({ length: 19 }, (_, i) => `2015-${10 + (i % 3)}`),
];

function studyCsv(tag: string): string {
  const lines = ["Title,Statement,Speaker,Country,Region,Gender,Defection date,Statement date"];
  ORIGINS.forEach(([country, region], i) => {
    const gender = FEMALE.has(i) ? "female" : GENDER_UNKNOWN.has(i) ? "" : "male";
    const defected = `${MONTHS[i]}-15`;
    const statements = i < 6 ? 2 : 1;
    for (let n = 1; n <= statements; n++) {
      lines.push(`S${i}-${n},"Statement ${n} of speaker ${i} (${tag}): I left when the pay stopped.",Speaker ${i},${country},"${region}",${gender},${defected},2016-01-0${n}`);
    }
  });
  return `${lines.join("\n")}\n`;
}

function row(table: Locator, header: string): Locator {
  return table.getByRole("row").filter({ has: table.page().getByRole("rowheader", { name: header, exact: true }) }).getByRole("cell");
}

test("a corpus imported as a spreadsheet gives each number of the study's sentence on the speakers and timeline pages", async ({ page }) => {
  const tag = uniqueLogin("study");
  const projectId = plantEmptyProject(tag);
  await signIn(page, "supervisor");
  await page.goto(`/projects/${projectId}/import`);
  await page.getByLabel("Choose files").setInputFiles([{ name: `${tag}.csv`, mimeType: "text/csv", buffer: Buffer.from(studyCsv(tag)) }]);
  await expect(page.getByRole("group", { name: `Columns of ${tag}.csv` })).toContainText("64 statements");
  await page.getByRole("button", { name: "Import 1 file" }).click();
  await expect(page.getByRole("status", { name: "Import summary" })).toContainText("64 statements imported");

  await page.goto(`/projects/${projectId}/analysis/speakers`);
  await expect(page.getByLabel("Filters and base")).toContainText("58 of 58 speakers; 64 of 64 statements");
  // "Of the 58, 21 were Syrians, 17 from other Middle Eastern countries, 9 from western Europe and Australia, 7 from
  // Central, South and Southeast Asia, 2 from Turkey, 2 unknown", each speaker once, their statements beside.
  const regions = page.getByRole("table", { name: "Speakers and statements by region" });
  await expect(regions.getByRole("rowheader")).toHaveText([
    "Syria", "Other Middle East", "Western Europe and Australia", "Central, South and Southeast Asia", "Turkey", "unknown", "Total",
  ]);
  await expect(row(regions, "Syria")).toHaveText(["21", "36.2%", "27", "42.2%"]);
  await expect(row(regions, "Other Middle East")).toHaveText(["17", "29.3%", "17", "26.6%"]);
  await expect(row(regions, "Western Europe and Australia")).toHaveText(["9", "15.5%", "9", "14.1%"]);
  await expect(row(regions, "Central, South and Southeast Asia")).toHaveText(["7", "12.1%", "7", "10.9%"]);
  await expect(row(regions, "Turkey")).toHaveText(["2", "3.4%", "2", "3.1%"]);
  await expect(row(regions, "unknown")).toHaveText(["2", "3.4%", "2", "3.1%"]);
  await expect(row(page.getByRole("table", { name: "Speakers and statements by country" }), "unknown")).toHaveText(["2", "3.4%", "2", "3.1%"]);
  // "51 were male".
  const genders = page.getByRole("table", { name: "Speakers and statements by gender" });
  await expect(row(genders, "male")).toHaveText(["51", "87.9%", "57", "89.1%"]);
  await expect(row(genders, "unknown")).toHaveText(["2", "3.4%", "2", "3.1%"]);

  // "Almost 60 per cent of the cases came in the first eight months of 2015, nearly a third in the last three months".
  await page.getByRole("navigation", { name: "Analysis" }).getByRole("link", { name: "Timeline" }).click();
  const settings = page.getByRole("form", { name: "Timeline settings" });
  await settings.getByLabel("Period from month").fill("2015-01");
  await settings.getByLabel("to month").fill("2015-08");
  await settings.getByRole("button", { name: "Show" }).click();
  await expect(page.getByText("Chosen period (2015-01 to 2015-08): 34 of 58 speakers with a known month of defection (58.6%) defected in it.")).toBeVisible();
  await expect(page.getByText("Last 3 months observed (2015-10 to 2015-12): 19 of 58 speakers with a known month of defection (32.8%) defected in it.")).toBeVisible();

  const summary = await (await page.request.get(`/api/projects/${projectId}/analysis`)).json();
  expect(summary.speakers.by_region).toEqual({
    Syria: 21, "Other Middle East": 17, "Western Europe and Australia": 9, "Central, South and Southeast Asia": 7, Turkey: 2, unknown: 2,
  });
  expect(summary.speakers.by_gender).toEqual({ male: 51, female: 5, unknown: 2 });
  expect(summary.speakers.by_defection_month["2014-12"]).toBe(3);
  expect(summary.statements.total).toBe(64);
});
