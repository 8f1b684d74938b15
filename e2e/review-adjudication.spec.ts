import { type Browser, expect, type Page, test } from "@playwright/test";
import { signIn, uniqueLogin } from "./fixtures";
import { AGREED_TEXT, codeThroughApp, DISPUTED_TEXT, placeCoding, PLANTED_CODINGS, plantReviewProject, renameCode } from "./review-db";

const TEXTS = [DISPUTED_TEXT, AGREED_TEXT];

/** A coded project, the supervisor signed in and looking at the disputed statement's review. */
async function openDisputedReview(page: Page, browser: Browser) {
  const planted = plantReviewProject(uniqueLogin("Review adjudication"), [
    { title: "Disputed statement", text: DISPUTED_TEXT },
    { title: "Agreed statement", text: AGREED_TEXT },
  ]);
  await codeThroughApp(browser, planted, TEXTS);
  await signIn(page, "supervisor");
  await page.goto(`/projects/${planted.projectId}/review/${planted.documentIds[0]}`);
  await expect(page.getByRole("heading", { name: "Disputed statement" })).toBeVisible();
  return planted;
}

test("n and p step through every planted disagreement and announce each", async ({ page, browser }) => {
  await openDisputedReview(page, browser);
  const announcement = page.getByRole("status", { name: "Review announcements" });
  const panel = page.getByRole("region", { name: /^Disagreement \d of 3$/ });
  await expect(page.getByRole("heading", { name: "Disagreements (3)" })).toBeVisible();

  await page.keyboard.press("n");
  await expect(announcement).toHaveText(/^Disagreement 1 of 3: “The emirs lived in large houses”\. coder1: Corrupt and un-Islamic; coder2: Corrupt and un-Islamic; coder3: Harsh and disappointing life\. Different codes\.$/);
  await expect(panel).toHaveAccessibleName("Disagreement 1 of 3");
  await page.keyboard.press("n");
  await expect(announcement).toHaveText(/^Disagreement 2 of 3: “There was no electricity most days”\. .*coder3: nothing\. One coded it and another did not\.$/);
  await page.keyboard.press("n");
  await expect(announcement).toHaveText(/^Disagreement 3 of 3: “for small things”\. .*Boundaries differ\.$/);
  await expect(page.locator(".lane-text .passage.current")).toHaveText(/^\s?for small things$/);
  await page.keyboard.press("n");
  await expect(announcement).toHaveText(/^Disagreement 1 of 3: /);
  await page.keyboard.press("p");
  await expect(announcement).toHaveText(/^Disagreement 3 of 3: /);
  await page.getByRole("button", { name: "Previous disagreement (p)" }).click();
  await expect(announcement).toHaveText(/^Disagreement 2 of 3: /);
});

test("accepting the agreed spans and one disputed span gives that consensus layer in the JSON export", async ({ page, browser }) => {
  const planted = await openDisputedReview(page, browser);
  const adjudication = page.getByRole("region", { name: /^Adjudication:/ });
  await expect(adjudication).toHaveAccessibleName("Adjudication: Not started");
  await adjudication.getByRole("button", { name: "Accept all agreed spans" }).click();
  await expect(page.getByRole("heading", { name: "Consensus (2)" })).toBeVisible();
  await expect(adjudication).toHaveAccessibleName("Adjudication: In progress");

  await page.keyboard.press("n");
  const panel = page.getByRole("region", { name: "Disagreement 1 of 3" });
  await panel.getByLabel("Memo on this decision (why)").fill("Luxury for the emirs is the corruption narrative.");
  await expect(panel).toContainText("The coders chose different codes: accepting one rejects the others here");
  await panel.getByRole("button", { name: "Accept coder1's Corrupt and un-Islamic" }).click();
  await expect(page.getByRole("heading", { name: "Consensus (3)" })).toBeVisible();
  // Choosing one code is the decision: coder3's other code is rejected with it, and the screen says so.
  await expect(page.getByRole("status", { name: "Review announcements" })).toHaveText(
    "Accepted coder1's Corrupt and un-Islamic into the consensus; rejected coder3's Harsh and disappointing life with it.",
  );
  await expect(panel).toContainText("rejected: Luxury for the emirs is the corruption narrative.");
  await expect(panel.getByRole("button", { name: "Reject coder3's Harsh and disappointing life" })).toBeDisabled();
  await expect(panel.getByText("different codes · resolved")).toBeVisible();

  const response = await page.request.get(`/api/projects/${planted.projectId}/export?format=json&layer=consensus`);
  expect(response.status()).toBe(200);
  const exported = (await response.json()) as { consensus: { documentId: string; codeId: string; start: number; end: number; quote: string; memo: string | null; coder: string }[] };
  const expected = [
    { phrase: "sent to fight other rebel brigades", codePosition: 0, memo: null },
    { phrase: "The emirs lived in large houses", codePosition: 2, memo: "Luxury for the emirs is the corruption narrative." },
    { phrase: "The commander said we must not ask questions", codePosition: 2, memo: null },
  ].map(({ phrase, codePosition, memo }) => {
    const placed = placeCoding(PLANTED_CODINGS.find((coding) => coding.phrase === phrase && coding.codePosition === codePosition)!, TEXTS);
    return { documentId: String(planted.documentIds[0]), codeId: String(planted.codes[codePosition]!.id), start: placed.start, end: placed.end, quote: phrase, memo, coder: "consensus" };
  });
  expect(exported.consensus.map(({ documentId, codeId, start, end, quote, memo, coder }) => ({ documentId, codeId, start, end, quote, memo, coder }))).toEqual(expected);
});

test("a supervisor draws, edits and removes a span, and marking the document done closes the consensus", async ({ page, browser }) => {
  const planted = await openDisputedReview(page, browser);
  const form = page.getByRole("form", { name: "Draw a consensus span" });
  const word = await page.evaluate(() => {
    const piece = [...document.querySelectorAll(".lane-text > span")].find((element) => element.textContent!.includes("electricity"))!;
    const range = document.createRange();
    const at = piece.textContent!.indexOf("electricity");
    // A header that wraps (a supervisor of many projects) can push the text below the fold, where a click lands nowhere.
    piece.scrollIntoView({ block: "center" });
    range.setStart(piece.firstChild!, at);
    range.setEnd(piece.firstChild!, at + "electricity".length);
    const rect = range.getBoundingClientRect();
    return { x: rect.x + rect.width / 2, y: rect.y + rect.height / 2 };
  });
  await page.mouse.dblclick(word.x, word.y);
  await expect(form.getByLabel("Start")).toHaveValue(String(DISPUTED_TEXT.indexOf("electricity")));
  await expect(form.getByLabel("End")).toHaveValue(String(DISPUTED_TEXT.indexOf("electricity") + "electricity".length));
  await form.getByRole("button", { name: "Cancel" }).click();
  await expect(form.getByLabel("Start")).toHaveValue("");

  await page.keyboard.press("n");
  await page.keyboard.press("n");
  await page.getByRole("button", { name: "Draw a consensus span over this passage" }).click();
  await expect(form.getByLabel("Start")).toHaveValue(String(DISPUTED_TEXT.indexOf("There was no electricity")));
  await form.getByLabel("Code").selectOption({ label: "Harsh and disappointing life" });
  await form.getByLabel("End").fill(String(DISPUTED_TEXT.indexOf(" most days")));
  await expect(form).toContainText("Covers: There was no electricity");
  await form.getByLabel("Memo (why)").fill("Only the shortage itself.");
  await form.getByRole("button", { name: "Add to consensus" }).click();
  const consensus = page.getByRole("region", { name: "Consensus (1)" });
  await expect(consensus).toContainText("There was no electricity");
  await expect(consensus).toContainText("drawn");

  const start = DISPUTED_TEXT.indexOf("There was no electricity");
  const end = DISPUTED_TEXT.indexOf(" most days");
  await consensus.getByRole("button", { name: `Edit consensus span Harsh and disappointing life ${start}–${end}` }).click();
  const edit = page.getByRole("form", { name: "Edit consensus span" });
  await edit.getByLabel("End").fill(String(start + "There was no electricity most days".length));
  await edit.getByRole("button", { name: "Save changes" }).click();
  await expect(consensus).toContainText("There was no electricity most days");

  const adjudication = page.getByRole("region", { name: /^Adjudication:/ });
  await adjudication.getByLabel("Memo on this document").fill("Discussed with the coders.");
  await adjudication.getByRole("button", { name: "Mark done" }).click();
  // Two disagreements are still open: marking done asks first and names how many.
  await expect(adjudication).toContainText("2 disagreements are not resolved. Mark this document done anyway?");
  await adjudication.getByRole("button", { name: "Keep adjudicating" }).click();
  await expect(adjudication).toHaveAccessibleName("Adjudication: In progress");
  await adjudication.getByRole("button", { name: "Mark done" }).click();
  await adjudication.getByRole("button", { name: "Mark done with 2 open disagreements" }).click();
  await expect(adjudication).toHaveAccessibleName("Adjudication: Done");
  // Done closes every action that would change the consensus, with the reason beside it.
  const closedConsensus = page.getByRole("region", { name: "Consensus (1)" });
  await expect(closedConsensus).toContainText("Adjudication is marked done: reopen it to change the consensus.");
  await expect(closedConsensus.getByRole("button", { name: /^Remove consensus span/ })).toBeDisabled();
  await expect(page.getByRole("form", { name: "Draw a consensus span" }).getByRole("button", { name: "Add to consensus" })).toBeDisabled();
  await expect(page.getByRole("region", { name: "Disagreement 2 of 3" }).getByRole("button", { name: "Accept coder1's Harsh and disappointing life" })).toBeDisabled();
  const refused = await page.request.post(`/api/documents/${planted.documentIds[0]}/consensus/agreed`);
  expect(refused.status()).toBe(409);
  expect(((await refused.json()) as { error: string }).error).toContain("marked done");

  await adjudication.getByRole("button", { name: "Reopen adjudication" }).click();
  await expect(adjudication).toHaveAccessibleName("Adjudication: In progress");
  await page.getByRole("region", { name: "Consensus (1)" }).getByRole("button", { name: /^Remove consensus span/ }).click();
  await expect(page.getByRole("heading", { name: "Consensus (0)" })).toBeVisible();
  await page.reload();
  await expect(page.getByRole("region", { name: "Adjudication: In progress" })).toBeVisible();
  await expect(page.getByLabel("Memo on this document")).toHaveValue("Discussed with the coders.");
});

test("a drawn span is checked against the text: a wrong quote, an unknown code and a span past the end are refused", async ({ page, browser }) => {
  const planted = await openDisputedReview(page, browser);
  const post = (data: unknown) => page.request.post(`/api/documents/${planted.documentIds[0]}/consensus`, { data });
  const matching = await post({ code: planted.codes[0]!.id, start: 0, end: 7, quote: "We were", memo: "" });
  expect(matching.status()).toBe(201);
  const mismatch = await post({ code: planted.codes[0]!.id, start: 3, end: 7, quote: "sent", memo: "" });
  expect(mismatch.status()).toBe(400);
  expect(((await mismatch.json()) as { error: string }).error).toContain("The quote does not match the text at 3–7");
  const unknown = await post({ code: 999_999, start: 0, end: 2, memo: "" });
  expect(unknown.status()).toBe(400);
  expect(((await unknown.json()) as { error: string }).error).toContain("Unknown code 999999");
  const pastEnd = await post({ code: planted.codes[0]!.id, start: 0, end: DISPUTED_TEXT.length + 1, memo: "" });
  expect(pastEnd.status()).toBe(400);
  const foreign = await post({ source: 999_999, memo: "" });
  expect(foreign.status()).toBe(404);
});

test("each lane under the text names its coder, and a refused decision is explained beside its button", async ({ page, browser }) => {
  const planted = await openDisputedReview(page, browser);
  await expect(page.getByRole("list", { name: "Lanes under the text" }).getByRole("listitem")).toHaveText(["coder1", "coder2", "coder3", "consensus"]);
  const disputed = page.locator('.lane-text [data-passage="0"]').first();
  await expect(disputed).toHaveAttribute("title", /coder1: Corrupt and un-Islamic\ncoder2: Corrupt and un-Islamic\ncoder3: Harsh and disappointing life\nconsensus: nothing/);

  // Another tab marks the document done while this one still shows it open.
  const elsewhere = await page.request.patch(`/api/documents/${planted.documentIds[0]}/review`, { data: { status: "done" } });
  expect(elsewhere.status()).toBe(200);
  await page.keyboard.press("n");
  const panel = page.getByRole("region", { name: "Disagreement 1 of 3" });
  await panel.getByRole("button", { name: "Accept coder1's Corrupt and un-Islamic" }).click();
  await expect(panel.getByRole("alert")).toHaveText(/marked done; set it back to in progress/);
  await expect(page.getByRole("region", { name: /^Adjudication:/ }).getByRole("alert")).toHaveCount(0);
});

test("a code name of 117 characters wraps within the review page instead of widening it", async ({ page, browser }) => {
  const planted = await openDisputedReview(page, browser);
  const longName = `Corruption of the emirs, ${"who lived in large houses while the fighters went hungry ".repeat(2)}`.slice(0, 117);
  renameCode(planted.codes[2]!.id, longName);
  await page.setViewportSize({ width: 1300, height: 900 });
  await page.reload();
  await expect(page.getByRole("heading", { name: "Disagreements (3)" })).toBeVisible();
  await page.keyboard.press("n");
  await expect(page.getByRole("region", { name: "Disagreement 1 of 3" })).toContainText(longName);
  await expect.poll(() => page.evaluate(() => document.documentElement.scrollWidth), { message: "page width once laid out" }).toBeLessThanOrEqual(1300);
});
