import { expect, test } from "@playwright/test";
import { signIn } from "./fixtures";

test("the demo coder sees the statements assigned to them and can read one", async ({ page }) => {
  await signIn(page, "coder1");
  await expect(page).toHaveURL(/\/documents$/);
  await expect(page.getByRole("heading", { name: "My documents" })).toBeVisible();
  const rows = page.getByRole("row");
  expect(await rows.count()).toBeGreaterThanOrEqual(13);
  await page.getByRole("link", { name: "Umm Yusuf, radio interview" }).click();
  await expect(page.getByRole("heading", { name: "Umm Yusuf, radio interview" })).toBeVisible();
  await expect(page.getByLabel("Speaker facts")).toContainText("Syria");
  await expect(page.getByText("We were promised a proper home")).toBeVisible();
});

test("an Arabic statement is shown right to left", async ({ page }) => {
  await signIn(page, "coder1");
  await page.getByRole("link", { name: "أبو عمر، شهادة مسجلة" }).click();
  await expect(page.locator("article")).toHaveAttribute("dir", "rtl");
  await expect(page.locator("article")).toContainText("جئنا لنقاتل النظام");
});

test("the demo supervisor sees the project overview with each coder's progress", async ({ page }) => {
  await signIn(page, "supervisor");
  // Other tests make the supervisor a member of their own projects too; the start page opens one of them.
  await expect(page).toHaveURL(/\/projects\/\d+$/);
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Demo: defector statements" }).click();
  await expect(page.getByRole("heading", { name: "Demo: defector statements" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Progress by coder" })).toBeVisible();
  for (const coder of ["coder1", "coder2", "coder3"]) await expect(page.getByRole("cell", { name: new RegExp(`\\(${coder}\\)`) })).toBeVisible();
});

test("the administrator sees the pages to manage users, projects and members", async ({ page }) => {
  await signIn(page, "admin");
  await expect(page).toHaveURL(/\/admin$/);
  await expect(page.getByRole("heading", { name: "Users" })).toBeVisible();
  await expect(page.getByRole("cell", { name: "coder3", exact: true })).toBeVisible();
  await page.getByRole("navigation", { name: "Administration" }).getByRole("link", { name: "Projects" }).click();
  await page.getByRole("link", { name: "Demo: defector statements" }).click();
  await expect(page.getByRole("heading", { name: "Members" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Assign all documents to these coders" })).toBeVisible();
});

test("a coder and a supervisor cannot open the administration pages", async ({ page }) => {
  await signIn(page, "coder1");
  const response = await page.goto("/admin");
  expect(response?.status()).toBe(403);
  await expect(page.getByRole("heading", { name: "Not allowed" })).toBeVisible();
});
