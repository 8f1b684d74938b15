import { expect, test } from "@playwright/test";
import { signIn } from "./fixtures";
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
