import { randomUUID } from "node:crypto";
import { expect, type Locator, test } from "@playwright/test";
import { SPEAKER_VARIABLES, toSpeakerCase } from "../lib/refi-qda/speaker-case";
import type { RefiCoding, RefiProject } from "../lib/refi-qda/types";
import { writeQdpx } from "../lib/refi-qda/write-qdpx";
import { plantEmptyProject } from "./analysis-db";
import { signIn, uniqueLogin } from "./fixtures";

// A corpus coded in another tool comes in through the Import page as a .qdpx whose cases carry the speakers' facts
// and whose codings carry the narratives; every expected figure below is counted by hand from this table.
const CODES = { F: "Fighting fellow Sunnis", C: "Corrupt and un-Islamic", H: "Harsh and disappointing life" } as const;
type CodeKey = keyof typeof CODES;

const SPEAKERS = [
  { name: "Abu Adam", country: "Syria", region: "Syria", gender: "male", defectionDate: "2015-02" },
  { name: "Umm Bilal", country: "Syria", region: "Syria", gender: "female", defectionDate: "2015-05" },
  { name: "Deniz", country: "Turkey", region: "Turkey", gender: "male", defectionDate: "2015-11" },
  { name: "Anonymous", country: null, region: null, gender: null, defectionDate: null },
];

const STATEMENTS: { speaker: string; text: string; passages: [CodeKey, string][] }[] = [
  { speaker: "Abu Adam", text: "We fought other Sunni brigades while the regime was left alone.", passages: [["F", "fought other Sunni brigades"]] },
  { speaker: "Abu Adam", text: "The emirs took money and houses for themselves.", passages: [["C", "The emirs took money"]] },
  { speaker: "Umm Bilal", text: "There was no food and no electricity in the winter.", passages: [["H", "no food and no electricity"]] },
  {
    speaker: "Deniz",
    text: "They fought Sunnis and the leaders lived in luxury.",
    passages: [["F", "fought Sunnis"], ["C", "the leaders lived in luxury"]],
  },
  { speaker: "Anonymous", text: "I left because life was hard and nothing was as promised.", passages: [["H", "life was hard"]] },
];

function codedCorpus(): Buffer {
  const analyst = { guid: randomUUID(), name: "analyst" };
  const codeGuids = Object.fromEntries(Object.keys(CODES).map((key) => [key, randomUUID()])) as Record<CodeKey, string>;
  const sources = STATEMENTS.map((statement, i) => ({ guid: randomUUID(), name: `Statement ${i + 1}`, text: statement.text }));
  const codings: RefiCoding[] = STATEMENTS.flatMap((statement, i) =>
    statement.passages.map(([code, phrase]) => {
      const start = [...statement.text.slice(0, statement.text.indexOf(phrase))].length;
      return { guid: randomUUID(), sourceGuid: sources[i]!.guid, codeGuid: codeGuids[code], start, end: start + [...phrase].length, quote: phrase, userGuid: analyst.guid };
    }),
  );
  const project: RefiProject = {
    name: "Coded elsewhere",
    users: [analyst],
    codes: Object.entries(CODES).map(([key, name]) => ({ guid: codeGuids[key as CodeKey], name, isCodable: true, children: [] })),
    variables: Object.values(SPEAKER_VARIABLES),
    cases: SPEAKERS.map((speaker) =>
      toSpeakerCase({ ...speaker, guid: randomUUID(), sourceGuids: sources.filter((_, i) => STATEMENTS[i]!.speaker === speaker.name).map((source) => source.guid) }),
    ),
    sources,
    codings,
    sets: [],
  };
  const written = writeQdpx(project);
  if (!written.ok) throw new Error(written.error.message);
  return Buffer.concat([...written.value]);
}

/** The cells after the row header `header` of `table`, as the page shows them. */
function row(table: Locator, header: string): Locator {
  return table.getByRole("row").filter({ has: table.page().getByRole("rowheader", { name: header, exact: true }) }).getByRole("cell");
}

test("a corpus coded in another tool and imported as .qdpx gives its speakers' and narratives' numbers on the analysis pages", async ({ page }) => {
  const projectId = plantEmptyProject(uniqueLogin("Imported analysis"));
  await signIn(page, "supervisor");
  await page.goto(`/projects/${projectId}/import`);
  await page.getByLabel("Choose files").setInputFiles({ name: "coded-elsewhere.qdpx", mimeType: "application/zip", buffer: codedCorpus() });
  await page.getByRole("button", { name: "Import 1 file" }).click();
  const summary = page.getByRole("status", { name: "Import summary" });
  await expect(summary).toContainText("5 statements imported", { timeout: 20_000 });
  await expect(summary).toContainText("5 sources, 6 codings.");
  await expect(summary).toContainText("0 new codes, ");

  await page.goto(`/projects/${projectId}/analysis/speakers`);
  await expect(page.getByLabel("Filters and base")).toContainText("4 of 4 speakers; 5 of 5 statements");
  const countries = page.getByRole("table", { name: "Speakers and statements by country" });
  await expect(row(countries, "Syria")).toHaveText(["2", "50.0%", "3", "60.0%"]);
  await expect(row(countries, "unknown")).toHaveText(["1", "25.0%", "1", "20.0%"]);
  const genders = page.getByRole("table", { name: "Speakers and statements by gender" });
  await expect(row(genders, "female")).toHaveText(["1", "25.0%", "1", "20.0%"]);

  await page.goto(`/projects/${projectId}/analysis/narratives`);
  const codes = page.getByRole("table", { name: "Narratives: speakers and statements using each code" });
  await expect(row(codes, CODES.F)).toHaveText(["2", "50.0%", "50.0%", "2", "40.0%", "40.0%", "2"]);
  await expect(row(codes, CODES.C)).toHaveText(["2", "50.0%", "50.0%", "2", "40.0%", "40.0%", "2"]);
  await expect(row(codes, CODES.H)).toHaveText(["2", "50.0%", "50.0%", "2", "40.0%", "40.0%", "2"]);
  await expect(row(codes, "Brutality against Sunnis")).toHaveText(["0", "0.0%", "0.0%", "0", "0.0%", "0.0%", "0"]);
  // Only Deniz's statement carries two codes: fighting and corruption.
  const pairs = page.getByRole("table", { name: "Co-occurrence: statements coded with both codes (of 5 coded statements)" });
  await expect(row(pairs, CODES.F)).toHaveText(["2", "0", "1", "0"]);
});
