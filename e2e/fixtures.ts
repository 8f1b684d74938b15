import { expect, type Page } from "@playwright/test";

export const DEMO_PASSWORD = "demo";

/** Signs in through the form, as a person does, and waits for the start page to load. */
export async function signIn(page: Page, login: string, password = DEMO_PASSWORD): Promise<void> {
  await page.goto("/signin");
  await page.getByLabel("Login").fill(login);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByText(`(${login})`)).toBeVisible();
}

/** A login unique to this test run, so tests that create accounts never collide. */
export function uniqueLogin(prefix: string): string {
  return `${prefix}-${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
}
