import { expect, test } from "@playwright/test";
import { signIn } from "./fixtures";

test("a signed-out visitor is sent to the sign-in page, which says it is a demo instance", async ({ page }) => {
  await page.goto("/documents");
  await expect(page).toHaveURL(/\/signin\?callbackUrl=%2Fdocuments$/);
  await expect(page.getByRole("note")).toContainText("Demo instance");
});

test("a wrong password shows one message that does not say which part was wrong", async ({ page }) => {
  await page.goto("/signin");
  await page.getByLabel("Login").fill("coder1");
  await page.getByLabel("Password").fill("not-the-password");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("form", { name: "Sign in" }).getByRole("alert")).toHaveText("Wrong login or password, or the account is disabled.");
  await page.getByLabel("Login").fill("nobody-has-this-login");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("form", { name: "Sign in" }).getByRole("alert")).toHaveText("Wrong login or password, or the account is disabled.");
});

test("an unauthenticated API call gets 401 with a message", async ({ request }) => {
  const response = await request.get("/api/projects");
  expect(response.status()).toBe(401);
  expect(await response.json()).toEqual({ error: "Sign in first." });
});

test("pages carry a Content-Security-Policy that allows only nonce-bearing scripts", async ({ request }) => {
  const response = await request.get("/signin");
  const csp = response.headers()["content-security-policy"] ?? "";
  expect(csp).toMatch(/script-src 'self' 'nonce-[^']+' 'strict-dynamic'/);
  expect(csp).not.toContain("unsafe-inline' 'nonce");
});

test("signing out ends the session", async ({ page }) => {
  await signIn(page, "coder2");
  await page.getByRole("button", { name: "Sign out", exact: true }).click();
  await expect(page).toHaveURL(/\/signin/);
  await page.goto("/documents");
  await expect(page).toHaveURL(/\/signin/);
});

test("the sign-in page has the app's icon, served to a signed-out visitor", async ({ page }) => {
  await page.goto("/signin");
  const href = await page.locator('link[rel="icon"]').getAttribute("href");
  expect(href).toMatch(/^\/icon\.svg/);
  const icon = await page.request.get(href!);
  expect(icon.status()).toBe(200);
  expect(icon.headers()["content-type"]).toContain("image/svg+xml");
});
