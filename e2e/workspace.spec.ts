import { expect, test } from "@playwright/test";
import { signIn } from "./fixtures";
import type { PendingPassagesCanvas } from "@/components/workspace/pending-passages";
import { plantAnnotation } from "./test-db";
import { assignmentStatus, plantAssignedDocument, storedAnnotations } from "./workspace-db";
import { annotationOption, codeIds, highlightedTexts, openWorkspace, outlinedText, selectPhrase, STATEMENT } from "./workspace-page";

const plant = (title: string) => plantAssignedDocument({ title: `${title} ${Date.now()}`, text: STATEMENT });

test("a coder selects a phrase, presses 2 and sees it highlighted in the code's colour and listed, also after a reload", async ({ page }) => {
  const documentId = plant("Key 2");
  await signIn(page, "coder1");
  await openWorkspace(page, documentId);
  await selectPhrase(page, "punished men from the town");
  await page.keyboard.press("2");

  await expect(page.getByRole("status").filter({ hasText: "Coded" })).toHaveText("Coded “punished men from the town” as Brutality against Sunnis.");
  expect(await highlightedTexts(page, "Brutality against Sunnis")).toEqual(["punished men from the town"]);
  await expect(annotationOption(page, "Brutality against Sunnis", "punished men from the town")).toBeVisible();
  const brutalityRule = await page.evaluate(() =>
    [...document.styleSheets].flatMap((sheet) => [...sheet.cssRules]).find((rule) => rule.cssText.startsWith("::highlight(code-") && rule.cssText.includes("198, 40, 40")),
  );
  expect(brutalityRule).toBeTruthy();
  await expect(page.getByText("All changes saved")).toBeVisible();
  expect(storedAnnotations(documentId, "coder1")).toEqual([{ code: "Brutality against Sunnis", start: 5, end: 31, quote: "punished men from the town", memo: "" }]);
  expect(assignmentStatus(documentId, "coder1")).toBe("in_progress");

  await page.reload();
  await expect(page.getByRole("article")).toHaveAttribute("data-painted", "1");
  expect(await highlightedTexts(page, "Brutality against Sunnis")).toEqual(["punished men from the town"]);
  await expect(annotationOption(page, "Brutality against Sunnis", "punished men from the town")).toBeVisible();
  await expect(page.getByText("In progress", { exact: true })).toBeVisible();
});

test("a new passage is drawn over the text in its code's tint by the key press itself, then joins its code's highlight", async ({ page }) => {
  const documentId = plant("Drawn at once");
  await signIn(page, "coder1");
  await openWorkspace(page, documentId);
  await selectPhrase(page, "punished men from the town");
  // Read inside the key press's own task, after the workspace's handler: what the coming frame will show.
  await page.evaluate(() => {
    window.addEventListener(
      "keydown",
      () => {
        const canvas = document.querySelector<PendingPassagesCanvas>("canvas.pending-passages")!;
        const node = document.querySelector("article p")!.firstChild!;
        const range = document.createRange();
        range.setStart(node, 5);
        range.setEnd(node, 31);
        const passage = range.getBoundingClientRect();
        const origin = canvas.getBoundingClientRect();
        const ratio = canvas.width / origin.width;
        const pixel = canvas.getContext("2d")!.getImageData(Math.round((passage.left + passage.width / 2 - origin.left) * ratio), Math.round((passage.top + passage.height / 2 - origin.top) * ratio), 1, 1).data;
        Object.assign(window, { drawnAtKey: { ids: canvas.passageIds?.length ?? 0, pixel: [...pixel] } });
      },
      { once: true },
    );
  });
  await page.keyboard.press("2");

  const { ids, pixel } = await page.evaluate(() => (window as unknown as { drawnAtKey: { ids: number; pixel: number[] } }).drawnAtKey);
  expect(ids).toBe(1);
  const [red, green, blue, alpha] = pixel as [number, number, number, number];
  // Code 2's tint, a translucent red: the passage is drawn, and drawn as code 2.
  expect(alpha).toBeGreaterThan(0);
  expect(red).toBeGreaterThan(green + 80);
  expect(red).toBeGreaterThan(blue + 80);
  expect(await highlightedTexts(page, "Brutality against Sunnis")).toEqual(["punished men from the town"]);
  await expect(page.getByText("All changes saved")).toBeVisible();
  expect(storedAnnotations(documentId, "coder1")).toEqual([{ code: "Brutality against Sunnis", start: 5, end: 31, quote: "punished men from the town", memo: "" }]);
});

test("on opening, every annotation is painted, also those far below the view; the list filtered by code scrolls the text to the one chosen", async ({ page }) => {
  const filler = Array.from({ length: 80 }, (_, i) => `Paragraph ${i + 1}: the fighters were told to be patient while the emirs had cars.`);
  const text = ["They punished men from the town.", ...filler, "The money they promised never came."].join("\n\n");
  const documentId = plantAssignedDocument({ title: `Long ${Date.now()}`, text });
  const lastStart = Array.from(text).length - Array.from("money they promised never came.").length;
  plantAnnotation({ documentId, login: "coder1", codePosition: 1, start: 5, end: 31 });
  plantAnnotation({ documentId, login: "coder1", codePosition: 3, start: lastStart, end: lastStart + "money they promised".length });
  await signIn(page, "coder1");
  await openWorkspace(page, documentId);

  await expect(page.getByRole("article")).toHaveAttribute("data-painted", "2");
  expect(await highlightedTexts(page, "Brutality against Sunnis")).toEqual(["punished men from the town"]);
  expect(await highlightedTexts(page, "Harsh and disappointing life")).toEqual(["money they promised"]);
  const lastInView = () =>
    page.evaluate(() => {
      const range = [...CSS.highlights.values()].flatMap((highlight) => [...highlight]).find((item) => (item as Range).toString() === "money they promised") as Range;
      const box = range.getBoundingClientRect();
      const view = document.querySelector("article")!.getBoundingClientRect();
      return box.top >= view.top && box.bottom <= view.bottom;
    });
  expect(await lastInView()).toBe(false);

  await page.getByRole("group", { name: "Show annotations of" }).getByRole("button", { name: "Harsh life (1)" }).click();
  await expect(page.getByRole("listbox", { name: "My annotations in text order" }).getByRole("option")).toHaveText([/Harsh and disappointing life “money they promised”/]);
  await annotationOption(page, "Harsh and disappointing life", "money they promised").click();
  await expect.poll(lastInView).toBe(true);
  await expect(page.getByRole("region", { name: "Selected annotation" }).getByLabel(/Quote coded as/)).toHaveText("money they promised");
});

test("a mouse selection snaps to whole words, and Shift with the key codes the exact characters", async ({ page }) => {
  const documentId = plant("Snapping");
  await signIn(page, "coder1");
  await openWorkspace(page, documentId);
  const box = (phrase: string) =>
    page.evaluate((wanted) => {
      const node = [...document.querySelectorAll("article p")].find((p) => p.textContent!.includes(wanted))!.firstChild!;
      const range = document.createRange();
      const at = node.textContent!.indexOf(wanted);
      range.setStart(node, at);
      range.setEnd(node, at + wanted.length);
      const { left, right, top, height } = range.getBoundingClientRect();
      return { left, right, y: top + height / 2 };
    }, phrase);
  const from = await box("mirs");
  const to = await box("emirs ha");
  await page.mouse.move(from.left + 2, from.y);
  await page.mouse.down();
  await page.mouse.move(to.right - 1, to.y, { steps: 5 });
  await page.mouse.up();
  await expect.poll(() => page.evaluate(() => document.getSelection()!.toString())).toBe("emirs had");
  await page.keyboard.press("1");

  await selectPhrase(page, "rdinary fight");
  await page.keyboard.press("Shift+3");
  await expect(page.getByText("All changes saved")).toBeVisible();
  await expect.poll(() => storedAnnotations(documentId, "coder1").map((annotation) => annotation.quote)).toEqual(["emirs had", "rdinary fight"]);
});

test("overlapping codes all stay visible and each can be picked where they overlap", async ({ page }) => {
  const documentId = plant("Overlap");
  await signIn(page, "coder1");
  await openWorkspace(page, documentId);
  await selectPhrase(page, "emirs had cars");
  await page.keyboard.press("2");
  await selectPhrase(page, "had cars and houses");
  await page.getByRole("button", { name: /Corrupt and un-Islamic/ }).click();

  expect(await highlightedTexts(page, "Brutality against Sunnis")).toEqual(["emirs had cars"]);
  expect(await highlightedTexts(page, "Corrupt and un-Islamic")).toEqual(["had cars and houses"]);
  const cars = await page.evaluate(() => {
    const node = document.querySelectorAll("article p")[1]!.firstChild!;
    const range = document.createRange();
    range.setStart(node, node.textContent!.indexOf("cars") + 1);
    range.setEnd(node, node.textContent!.indexOf("cars") + 2);
    const { left, top, width, height } = range.getBoundingClientRect();
    return { x: left + width / 2, y: top + height / 2 };
  });
  await page.mouse.click(cars.x, cars.y);
  const picker = page.getByRole("dialog", { name: "Annotations at this point" });
  await expect(picker.getByRole("button")).toHaveText(["Brutality against Sunnis: “emirs had cars”", "Corrupt and un-Islamic: “had cars and houses”"]);
  await picker.getByRole("button", { name: /Corrupt and un-Islamic/ }).click();
  const editor = page.getByRole("region", { name: "Selected annotation" });
  await expect(editor.getByLabel("Code", { exact: true })).toHaveValue(String((await codeIds(page)).get("Corrupt and un-Islamic")));
  await expect(editor.getByLabel(/Quote coded as/)).toHaveText("had cars and houses");
});

test("a coder changes the code and the boundaries, writes a memo, deletes, undoes and redoes", async ({ page }) => {
  const documentId = plant("Change");
  await signIn(page, "coder1");
  await openWorkspace(page, documentId);
  await selectPhrase(page, "no electricity");
  await page.keyboard.press("1");
  const editor = page.getByRole("region", { name: "Selected annotation" });
  await editor.getByLabel("Code", { exact: true }).selectOption({ label: "4 · Harsh and disappointing life" });
  await editor.getByRole("button", { name: "End one word later" }).click();
  await expect(editor.getByLabel(/Quote coded as Harsh/)).toHaveText("no electricity most");
  await editor.getByLabel("Memo").fill("Hardship, not corruption.");
  await editor.getByLabel("Memo").blur();
  await expect(page.getByText("All changes saved")).toBeVisible();
  await expect
    .poll(() => storedAnnotations(documentId, "coder1"))
    .toEqual([{ code: "Harsh and disappointing life", start: 216, end: 235, quote: "no electricity most", memo: "Hardship, not corruption." }]);

  await editor.getByRole("button", { name: "Delete annotation" }).click();
  await expect(page.getByRole("listbox")).toHaveCount(0);
  await expect.poll(() => storedAnnotations(documentId, "coder1")).toEqual([]);

  await page.keyboard.press("Control+z");
  await expect(annotationOption(page, "Harsh and disappointing life", "no electricity most")).toBeVisible();
  await expect.poll(() => storedAnnotations(documentId, "coder1").map((a) => [a.code, a.quote, a.memo])).toEqual([
    ["Harsh and disappointing life", "no electricity most", "Hardship, not corruption."],
  ]);
  await page.keyboard.press("Control+z");
  await expect.poll(() => storedAnnotations(documentId, "coder1").map((a) => a.memo)).toEqual([""]);
  await page.keyboard.press("Control+Shift+z");
  await expect.poll(() => storedAnnotations(documentId, "coder1").map((a) => a.memo)).toEqual(["Hardship, not corruption."]);
});

test("an empty or whitespace-only selection is refused with a hint", async ({ page }) => {
  const documentId = plantAssignedDocument({ title: `Whitespace ${Date.now()}`, text: "Before      after." });
  await signIn(page, "coder1");
  await openWorkspace(page, documentId);
  await page.keyboard.press("2");
  await expect(page.getByRole("status").filter({ hasText: "Select a passage first" })).toBeVisible();
  await selectPhrase(page, "    ");
  await page.keyboard.press("2");
  await expect(page.getByRole("status").filter({ hasText: "only spaces or line breaks" })).toBeVisible();
  expect(storedAnnotations(documentId, "coder1")).toEqual([]);
});

test("an Arabic statement reads right to left, and a coded phrase is stored with exactly its quote", async ({ page }) => {
  const text = "😔 خرجت من التنظيم في بداية عام ٢٠١٥. جئنا لنقاتل النظام، لكنهم أرسلونا لقتال فصائل أخرى من أهل السنة.";
  const documentId = plantAssignedDocument({ title: `شهادة ${Date.now()}`, text });
  await signIn(page, "coder1");
  await openWorkspace(page, documentId);
  await expect(page.getByRole("article")).toHaveAttribute("dir", "rtl");
  await selectPhrase(page, "لنقاتل النظام");
  await page.keyboard.press("1");
  const stored = async () => (await (await page.request.get(`/api/documents/${documentId}/annotations`)).json()) as { quote: string; start: number; end: number }[];
  // Offsets count code points, the emoji one (Python: text.index("لنقاتل") == 42, len("لنقاتل النظام") == 13).
  await expect.poll(async () => (await stored()).map(({ quote, start, end }) => ({ quote, start, end }))).toEqual([{ quote: "لنقاتل النظام", start: 42, end: 55 }]);
  await expect(page.getByText("All changes saved")).toBeVisible();
});

test("a long quote in the annotation list is cut short, so the coding tools stay within the window", async ({ page }) => {
  const documentId = plant("Long quote");
  await signIn(page, "coder1");
  await page.setViewportSize({ width: 1300, height: 850 });
  await openWorkspace(page, documentId);
  await selectPhrase(page, "The emirs had cars and houses while the ordinary fighters were told to be patient");
  await page.keyboard.press("2");
  await expect(page.getByText("All changes saved")).toBeVisible();
  const tools = page.getByRole("complementary", { name: "Coding tools" });
  const box = await tools.boundingBox();
  expect(box!.x + box!.width).toBeLessThanOrEqual(1300);
  expect(await tools.evaluate((aside) => aside.scrollWidth <= aside.clientWidth)).toBe(true);
});

test("clicking the third annotation of the list with the mouse, nothing selected before, opens that one", async ({ page }) => {
  const documentId = plant("Third of the list");
  plantAnnotation({ documentId, login: "coder1", codePosition: 1, start: 5, end: 13 });
  plantAnnotation({ documentId, login: "coder1", codePosition: 2, start: 100, end: 105 });
  plantAnnotation({ documentId, login: "coder1", codePosition: 3, start: 150, end: 160 });
  await signIn(page, "coder1");
  await openWorkspace(page, documentId);
  const options = page.getByRole("listbox", { name: "My annotations in text order" }).getByRole("option");
  await expect(options).toHaveCount(3);
  const third = await options.nth(2).boundingBox();
  // A real press and release where the third option is: nothing may move it between the two.
  await page.mouse.move(third!.x + 20, third!.y + third!.height / 2);
  await page.mouse.down();
  await page.mouse.up();
  const quote = [...STATEMENT].slice(150, 160).join("");
  await expect(page.getByRole("region", { name: "Selected annotation" }).getByLabel(/Quote coded as/)).toHaveText(quote);
  await expect(options.nth(2)).toHaveAttribute("aria-selected", "true");
});

test("a selected annotation of the red code is outlined in grey, its colours in the text unchanged; coders read characters, not code points", async ({ page }) => {
  const documentId = plant("Selection look");
  plantAnnotation({ documentId, login: "coder1", codePosition: 1, start: 5, end: 31 });
  await signIn(page, "coder1");
  await openWorkspace(page, documentId);
  const passageBox = () =>
    page.evaluate(() => {
      const node = document.querySelector("article p")!.firstChild!;
      const range = document.createRange();
      range.setStart(node, 5);
      range.setEnd(node, 31);
      const { x, y, width, height } = range.getBoundingClientRect();
      return { x: x + 1, y: y + 1, width: width - 2, height: height - 2 };
    });
  const before = await page.screenshot({ clip: await passageBox() });

  await annotationOption(page, "Brutality against Sunnis", "punished men from the town").click();
  await expect(page.getByRole("region", { name: "Selected annotation" })).toBeVisible();
  await expect.poll(() => outlinedText(page)).toBe("punished men from the town");
  // The passage itself is painted exactly as before: no tint that could read as another code's colour.
  expect((await page.screenshot({ clip: await passageBox() })).equals(before)).toBe(true);
  const outline = await page.locator("[data-mark=selected]").first().evaluate((box) => getComputedStyle(box).outlineColor);
  expect(outline).toBe("rgb(29, 29, 29)");

  const editor = page.getByRole("region", { name: "Selected annotation" });
  await expect(editor.getByText("26 characters · saved")).toBeVisible();
  await expect(page.getByText(/code points?/i)).toHaveCount(0);
});
