import { expect, test } from "@playwright/test";
import { signIn } from "./fixtures";
import { plantAnnotation } from "./test-db";
import { plantAssignedDocument, storedAnnotations } from "./workspace-db";
import { annotationOption, openWorkspace, STATEMENT } from "./workspace-page";

test("a coder selects, codes, finds, deletes and restores an annotation with the keyboard alone", async ({ page }) => {
  const documentId = plantAssignedDocument({ title: `Keyboard ${Date.now()}`, text: STATEMENT });
  await signIn(page, "coder1");
  await openWorkspace(page, documentId);
  await page.getByRole("article").focus();
  await page.keyboard.press("Control+ArrowRight");
  await page.keyboard.press("Control+Shift+ArrowRight");
  await page.keyboard.press("Control+Shift+ArrowRight");
  await page.keyboard.press("2");
  await expect(page.getByRole("status").filter({ hasText: "Coded" })).toHaveText("Coded “punished men” as Brutality against Sunnis.");
  await expect.poll(() => storedAnnotations(documentId, "coder1").map((annotation) => annotation.quote)).toEqual(["punished men"]);

  await page.keyboard.press("Escape");
  await expect(page.getByRole("region", { name: "Selected annotation" })).toHaveCount(0);
  await page.keyboard.press("]");
  await expect(annotationOption(page, "Brutality against Sunnis", "punished men")).toHaveAttribute("aria-selected", "true");
  await page.keyboard.press("Delete");
  await expect.poll(() => storedAnnotations(documentId, "coder1")).toEqual([]);
  await page.keyboard.press("Control+z");
  await expect(annotationOption(page, "Brutality against Sunnis", "punished men")).toBeVisible();
  await expect.poll(() => storedAnnotations(documentId, "coder1").map((annotation) => annotation.quote)).toEqual(["punished men"]);
});

test("the code definitions show with ? and the palette announces each code's key", async ({ page }) => {
  const documentId = plantAssignedDocument({ title: `Definitions ${Date.now()}`, text: STATEMENT });
  await signIn(page, "coder1");
  await openWorkspace(page, documentId);
  const brutality = page.getByRole("button", { name: /Brutality against Sunnis/ });
  await expect(brutality).toHaveAttribute("aria-keyshortcuts", "2");
  await expect(brutality).toHaveAccessibleDescription(/brutality and atrocities against Sunni Muslims.*Include:.*Exclude:/);
  await expect(page.getByText("Fighting against armed Sunni factions (code 1)")).toBeHidden();
  await page.keyboard.press("?");
  await expect(page.getByText("Fighting against armed Sunni factions (code 1)")).toBeVisible();
});

test("Alt+M goes from the text to the selected annotation's memo, listed in the keyboard help; Escape returns to the text at the annotation", async ({ page }) => {
  const documentId = plantAssignedDocument({ title: `Memo keys ${Date.now()}`, text: STATEMENT });
  plantAnnotation({ documentId, login: "coder1", codePosition: 1, start: 5, end: 31 });
  await signIn(page, "coder1");
  await openWorkspace(page, documentId);
  await page.getByText("Keyboard shortcuts").click();
  await expect(page.getByRole("term").filter({ hasText: "Alt + M" })).toBeVisible();

  await page.getByRole("article").focus();
  await page.keyboard.press("]");
  await expect(annotationOption(page, "Brutality against Sunnis", "punished men from the town")).toHaveAttribute("aria-selected", "true");
  await page.keyboard.press("Alt+m");
  const memo = page.getByRole("region", { name: "Selected annotation" }).getByLabel("Memo");
  await expect(memo).toBeFocused();
  await page.keyboard.type("Seen in two other statements.");
  // The memo follows the code at once in the tab order.
  await page.keyboard.press("Shift+Tab");
  await expect(page.getByRole("region", { name: "Selected annotation" }).getByRole("combobox", { name: "Code" })).toBeFocused();
  await page.keyboard.press("Tab");
  await expect(memo).toBeFocused();

  await page.keyboard.press("Escape");
  await expect(page.getByRole("article")).toBeFocused();
  const afterCaret = () => page.evaluate(() => {
    const selection = document.getSelection()!;
    return selection.isCollapsed ? selection.focusNode!.textContent!.slice(selection.focusOffset, selection.focusOffset + 26) : null;
  });
  expect(await afterCaret()).toBe("punished men from the town");
  await expect.poll(() => storedAnnotations(documentId, "coder1").map((annotation) => annotation.memo)).toEqual(["Seen in two other statements."]);
  // Still selected: a second Escape, now in the text, closes it.
  await expect(page.getByRole("region", { name: "Selected annotation" })).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(page.getByRole("region", { name: "Selected annotation" })).toHaveCount(0);
});
