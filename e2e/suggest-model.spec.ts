import { expect, test } from "@playwright/test";
import { signIn, uniqueLogin } from "./fixtures";
import { plantSuggestionProject } from "./suggest-db";

const JOB_TIMEOUT_MS = 60_000;

test("a supervisor trains a model, reads its cross-validated figures, applies it, and shows the suggestions to coders", async ({ browser }) => {
  // A job worker's first task compiles the jobs' TypeScript, which takes a while on a loaded machine.
  test.slow();
  const planted = plantSuggestionProject(uniqueLogin("Suggest"));
  const supervisor = await (await browser.newContext()).newPage();
  await signIn(supervisor, "supervisor");
  await supervisor.goto(`/projects/${planted.projectId}`);
  await supervisor.getByRole("navigation", { name: "Project" }).getByRole("link", { name: "Suggestions" }).click();
  await expect(supervisor.getByRole("heading", { name: "Learned suggestions" })).toBeVisible();
  await expect(supervisor.getByText("No model has been trained in this project yet.")).toBeVisible();
  await expect(supervisor.getByRole("button", { name: "Apply" })).toHaveCount(0);

  // Chosen and submitted from the keyboard.
  const training = supervisor.getByRole("form", { name: "Training" });
  await training.getByLabel("Learn from").selectOption("coder:coder1");
  await training.getByLabel("Folds").fill("3");
  await training.getByLabel("Folds").press("Enter");
  await expect(training.getByRole("status")).toHaveText("Trained on 240 sentences of 30 statements.", { timeout: JOB_TIMEOUT_MS });

  const table = supervisor.getByRole("table", { name: /predicted on statements the model was not trained on/ });
  await expect(supervisor.getByText(/Learned from coder:coder1: 30 statements, 240 sentences; 3-fold cross-validation by statement/)).toBeVisible();
  for (const code of ["Fighting fellow Sunnis", "Brutality against Sunnis", "Corrupt and un-Islamic"]) {
    await expect(table.getByRole("row", { name: new RegExp(`^${code}`) })).toBeVisible();
  }
  await expect(table.getByRole("row", { name: /^Micro-averaged/ }).getByRole("cell").nth(2)).toHaveText(/^(0\.9\d|1\.00)$/);
  await expect(supervisor.getByRole("list", { name: "Codes not suggested" })).toHaveText("Harsh and disappointing life: 0 coded sentences; at least 10 are needed");

  const applying = supervisor.getByRole("form", { name: "Applying" });
  await applying.getByLabel("Order").selectOption("useful");
  await applying.getByRole("button", { name: "Apply" }).click();
  await expect(applying.getByRole("status")).toHaveText(/^\d+ suggestions written\.$/, { timeout: JOB_TIMEOUT_MS });
  const written = Number((await applying.getByRole("status").textContent())!.split(" ")[0]);
  expect(written).toBeGreaterThanOrEqual(2);

  // Coders code independently: the learned suggestions reach them only once the supervisor shows them for the round.
  const coder = await (await browser.newContext()).newPage();
  await signIn(coder, "coder1");
  const suggestionsOf = async (documentId: number) =>
    (await (await coder.request.get(`/api/projects/${planted.projectId}/suggestions?documentId=${documentId}`)).json()) as { quote: string; score: number }[];
  expect(await suggestionsOf(planted.uncodedIds[0]!)).toEqual([]);
  await supervisor.goto(`/projects/${planted.projectId}`);
  await supervisor.getByRole("button", { name: "Show learned suggestions to coders" }).click();
  await expect(supervisor.getByRole("region", { name: "Coding round" })).toContainText("Round 1: open; blind coding. Coders see learned suggestions.");
  expect((await suggestionsOf(planted.uncodedIds[0]!)).map((s) => s.quote)).toContain("They executed people in the square.");
  const agreement = await supervisor.request.get(`/api/projects/${planted.projectId}/agreement?unit=sentence`);
  expect((await agreement.json()).suggestions_visible).toEqual({ rounds: [1], now: true });

  // The model's route is for supervisors: a coder of the project is refused, someone else finds no project.
  expect((await coder.request.get(`/api/projects/${planted.projectId}/suggestions/model`)).status()).toBe(403);
  const outsider = await (await browser.newContext()).newPage();
  await signIn(outsider, "coder2");
  expect((await outsider.request.post(`/api/projects/${planted.projectId}/suggestions/model`, { data: { from: "agreed" } })).status()).toBe(404);
  const bad = await supervisor.request.post(`/api/projects/${planted.projectId}/suggestions/model`, { data: { from: "everyone", folds: 1 } });
  expect(bad.status()).toBe(400);
  expect((await bad.json()).error).toBe("Invalid body: from: Choose the layer to learn from: consensus, agreed or coder:LOGIN.; folds: Folds must be a whole number from 2 to 10.");
});
