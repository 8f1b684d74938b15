import { expect, test } from "@playwright/test";
import { signIn } from "./fixtures";
import { plantTreeProject, storedCodings } from "./palette-db";
import { openWorkspace, outlinedText, selectPhrase, STATEMENT } from "./workspace-page";

// Two codes named Bread three levels deep under different parents; Economy is a group that cannot be coded.
const TREE = [
  { name: "Economy", parent: null, isGroup: true },
  { name: "Prices", parent: "Economy" },
  { name: "Bread", parent: "Economy/Prices" },
  { name: "Fuel", parent: "Economy/Prices" },
  { name: "Governance", parent: null },
  { name: "Prices", parent: "Governance" },
  { name: "Bread", parent: "Governance/Prices" },
];

const plant = (title: string) => plantTreeProject(`${title} ${Date.now()}${Math.random().toString(36).slice(2, 6)}`, TREE, STATEMENT);

test("a coder codes with a code three levels deep by typing a few letters", async ({ page }) => {
  const { documentId, idsByPath } = plant("Palette find");
  await signIn(page, "coder1");
  await openWorkspace(page, documentId);
  const finder = page.getByRole("combobox", { name: "Find a code" });
  const matches = page.getByRole("listbox", { name: "Matching codes" });

  // Typed in the text, letters go to the finder; same-named codes show their paths; Escape keeps the selection.
  await selectPhrase(page, "emirs had cars");
  await page.keyboard.type("bread");
  await expect(finder).toBeFocused();
  // The text keeps showing what Enter will code while the finder has the focus.
  await expect.poll(() => outlinedText(page)).toBe("emirs had cars");
  await expect(matches.getByRole("option")).toHaveText([/^Bread\s*Economy › Prices/, /^Bread\s*Governance › Prices/]);
  await page.keyboard.press("Escape");
  await expect(page.getByRole("article")).toBeFocused();
  await expect(finder).toHaveValue("");
  expect(await page.evaluate(() => document.getSelection()!.toString())).toBe("emirs had cars");

  // Arrows move among the matches and Enter codes with the highlighted one.
  await page.keyboard.type("bread");
  await page.keyboard.press("ArrowDown");
  await expect(matches.getByRole("option", { selected: true })).toHaveAccessibleName(/^Bread, in Governance › Prices/);
  await page.keyboard.press("Enter");
  await expect(page.getByRole("status").filter({ hasText: "Coded" })).toHaveText("Coded “emirs had cars” as Bread.");
  await expect(page.getByRole("article")).toBeFocused();

  // Four keystrokes after the selection: the initials of the path, then Enter.
  await selectPhrase(page, "no electricity");
  await page.keyboard.type("epb");
  await expect(matches.getByRole("option", { selected: true })).toHaveAccessibleName(/^Bread, in Economy › Prices/);
  await page.keyboard.press("Enter");
  await expect
    .poll(() => storedCodings(documentId, "coder1"))
    .toEqual([
      { code: idsByPath.get("Governance/Prices/Bread"), quote: "emirs had cars" },
      { code: idsByPath.get("Economy/Prices/Bread"), quote: "no electricity" },
    ]);

  // A group is shown in the tree but never offered for coding.
  await expect(page.getByRole("button", { name: "Codes under Economy" })).toBeVisible();
  await finder.fill("econ");
  await expect(page.getByText("No code matches.")).toBeVisible();

  // The codes just used come first: / opens the finder on them.
  await page.keyboard.press("Escape");
  await page.keyboard.press("/");
  await expect(page.getByRole("listbox", { name: "Recently used codes" }).getByRole("option")).toHaveText([/^Bread\s*Economy › Prices/, /^Bread\s*Governance › Prices/]);
});

test("a coder gives a code deep in the tree key 5 and codes with it", async ({ page }) => {
  const { documentId, idsByPath } = plant("Palette key");
  await signIn(page, "coder1");
  await openWorkspace(page, documentId);
  await page.getByRole("button", { name: "Codes under Economy" }).click();
  await page.getByRole("button", { name: "Codes under Prices" }).click();
  const fuel = page.getByRole("region", { name: "Codebook" }).getByRole("button", { name: /Fuel/ });
  await fuel.focus();
  await page.keyboard.press("Tab");
  const keyButton = page.locator(":focus");
  await expect(keyButton).toHaveAccessibleName("Key");
  await expect(keyButton).toHaveAccessibleDescription("Fuel");
  await page.keyboard.press("Enter");
  await page.keyboard.press("5");
  await expect(fuel).toHaveAttribute("aria-keyshortcuts", "5");
  await expect(fuel.locator("kbd")).toHaveText("5");

  await selectPhrase(page, "owners paid twice");
  await page.keyboard.press("5");
  await expect(page.getByRole("status").filter({ hasText: "Coded" })).toHaveText("Coded “owners paid twice” as Fuel.");
  await expect.poll(() => storedCodings(documentId, "coder1")).toEqual([{ code: idsByPath.get("Economy/Prices/Fuel"), quote: "owners paid twice" }]);

  // The key is the coder's own and stays after a reload; the codebook's key 1 still codes its code.
  await page.reload();
  await expect(page.getByRole("region", { name: "Recently used" }).getByRole("button", { name: /Fuel/ })).toHaveAttribute("aria-keyshortcuts", "5");
  await expect(page.getByRole("button", { name: /Fighting fellow Sunnis/ })).toHaveAttribute("aria-keyshortcuts", "1");
});
