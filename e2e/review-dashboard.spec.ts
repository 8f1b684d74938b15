import { readFileSync } from "node:fs";
import { type Browser, expect, type Page, test } from "@playwright/test";
import { extractText, getDocumentProxy } from "unpdf";
import { computeCorpusAgreement } from "@/lib/agreement/corpus-agreement";
import { signIn, uniqueLogin } from "./fixtures";
import { AGREED_TEXT, codeThroughApp, DISPUTED_TEXT, PLANTED_CODINGS, placeCoding, plantReviewProject, recodeInRound, REVIEW_CODERS, setSpeakerAndBatch } from "./review-db";

type CodedAgreement = {
  by_code: { code_id: number; code_name: string; units: number; krippendorff_alpha: { value: number | null } }[];
  pooled: { cohen_kappa_pairs: { coder_a: string; coder_b: string; cohen_kappa: { value: number | null } }[] };
};

const TEXTS = [DISPUTED_TEXT, AGREED_TEXT];

/** Plants a project, codes it as the three coders through the app, and signs the supervisor in. */
async function plantCodedProject(page: Page, browser: Browser, titles: [string, string]) {
  const planted = plantReviewProject(uniqueLogin("Review dashboard"), [
    { title: titles[0], text: DISPUTED_TEXT },
    { title: titles[1], text: AGREED_TEXT },
  ]);
  await codeThroughApp(browser, planted, TEXTS);
  await signIn(page, "supervisor");
  return planted;
}

/** The agreement engine on exactly the annotations the test made, without the app's database loader. */
function engineAgreement(planted: ReturnType<typeof plantReviewProject>, unit: "sentence" | "document") {
  const result = engineReport(planted, unit);
  if (result.unit === "character") throw new Error("expected coded units");
  return result;
}

function engineReport(planted: ReturnType<typeof plantReviewProject>, unit: "sentence" | "document" | "character") {
  const result = computeCorpusAgreement({
    documents: planted.documentIds.map((id, statement) => ({ id, text: TEXTS[statement]! })),
    coders: [...REVIEW_CODERS],
    codes: planted.codes,
    annotations: PLANTED_CODINGS.flatMap((coding) => {
      const placed = placeCoding(coding, TEXTS);
      return coding.coders.map((coder) => ({ documentId: planted.documentIds[coding.statement]!, coder, codeId: planted.codes[coding.codePosition]!.id, start: placed.start, end: placed.end }));
    }),
    unit,
  });
  if (!result.ok) throw new Error("the engine refused the planted codings");
  return result.value;
}

for (const unit of ["sentence", "document"] as const) {
  test(`the dashboard shows alpha per code at the ${unit} unit as the agreement engine computes it`, async ({ page, browser }) => {
    const planted = await plantCodedProject(page, browser, ["Disputed statement", "Agreed statement"]);
    const engine = engineAgreement(planted, unit);
    const response = await page.request.get(`/api/projects/${planted.projectId}/agreement?unit=${unit}`);
    expect(response.status()).toBe(200);
    const api = (await response.json()) as CodedAgreement;
    expect(api.by_code.map((code) => code.krippendorff_alpha.value)).toEqual(engine.by_code.map((code) => code.krippendorff_alpha.value));

    await page.goto(`/projects/${planted.projectId}/agreement?unit=${unit}`);
    const table = page.getByRole("table", { name: "Krippendorff's alpha per code" });
    for (const code of engine.by_code) {
      const row = table.getByRole("row", { name: new RegExp(`^${code.code_name} `) });
      const alpha = code.krippendorff_alpha.value;
      await expect(row.getByRole("cell").first()).toHaveText(alpha === null ? "—" : alpha.toFixed(3));
      await expect(row.getByRole("cell").nth(3)).toHaveText(String(code.units));
    }
    // The chart writes above each bar its alpha and the units it rests on (SVG text drops the space between the
    // words it lays out apart), over Krippendorff's three bands; an undefined alpha is written under its code's name.
    const chart = page.getByRole("img", { name: /^Bar chart of Krippendorff's alpha per code/ });
    for (const code of [...engine.by_code, engine.pooled]) {
      const alpha = code.krippendorff_alpha.value;
      await expect(chart).toContainText(new RegExp(`${alpha === null ? "undefined" : `${alpha.toFixed(3)} ·`}\\s*${code.units}\\s*${unit}s`));
    }
    for (const band of ["not reliable: below 0.667", "tentative: 0.667 to 0.800", "reliable: 0.800 and above"]) await expect(chart).toContainText(band);
  });
}

test("the pair matrix puts the planted disagreeing coder lowest and the worst statement comes first", async ({ page, browser }) => {
  const planted = await plantCodedProject(page, browser, ["Disputed statement", "Agreed statement"]);
  const engine = engineAgreement(planted, "sentence");
  const kappa = (a: string, b: string) => engine.pooled.cohen_kappa_pairs.find((pair) => pair.coder_a === a && pair.coder_b === b)!.cohen_kappa.value!;
  expect(kappa("coder1", "coder3")).toBeLessThan(kappa("coder1", "coder2"));

  await page.goto(`/projects/${planted.projectId}/agreement`);
  const matrix = page.getByRole("table", { name: "Cohen's kappa for every pair of coders, pooled over codes" });
  const cell = (row: string, column: number) => matrix.getByRole("row", { name: new RegExp(`^${row} `) }).getByRole("cell").nth(column);
  await expect(cell("coder1", 1)).toHaveText(kappa("coder1", "coder2").toFixed(3));
  await expect(cell("coder1", 2)).toHaveText(kappa("coder1", "coder3").toFixed(3));
  await expect(cell("coder2", 2)).toHaveText(kappa("coder2", "coder3").toFixed(3));
  await expect(page.getByText("Lowest agreement with the others: coder3")).toBeVisible();

  const statements = page.getByRole("table", { name: "Statements by disagreement, worst first" }).getByRole("row");
  await expect(statements.nth(1)).toContainText("Disputed statement");
  await expect(statements.nth(1).getByRole("cell").nth(4)).toHaveText("3");
  await expect(statements.nth(2)).toContainText("Agreed statement");
  await expect(statements.nth(2).getByRole("cell").nth(2)).toHaveText("0.000");

  const progress = page.getByRole("table", { name: "Progress by coder" });
  for (const coder of REVIEW_CODERS) {
    await expect(progress.getByRole("row", { name: new RegExp(`\\(${coder}\\)`) }).getByRole("cell").nth(3)).toHaveText("2");
  }
  // Submitted today by all three coders: the last change is dated, in the report's "YYYY-MM-DD HH:MM UTC".
  const today = new Date().toISOString().slice(0, 10);
  for (const coder of REVIEW_CODERS) {
    await expect(progress.getByRole("row", { name: new RegExp(`\\(${coder}\\)`) }).getByRole("cell").nth(4)).toHaveText(new RegExp(`^${today} \\d\\d:\\d\\d UTC$`));
  }
  const byStatement = page.getByRole("table", { name: "Progress by statement" }).getByRole("row", { name: /^Disputed statement / }).getByRole("cell");
  await expect(byStatement.nth(3)).toHaveText("3");
  await expect(byStatement.nth(4)).toHaveText(new RegExp(`^${today} \\d\\d:\\d\\d UTC$`));
});

test("at the character unit, unitizing alpha per code and for every pair of coders puts the planted disagreeing coder lowest", async ({ page, browser }) => {
  const planted = await plantCodedProject(page, browser, ["Disputed statement", "Agreed statement"]);
  const engine = engineReport(planted, "character");
  if (engine.unit !== "character") throw new Error("expected the character unit");
  await page.goto(`/projects/${planted.projectId}/agreement`);
  await page.getByRole("form", { name: "Filters" }).getByLabel("Unit").selectOption("character");
  await page.getByRole("button", { name: "Apply filters" }).click();

  const table = page.getByRole("table", { name: /^Krippendorff's unitizing alpha per code/ });
  const figure = (value: number | null) => (value === null ? "—" : value.toFixed(3));
  for (const code of [...engine.by_code.map((code) => ({ ...code, name: code.code_name })), { ...engine.pooled, name: "Pooled" }]) {
    const cells = table.getByRole("row", { name: new RegExp(`^${code.name} `) }).getByRole("cell");
    const { value, bootstrap } = code.krippendorff_alpha_unitizing;
    await expect(cells.first()).toHaveText(figure(value));
    await expect(cells.nth(1)).toHaveText(bootstrap ? `${figure(bootstrap.lower)} to ${figure(bootstrap.upper)}` : "—");
    await expect(cells.nth(5)).toHaveText(figure(code.fleiss_kappa.value));
  }
  expect(engine.pooled.krippendorff_alpha_unitizing.bootstrap).not.toBeNull();
  const alpha = (a: string, b: string) => engine.pooled.unitizing_alpha_pairs.find((pair) => pair.coder_a === a && pair.coder_b === b)!.krippendorff_alpha_unitizing.value!;
  expect(alpha("coder1", "coder3")).toBeLessThan(alpha("coder1", "coder2"));
  const matrix = page.getByRole("table", { name: "Unitizing alpha for every pair of coders, over all codes" });
  const cell = (row: string, column: number) => matrix.getByRole("row", { name: new RegExp(`^${row} `) }).getByRole("cell").nth(column);
  await expect(cell("coder1", 1)).toHaveText(alpha("coder1", "coder2").toFixed(3));
  await expect(cell("coder2", 2)).toHaveText(alpha("coder2", "coder3").toFixed(3));
  await expect(page.getByText(/Lowest agreement with the others: coder3 \(mean α/)).toBeVisible();

  const kappa = (a: string, b: string) => engine.pooled.cohen_kappa_pairs.find((pair) => pair.coder_a === a && pair.coder_b === b)!.cohen_kappa.value;
  const kappaMatrix = page.getByRole("table", { name: "Cohen's kappa for every pair of coders, every character a unit, pooled over codes" });
  await expect(kappaMatrix.getByRole("row", { name: /^coder1 / }).getByRole("cell").nth(1)).toHaveText(figure(kappa("coder1", "coder2")));
  await expect(page.getByLabel("All coders at once, pooled")).toContainText(`Gwet's AC1${figure(engine.pooled.gwet_ac1.value)}`);
});

test("filters narrow the figures to a code and two coders, and the page says so", async ({ page, browser }) => {
  const planted = await plantCodedProject(page, browser, ["Disputed statement", "Agreed statement"]);
  await page.goto(`/projects/${planted.projectId}/agreement`);
  const filters = page.getByRole("form", { name: "Filters" });
  await filters.getByLabel("Unit").selectOption("document");
  await filters.getByRole("checkbox", { name: "Corrupt and un-Islamic" }).check();
  await filters.getByRole("checkbox", { name: /\(coder1\)/ }).check();
  await filters.getByRole("checkbox", { name: /\(coder2\)/ }).check();
  await filters.getByRole("button", { name: "Apply filters" }).click();

  await expect(page.getByRole("list", { name: "Filters of this report" })).toContainText("Coders: coder1, coder2");
  const table = page.getByRole("table", { name: "Krippendorff's alpha per code" });
  await expect(table.getByRole("row")).toHaveCount(3);
  const api = (await (await page.request.get(`/api/projects/${planted.projectId}/agreement?unit=document&codes=${planted.codes[2]!.id}&coders=coder1,coder2`)).json()) as CodedAgreement;
  await expect(table.getByRole("row", { name: /^Corrupt and un-Islamic / }).getByRole("cell").first()).toHaveText(api.by_code[0]!.krippendorff_alpha.value?.toFixed(3) ?? "—");
  await expect(page.getByRole("table", { name: "Cohen's kappa for every pair of coders, pooled over codes" }).getByRole("row")).toHaveCount(3);
});

test("filters by speaker facts, import batch and coding date select the statements the figures rest on", async ({ page, browser }) => {
  // Seven dashboard loads, each waiting for its agreement job in the worker pool.
  test.slow();
  const planted = await plantCodedProject(page, browser, ["Disputed statement", "Agreed statement"]);
  const batch = setSpeakerAndBatch(planted.projectId, planted.documentIds[0]!, { alias: "Abu Filter", region: "Balkans", country: "Kosovo", gender: "male" });
  await page.goto(`/projects/${planted.projectId}/agreement`);
  const filters = page.getByRole("form", { name: "Filters" });
  const statements = page.getByRole("table", { name: "Statements by disagreement, worst first" });
  const apply = () => filters.getByRole("button", { name: "Apply filters" }).click();

  for (const [label, value, described] of [
    ["Speaker's region", "Balkans", "Speakers: region Balkans"],
    ["Speaker's country", "Kosovo", "Speakers: country Kosovo"],
    ["Speaker's gender", "male", "Speakers: gender male"],
    ["Import batch", batch, `Import batch: ${batch}`],
  ] as const) {
    await page.goto(`/projects/${planted.projectId}/agreement`);
    await filters.getByLabel(label).selectOption({ label: value });
    await apply();
    await expect(page.getByRole("list", { name: "Filters of this report" })).toContainText(described);
    await expect(statements.getByRole("row")).toHaveCount(2);
    await expect(statements).toContainText("Disputed statement");
  }

  // Both statements were submitted today: a range ending today leaves nothing, one from today keeps both.
  const today = new Date().toISOString().slice(0, 10);
  await page.goto(`/projects/${planted.projectId}/agreement`);
  await filters.getByLabel("until (before)").fill(today);
  await apply();
  await expect(page.getByRole("list", { name: "Filters of this report" })).toContainText(`Coded (submitted): from the start until before ${today}`);
  await expect(page.getByText("No coded statement matches")).toBeVisible();
  await page.goto(`/projects/${planted.projectId}/agreement`);
  await filters.getByLabel("Coded (submitted) from").fill(today);
  await apply();
  await expect(statements.getByRole("row")).toHaveCount(3);
});

test("tables download as CSV with a byte order mark and neutralised cells, and the report prints clean", async ({ page, browser }) => {
  // Three coders code through the app, then the report is printed to PDF: more than a minute on a busy machine.
  test.slow();
  const planted = await plantCodedProject(page, browser, ["=HYPERLINK(\"http://example.invalid\") statement", "Agreed statement"]);
  await page.goto(`/projects/${planted.projectId}/agreement`);

  const download = page.waitForEvent("download");
  await page.getByRole("button", { name: "Download statements by disagreement as CSV" }).click();
  const csv = readFileSync(await (await download).path(), "utf8");
  expect(csv.startsWith("\uFEFFrank,document_id,title,coders,disagreement,character_overlap,passages,adjudication\r\n")).toBe(true);
  expect(csv).toContain(`"'=HYPERLINK(""http://example.invalid"") statement"`);

  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("navigation", { name: "Project" })).toBeHidden();
  await expect(page.getByRole("form", { name: "Filters" })).toBeHidden();
  await expect(page.getByRole("button", { name: "Print report" })).toBeHidden();
  await expect(page.getByRole("table", { name: "Krippendorff's alpha per code" })).toBeVisible();

  const engine = engineAgreement(planted, "sentence");
  const pdf = await getDocumentProxy(new Uint8Array(await page.pdf({ format: "A4" })));
  const { text } = await extractText(pdf, { mergePages: true });
  const projectName = (await page.getByRole("heading", { level: 1 }).textContent())!.replace("Agreement report: ", "");
  expect(text).toContain(projectName);
  expect(text).toContain("Unit: sentence");
  expect(text).toContain(engine.pooled.krippendorff_alpha.value!.toFixed(3));
  expect(text).not.toContain("Apply filters");
  expect(text).not.toContain("Download alpha as CSV");
});

test("a round is compared with the round before, bands wait for enough units, and the table sorts", async ({ page, browser }) => {
  // Three coders code through the app and two rounds are computed.
  test.slow();
  const planted = await plantCodedProject(page, browser, ["Round one statement", "Round two statement"]);
  recodeInRound({ projectId: planted.projectId, documentId: planted.documentIds[1]!, round: 2 });
  const alphaOf = async (round: number) => {
    const response = await page.request.get(`/api/projects/${planted.projectId}/agreement?unit=sentence&round=${round}`);
    expect(response.status()).toBe(200);
    return new Map(((await response.json()) as CodedAgreement).by_code.map((code) => [code.code_name, code.krippendorff_alpha.value]));
  };
  const [roundOne, roundTwo] = [await alphaOf(1), await alphaOf(2)];
  expect(roundOne).not.toEqual(roundTwo);

  await page.goto(`/projects/${planted.projectId}/agreement`);
  await page.getByLabel("Coding round").selectOption({ label: "Round 2" });
  await page.getByRole("button", { name: "Apply filters" }).click();
  await expect(page.getByRole("list", { name: "Filters of this report" })).toContainText("Round: 2, compared with round 1");
  const table = page.getByRole("table", { name: /^Krippendorff's alpha per code/ });
  await expect(table.getByRole("columnheader", { name: "α in round 1" })).toBeVisible();
  for (const [name, alpha] of roundTwo) {
    const row = table.getByRole("row", { name: new RegExp(`^${name} `) });
    const before = roundOne.get(name) ?? null;
    await expect(row.getByRole("cell").nth(0)).toHaveText(alpha === null ? "—" : alpha.toFixed(3));
    await expect(row.getByRole("cell").nth(4)).toHaveText(before === null ? "—" : before.toFixed(3));
    // Two short statements carry no code on ten sentences: no code is judged reliable on so little.
    await expect(row.getByRole("cell").nth(2)).toHaveText(alpha === null ? "undefined" : /^too few units to judge \(\d carry the code; 10 needed\)$/);
  }

  await table.getByRole("link", { name: "Units" }).click();
  await expect(page).toHaveURL(/sort=units/);
  await expect(table.getByRole("columnheader", { name: "Units ↓" })).toHaveAttribute("aria-sort", "descending");
  const units = await table.locator("tbody tr").evaluateAll((rows) => rows.slice(0, -1).map((row) => Number(row.querySelectorAll("td")[3]!.textContent)));
  expect(units).toEqual([...units].sort((a, b) => b - a));
  await expect(page.getByRole("list", { name: "Filters of this report" })).toContainText("Round: 2");
});
