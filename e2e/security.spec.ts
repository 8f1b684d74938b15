import { type APIRequestContext, expect, request as playwrightRequest, test } from "@playwright/test";
import { signIn, uniqueLogin } from "./fixtures";
import { startSecondServer } from "./second-server";
import { plantAnnotationOf, plantDecidedSuggestion, plantUser, setDisabled, shareAnalysis } from "./security-db";
import { plantProject } from "./test-db";
import { plantAssignedDocument } from "./workspace-db";

const PASSWORD = "a long enough password";

/** Signs in through next-auth's credentials endpoint, as a script would; answers where next-auth sends the client. */
async function apiSignIn(api: APIRequestContext, login: string, password: string, headers: Record<string, string> = {}, csrf?: string): Promise<string> {
  const csrfToken = csrf ?? (await csrfOf(api));
  const response = await api.post("/api/auth/callback/credentials", { form: { csrfToken, login, password, json: "true" }, headers });
  return ((await response.json()) as { url: string }).url;
}

/** One CSRF token for several tries sent at once: each fetch of a new one would replace the cookie the others carry. */
async function csrfOf(api: APIRequestContext): Promise<string> {
  return ((await (await api.get("/api/auth/csrf")).json()) as { csrfToken: string }).csrfToken;
}

const outcome = (url: string) => new URL(url).searchParams.get("error") ?? "signed-in";

async function signedInApi(baseURL: string, login: string, password = "demo"): Promise<APIRequestContext> {
  const api = await playwrightRequest.newContext({ baseURL });
  expect(outcome(await apiSignIn(api, login, password))).toBe("signed-in");
  return api;
}

test.describe("administration pages answer nothing of their data to anyone but an administrator", () => {
  test("a coder, a signed-out visitor and a disabled user's session get no project, member or statement", async ({ baseURL }) => {
    const name = `Secret project ${uniqueLogin("p")}`;
    const { projectId } = plantProject(name, [{ login: "coder2", role: "coder" }]);
    const login = uniqueLogin("soon-disabled");
    await plantUser(login, PASSWORD);
    const coder = await signedInApi(baseURL!, "coder1");
    const disabled = await signedInApi(baseURL!, login, PASSWORD);
    setDisabled(login, true);
    const signedOut = await playwrightRequest.newContext({ baseURL });

    for (const api of [coder, disabled, signedOut]) {
      for (const path of ["/admin/projects", `/admin/projects/${projectId}`, "/admin"]) {
        const response = await api.get(path, { maxRedirects: 0 });
        expect(response.status(), path).not.toBe(200);
        const body = await response.text();
        expect(body, path).not.toContain(name);
        expect(body, path).not.toContain("Planted by an end-to-end test");
        expect(body, path).not.toContain(`${name} statement`);
        expect(body, path).not.toContain("coder2");
      }
    }
  });
});

test.describe("sessions", () => {
  test("a token used after signing out, or by a disabled user, gets no session and no data", async ({ baseURL }) => {
    const login = uniqueLogin("leaving");
    await plantUser(login, PASSWORD);
    const api = await signedInApi(baseURL!, login, PASSWORD);
    const cookies = await api.storageState();
    const { csrfToken } = (await (await api.get("/api/auth/csrf")).json()) as { csrfToken: string };
    await api.post("/api/auth/signout", { form: { csrfToken, json: "true" } });

    const reused = await playwrightRequest.newContext({ baseURL, storageState: cookies });
    expect((await reused.get("/api/projects")).status()).toBe(401);
    expect(await (await reused.get("/api/auth/session")).json()).toEqual({});

    const other = await signedInApi(baseURL!, login, PASSWORD);
    setDisabled(login, true);
    const session = await other.get("/api/auth/session");
    expect(await session.json()).toEqual({});
    expect(session.headers()["set-cookie"] ?? "").toMatch(/session-token=;/);
    expect((await other.get("/api/projects")).status()).toBe(401);
  });
});

test.describe("sign-in", () => {
  for (const hostile of ["/\\evil.example/x", "/%09/evil.example/x", "//evil.example/x", "/%2F%2Fevil.example"]) {
    test(`callbackUrl ${hostile} keeps the browser on this site`, async ({ page, baseURL }) => {
      await page.goto(`/signin?callbackUrl=${hostile}`);
      await page.getByLabel("Login").fill("coder1");
      await page.getByLabel("Password").fill("demo");
      await page.getByRole("button", { name: "Sign in" }).click();
      await expect(page.getByText("(coder1)")).toBeVisible();
      expect(new URL(page.url()).origin).toBe(new URL(baseURL!).origin);
    });
  }

  test("the form posts: sent before any script runs, the password stays out of the address", async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto("/signin");
    await page.getByLabel("Login").fill("coder1");
    await page.getByLabel("Password").fill("secret-in-the-url");
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.waitForLoadState();
    expect(page.url()).not.toContain("secret-in-the-url");
    await context.close();
  });

  test("short, login-holding and common passwords are refused, and logins are unique without regard to case", async ({ page }) => {
    await signIn(page, "admin");
    const form = page.getByRole("form", { name: "New account" });
    const login = uniqueLogin("Case");
    const attempt = async (loginValue: string, password: string) => {
      await form.getByLabel("Login").fill(loginValue);
      await form.getByLabel("Name").fill("Someone");
      await form.getByLabel("Password").fill(password);
      await form.getByRole("button", { name: "Create account" }).click();
    };
    await attempt(login, "elevenchars");
    await expect(form.getByRole("alert")).toHaveText("password: The password needs at least 12 characters.");
    await attempt(login, `${login}-and-more`);
    await expect(form.getByRole("alert")).toHaveText("password: The password must not contain the login.");
    await attempt(login, "Password1234");
    await expect(form.getByRole("alert")).toHaveText("password: This password is among the most common ones; choose another.");
    await attempt("CODER1", PASSWORD);
    await expect(form.getByRole("alert")).toHaveText('The login "CODER1" is taken (by coder1; logins ignore case).');
  });

  test("removing a member says what it does and waits for confirmation", async ({ page }) => {
    const { projectId } = plantProject(`Members ${uniqueLogin("p")}`, [{ login: "coder3", role: "coder" }]);
    await signIn(page, "admin");
    await page.goto(`/admin/projects/${projectId}`);
    await page.getByRole("button", { name: "Remove coder3" }).click();
    const confirm = page.getByRole("alertdialog", { name: "Confirm: Remove coder3" });
    await expect(confirm).toContainText("coder3 will no longer see anything of");
    await confirm.getByRole("button", { name: "Cancel" }).click();
    await expect(page.getByRole("row", { name: /coder3/ })).toBeVisible();
    await page.getByRole("button", { name: "Remove coder3" }).click();
    await page.getByRole("button", { name: "Yes, remove coder3" }).click();
    await expect(page.getByRole("row", { name: /coder3/ })).toHaveCount(0);
  });
});

test.describe("blind coding", () => {
  test("a coder learns nothing of another coder's suggestion decisions, and searches only statements assigned to them", async ({ baseURL }) => {
    const { projectId } = plantProject(`Blind ${uniqueLogin("p")}`, [
      { login: "coder1", role: "coder" },
      { login: "coder2", role: "coder" },
    ]);
    const shared = plantAssignedDocument({ projectId, title: "Shared", text: "Both coders read this statement.", coders: ["coder1", "coder2"] });
    plantAssignedDocument({ projectId, title: "Not yours", text: "Only the second coder reads zanzibarian words.", coders: ["coder2"] });
    plantDecidedSuggestion({ projectId, documentId: shared, decidedBy: "coder2" });
    shareAnalysis(projectId);
    const coder = await signedInApi(baseURL!, "coder1");

    const suggestions = (await (await coder.get(`/api/projects/${projectId}/suggestions?documentId=${shared}`)).json()) as Record<string, unknown>[];
    expect(suggestions).toHaveLength(1);
    expect(suggestions[0]).not.toHaveProperty("accepted");
    expect(suggestions[0]).not.toHaveProperty("rejected");

    const search = await coder.get(`/api/projects/${projectId}/search?q=zanzibarian`);
    expect(search.status()).toBe(200);
    expect(await search.json()).toMatchObject({ statements: 0, lines: [] });
  });

  test("the coders-layer export leaves out what a coder has not submitted", async ({ baseURL }) => {
    const { projectId } = plantProject(`Export ${uniqueLogin("p")}`, [
      { login: "supervisor", role: "supervisor" },
      { login: "coder1", role: "coder" },
    ]);
    const documentId = plantAssignedDocument({ projectId, title: "Draft", text: "Unsubmitted words of a coder.", coders: ["coder1"] });
    plantAnnotationOf({ projectId, documentId, login: "coder1", quote: "Unsub" });
    const supervisor = await signedInApi(baseURL!, "supervisor");
    const exported = await supervisor.get(`/api/projects/${projectId}/export?format=jsonl&layer=coders`);
    expect(exported.status()).toBe(200);
    expect(await exported.text()).not.toContain("Unsub");
  });
});

test.describe("ids and input", () => {
  test("another project's annotation id answers exactly as a free id", async ({ baseURL }) => {
    const { projectId, documentId } = plantProject(`Oracle ${uniqueLogin("p")}`, [{ login: "coder3", role: "coder" }]);
    const annotationId = plantAnnotationOf({ projectId, documentId, login: "coder3", quote: "A sta" });
    const coder = await signedInApi(baseURL!, "coder1");
    const other = await coder.patch(`/api/annotations/${annotationId}`, { data: { memo: "x" } });
    const free = await coder.patch("/api/annotations/987654321", { data: { memo: "x" } });
    expect([other.status(), await other.json()]).toEqual([free.status(), await free.json()]);
    expect(other.status()).toBe(404);
  });

  test("a server action called with something other than a form answers 4xx, not 500", async ({ page }) => {
    await signIn(page, "admin");
    await page.goto("/admin");
    const form = page.getByRole("form", { name: "Set a new password for coder3" });
    await form.getByLabel("New password for coder3").fill("short");
    const [action] = await Promise.all([page.waitForRequest((request) => request.headers()["next-action"] !== undefined), form.getByRole("button", { name: "Set password" }).click()]);
    const response = await page.request.post("/admin", {
      headers: { "next-action": action.headers()["next-action"]!, "content-type": "text/plain;charset=UTF-8", accept: "text/x-component" },
      data: '[{},"not a form"]',
    });
    expect(response.status()).toBeGreaterThanOrEqual(400);
    expect(response.status()).toBeLessThan(500);
  });

  test("a pasted statement with a NUL or a lone surrogate is refused with a message", async ({ baseURL }) => {
    const { projectId } = plantProject(`Paste ${uniqueLogin("p")}`, [{ login: "supervisor", role: "supervisor" }]);
    const supervisor = await signedInApi(baseURL!, "supervisor");
    for (const text of ["Before\u0000after", "Half \uD83D of an emoji"]) {
      const response = await supervisor.post(`/api/projects/${projectId}/documents`, { data: { title: "Pasted", text } });
      expect(response.status()).toBe(400);
      expect(((await response.json()) as { error: string }).error).toMatch(/text: holds a control character or broken character \(U\+(0000|D83D)\)/);
    }
    const clean = await supervisor.post(`/api/projects/${projectId}/documents`, { data: { title: "Pasted", text: "Clean text\twith a tab." } });
    expect(clean.status()).toBe(201);
    expect((await supervisor.get(`/api/projects/${projectId}/export?format=qdpx&layer=coders`)).status()).toBe(200);
  });
});

test.describe("sign-in throttle, on a server of its own so its lockouts touch no other test", () => {
  test.describe.configure({ mode: "serial" });
  const port = Number(process.env.E2E_PORT ?? 3100) + 2;
  let server: { baseURL: string; stop: () => void };

  test.beforeAll(async () => {
    test.setTimeout(180_000);
    server = await startSecondServer(port, {});
  });
  test.afterAll(() => server?.stop());

  test("an unknown login costs about what a known one does", async () => {
    const api = await playwrightRequest.newContext({ baseURL: server.baseURL });
    const median = async (login: string) => {
      const times: number[] = [];
      for (let i = 0; i < 4; i++) {
        const started = performance.now();
        expect(outcome(await apiSignIn(api, login, "wrong password here"))).toBe("CredentialsSignin");
        times.push(performance.now() - started);
      }
      return times.sort((a, b) => a - b)[1]!;
    };
    const known = await median("coder2");
    const unknown = await median("nobody-by-this-name");
    // A ratio, not a time: without a real hash an unknown login answered in a tenth of a known one's time.
    expect(unknown / known).toBeGreaterThan(0.5);
  });

  test("wrong passwords sent all at once are counted: only the free attempts are checked, then the right one is refused too", async () => {
    const api = await playwrightRequest.newContext({ baseURL: server.baseURL });
    const csrf = await csrfOf(api);
    const outcomes = await Promise.all(Array.from({ length: 30 }, () => apiSignIn(api, "coder1", "wrong password here", {}, csrf).then(outcome)));
    expect(outcomes.filter((result) => result === "CredentialsSignin").length).toBeLessThanOrEqual(5);
    expect(outcomes.filter((result) => result === "throttled").length).toBeGreaterThanOrEqual(25);
    expect(outcome(await apiSignIn(api, "coder1", "demo"))).toBe("throttled");
  });

  test("a client rotating X-Forwarded-For is still one address", async () => {
    const api = await playwrightRequest.newContext({ baseURL: server.baseURL });
    const outcomes: string[] = [];
    for (let i = 0; i < 60; i++) {
      outcomes.push(outcome(await apiSignIn(api, `guess-${i}`, "wrong password here", { "x-forwarded-for": `198.51.100.${i}` })));
    }
    expect(outcomes.filter((result) => result === "throttled").length).toBeGreaterThanOrEqual(10);
  });
});
