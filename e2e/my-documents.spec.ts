import { expect, test } from "@playwright/test";
import { signIn } from "./fixtures";

// coder3's demo assignments: no other test gives coder3 documents of the demo project, so the list is stable.
test("My documents filters by status, speaker facts and title, keeps the filter, and N opens the next unfinished", async ({ page }) => {
  await signIn(page, "coder3");
  await expect(page.getByRole("heading", { name: "My documents" })).toBeVisible();
  await expect(page.getByText(/^\d+ of \d+ submitted$/)).toBeVisible();
  const rows = page.getByRole("row").filter({ has: page.getByRole("cell") });

  await page.getByLabel("Status").selectOption({ label: "Submitted" });
  await expect(rows.first()).toBeVisible();
  for (const row of await rows.all()) await expect(row).toContainText("Submitted");

  await page.getByLabel("Status").selectOption({ label: "All" });
  await page.getByLabel("Country").selectOption("Syria");
  for (const row of await rows.all()) await expect(row).toContainText("Syria");
  await page.getByLabel("Search title or speaker").fill("umm yusuf");
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText("Umm Yusuf, radio interview");
  await page.reload();
  await expect(page.getByLabel("Search title or speaker")).toHaveValue("umm yusuf");
  await expect(rows).toHaveCount(1);

  await page.goto("/documents?status=unfinished");
  const firstUnfinished = (await rows.first().getByRole("link").textContent())!;
  await page.keyboard.press("n");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(firstUnfinished);
  await expect(page.getByRole("article")).toBeVisible();
});
