import { type Browser, expect, type Page, test } from "@playwright/test";
import { signIn, uniqueLogin } from "./fixtures";

async function signInAsAdmin(browser: Browser): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signIn(page, "admin");
  return page;
}

async function createAccount(admin: Page, login: string, password: string) {
  await admin.goto("/admin");
  const form = admin.getByRole("form", { name: "New account" });
  await form.getByLabel("Login").fill(login);
  await form.getByLabel("Name").fill(`Test ${login}`);
  await form.getByLabel("Password").fill(password);
  await form.getByRole("button", { name: "Create account" }).click();
  await expect(form.getByRole("status")).toHaveText(`Account ${login} created.`);
}

test("an administrator creates an account, makes it a coder and assigns all documents; the coder sees them", async ({ browser, page }) => {
  const admin = await signInAsAdmin(browser);
  const login = uniqueLogin("newcoder");
  await createAccount(admin, login, "first-password");

  await admin.goto("/admin/projects");
  await admin.getByRole("link", { name: "Demo: defector statements" }).click();
  const addMember = admin.getByRole("form", { name: "Add member" });
  await addMember.getByLabel("User").selectOption({ label: `Test ${login} (${login})` });
  await addMember.getByLabel("Role").selectOption("coder");
  await addMember.getByRole("button", { name: "Add member" }).click();
  await expect(addMember.getByRole("status")).toHaveText(`${login} is now a coder of the project.`);

  const assignAll = admin.getByRole("form", { name: "Assign all documents" });
  await assignAll.getByLabel(login).check();
  await assignAll.getByRole("button", { name: "Assign all documents to these coders" }).click();
  await expect(assignAll.getByRole("status")).toContainText("new assignments made");

  await signIn(page, login, "first-password");
  await expect(page.getByRole("heading", { name: "My documents" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Abu Saad, television interview" })).toBeVisible();
});

test("a disabled user loses access at once and cannot sign in again until re-enabled", async ({ browser, page }) => {
  const admin = await signInAsAdmin(browser);
  const login = uniqueLogin("leaver");
  await createAccount(admin, login, "leaver-password");

  await signIn(page, login, "leaver-password");
  expect((await page.request.get("/api/projects")).status()).toBe(200);

  await admin.getByRole("button", { name: `Disable ${login}` }).click();
  const confirm = admin.getByRole("alertdialog", { name: `Confirm: Disable ${login}` });
  await expect(confirm).toContainText(`${login} will be signed out everywhere and can no longer sign in`);
  await confirm.getByRole("button", { name: `Yes, disable ${login}` }).click();
  await expect(admin.getByRole("button", { name: `Enable ${login}` })).toBeVisible();

  expect((await page.request.get("/api/projects")).status()).toBe(401);
  await page.goto("/");
  await expect(page).toHaveURL(/\/signin/);
  await page.getByLabel("Login").fill(login);
  await page.getByLabel("Password").fill("leaver-password");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("form", { name: "Sign in" }).getByRole("alert")).toHaveText("Wrong login or password, or the account is disabled.");

  await admin.getByRole("button", { name: `Enable ${login}` }).click();
  await expect(admin.getByRole("button", { name: `Disable ${login}` })).toBeVisible();
  await signIn(page, login, "leaver-password");
});

test("resetting a password ends the user's sessions and the new password works", async ({ browser, page }) => {
  const admin = await signInAsAdmin(browser);
  const login = uniqueLogin("forgetful");
  await createAccount(admin, login, "old-password");
  await signIn(page, login, "old-password");

  const reset = admin.getByRole("form", { name: `Set a new password for ${login}` });
  await reset.getByLabel(`New password for ${login}`).fill("new-password");
  await reset.getByRole("button", { name: "Set password" }).click();
  await expect(reset.getByRole("status")).toContainText("their sessions have ended");

  expect((await page.request.get("/api/projects")).status()).toBe(401);
  await signIn(page, login, "new-password");
});

test("creating an account with a taken login is refused with a message", async ({ browser }) => {
  const admin = await signInAsAdmin(browser);
  await admin.goto("/admin");
  const form = admin.getByRole("form", { name: "New account" });
  await form.getByLabel("Login").fill("coder1");
  await form.getByLabel("Name").fill("Someone else");
  await form.getByLabel("Password").fill("whatever it takes");
  await form.getByRole("button", { name: "Create account" }).click();
  await expect(form.getByRole("alert")).toHaveText('The login "coder1" is taken.');
});
