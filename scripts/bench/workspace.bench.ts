// Times the coding workspace in Chromium on the built app, with a generated statement of 100,000 code points carrying
// 2,000 annotations of coder1: opening it until the text and all its highlights are painted, a key press until the new
// passage is painted (100 codings), and the server saving one annotation (200 saves). Each browser figure stands beside
// a baseline taken in the same run, turn about with it, on the same text: a bare page holding only the text, and a
// hand-written CSS Custom Highlight API page with the same 2,000 highlights where a key adds one range. The targets are
// relative to them (issue 14): opening within 2.5 times the bare page, key to paint at the 95th percentile within two
// thirds of the Highlight API page. Starts the built app on a temporary database and stops it at the end. Prints
// figures with the input sizes; times are not asserted. Every wait is bounded: a step that stalls (the app stopped
// answering, a key that changed nothing) fails with what it waited for.
import { type ChildProcess, spawn } from "node:child_process";
import { existsSync, mkdtempSync, openSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { type Browser, chromium, type Page } from "@playwright/test";
import { openDatabase } from "../../db/client";
import { getCodesByProject } from "../../db/queries/codes";
import { insertAssignments, insertDocument } from "../../db/queries/documents";
import { getProjectByName } from "../../db/queries/projects";
import { getUserByLogin } from "../../db/queries/users";
import { annotations } from "../../db/schema";
import { DEMO_PROJECT_NAME } from "../../db/seed/seed-demo";
import { contentHash } from "../../lib/import/content-hash";
import { codePointLength } from "../../lib/offsets/code-points";
import { barePage, collapsePage, highlightPage } from "./baseline-pages";
import { generateSpans, generateStatement, seededRandom } from "./generate-long-statement";

const TEXT_CODE_POINTS = 100_000;
const ANNOTATIONS = 2_000;
const LOADS = 9;
const CODINGS = 100;
const SAVES = 200;
const PORT = process.env.BENCH_PORT ?? "3200";
const BASE = `http://localhost:${PORT}`;
/** The longest any one step may take before the benchmark gives up on it. */
const STEP_TIMEOUT_MS = 20_000;
// Served by the benchmark itself (page.route), never by the app: the baselines.
const BARE_URL = `${BASE}/bench-baseline/bare`;
const HIGHLIGHTS_URL = `${BASE}/bench-baseline/highlights`;
const COLLAPSE_URL = `${BASE}/bench-baseline/collapse`;

export async function run(): Promise<void> {
  if (!existsSync(path.join(process.cwd(), ".next", "BUILD_ID"))) {
    console.log("workspace: no build found; run `npm run build` first, then `npm run bench -- workspace`.");
    return;
  }
  const dataDir = mkdtempSync(path.join(os.tmpdir(), "testimony-bench-"));
  const serverLog = path.join(dataDir, "server.log");
  const server = startServer(path.join(dataDir, "testimony.db"), serverLog);
  let browser: Browser | undefined;
  try {
    browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu"] });
    await waitForServer(server);
    const planted = plantStatement(path.join(dataDir, "testimony.db"));
    console.log(
      `statement: ${planted.codePoints} code points (${planted.utf16Length} UTF-16 units, ${planted.paragraphs} paragraphs), ` +
        `${ANNOTATIONS} annotations of coder1 over ${planted.codeCount} codes`,
    );
    const page = await openPage(browser);
    const baseline = await openPage(browser);
    await baseline.route(BARE_URL, (route) => route.fulfill({ contentType: "text/html", body: barePage(planted.text) }));
    await baseline.route(HIGHLIGHTS_URL, (route) => route.fulfill({ contentType: "text/html", body: highlightPage(planted.text, planted.spans, planted.codeIds) }));
    const floor = await openPage(browser);
    await floor.route(COLLAPSE_URL, (route) => route.fulfill({ contentType: "text/html", body: collapsePage(planted.text) }));
    await signIn(page);
    await timeLoads(page, baseline, planted.documentId);
    await timeCodings(page, baseline, floor, planted.text, server);
    await timeSaves(page, planted.documentId, planted.text, planted.codeIds);
  } catch (error) {
    const log = existsSync(serverLog) ? readFileSync(serverLog, "utf8").split("\n").slice(-20).join("\n") : "";
    throw new Error(`${error instanceof Error ? error.message : String(error)}\nlast lines of the app's log:\n${log}`, { cause: error });
  } finally {
    await browser?.close();
    await stopServer(server);
    rmSync(dataDir, { recursive: true, force: true });
  }
}

async function openPage(browser: Browser): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  page.setDefaultTimeout(STEP_TIMEOUT_MS);
  return page;
}

function startServer(databasePath: string, logPath: string): ChildProcess {
  const log = openSync(logPath, "a");
  // Its own process group, so stopping it also stops the `next start` it spawns.
  return spawn("npx", ["tsx", "scripts/start.ts"], {
    env: { ...process.env, DATABASE_URL: databasePath, PORT, SKIP_BUILD: "1", NEXT_TELEMETRY_DISABLED: "1" },
    stdio: ["ignore", log, log],
    detached: true,
  });
}

function assertServerRunning(server: ChildProcess): void {
  if (server.exitCode !== null || server.signalCode !== null) throw new Error(`the app on ${BASE} stopped (${server.signalCode ?? `exit code ${server.exitCode}`})`);
}

async function waitForServer(server: ChildProcess): Promise<void> {
  for (let attempt = 0; attempt < 600; attempt++) {
    assertServerRunning(server);
    const ready = await fetch(`${BASE}/signin`).then(
      (response) => response.ok,
      () => false,
    );
    if (ready) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`the app did not start on ${BASE} within a minute`);
}

/** Stops the app's process group: politely, then, if it has not exited after ten seconds, for good. */
function stopServer(server: ChildProcess): Promise<void> {
  if (server.exitCode !== null || server.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const kill = setTimeout(() => process.kill(-server.pid!, "SIGKILL"), 10_000);
    server.once("exit", () => {
      clearTimeout(kill);
      resolve();
    });
    process.kill(-server.pid!, "SIGTERM");
  });
}

/** The generated statement in the demo project, assigned to coder1, with coder1's annotations written in one go. */
function plantStatement(databasePath: string) {
  const db = openDatabase(databasePath);
  try {
    const random = seededRandom(2024);
    const text = generateStatement(TEXT_CODE_POINTS, random);
    const projectId = getProjectByName(db, { name: DEMO_PROJECT_NAME })!.id;
    const codeIds = getCodesByProject(db, { projectId }).map((code) => code.id);
    const coderId = getUserByLogin(db, { login: "coder1" })!.id;
    const spans = generateSpans(text, ANNOTATIONS, codeIds, random);
    const documentId = db.transaction(
      (tx) => {
        const values = { projectId, title: "Benchmark: a long statement", text, contentHash: contentHash(text), length: codePointLength(text) };
        const id = insertDocument(tx, { actorId: null, values }).id;
        insertAssignments(tx, { projectId, documentIds: [id], coderIds: [coderId], actorId: null });
        for (const span of spans) tx.insert(annotations).values({ documentId: id, coderId, ...span, memo: "" }).run();
        return id;
      },
      { behavior: "immediate" },
    );
    return { documentId, text, spans, codeIds, codeCount: codeIds.length, codePoints: codePointLength(text), utf16Length: text.length, paragraphs: text.split("\n\n").length };
  } finally {
    db.$client.close();
  }
}

async function signIn(page: Page): Promise<void> {
  await page.goto(`${BASE}/signin`);
  await page.getByLabel("Login").fill("coder1");
  await page.getByLabel("Password").fill("demo");
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.waitForURL(`${BASE}/documents`);
}

/**
 * Navigation start to the first frame painted after every annotation's highlight is registered, as the page measures
 * it, for the workspace and, turn about with it, the two baselines; and the size of the workspace's HTML.
 */
async function timeLoads(page: Page, baseline: Page, documentId: number): Promise<void> {
  const loads: number[] = [];
  const bareLoads: number[] = [];
  const highlightLoads: number[] = [];
  const firstBytes: number[] = [];
  const open = async (target: Page, url: string, count: number) => {
    await target.goto(url, { waitUntil: "commit" });
    return evaluateWithin<number>(target, allPainted(count), `${url} to paint its ${count} highlights`);
  };
  for (let i = 0; i < LOADS; i++) {
    await page.bringToFront();
    loads.push(await open(page, `${BASE}/documents/${documentId}`, ANNOTATIONS));
    firstBytes.push(await page.evaluate(() => (performance.getEntriesByType("navigation")[0] as PerformanceNavigationTiming).responseStart));
    await baseline.bringToFront();
    bareLoads.push(await open(baseline, BARE_URL, 0));
    highlightLoads.push(await open(baseline, HIGHLIGHTS_URL, ANNOTATIONS));
  }
  const html = await page.request.get(`${BASE}/documents/${documentId}`);
  const htmlBytes = (await html.body()).length;
  const ranges = await page.evaluate<number>(HIGHLIGHT_RANGES);
  console.log(
    `open the statement until the text and all its highlights are painted (${LOADS} loads each, turn about; ${ranges} ranges registered in one highlight per code): ` +
      `median ${fmt(median(loads))} ms, slowest ${fmt(Math.max(...loads))} ms; first byte after median ${fmt(median(firstBytes))} ms; HTML ${fmt(htmlBytes / 1024)} KB\n` +
      `  bare page with the same text: median ${fmt(median(bareLoads))} ms; Highlight API page with the same ${ANNOTATIONS} highlights: median ${fmt(median(highlightLoads))} ms\n` +
      `  workspace / bare page: ${(median(loads) / median(bareLoads)).toFixed(2)}× (target ≤ 2.5×)`,
  );
}

/**
 * Key press to the paint showing the new passage, for codings of word-aligned passages spread over the text, turn
 * about in the workspace and in the Highlight API page (which needs no save, so it does not wait for one); and, as
 * the floor under both, key press to the next frame on a page where the key only collapses the selection.
 */
async function timeCodings(page: Page, baseline: Page, floor: Page, text: string, server: ChildProcess): Promise<void> {
  const random = seededRandom(7);
  const latencies: number[] = [];
  const baselineLatencies: number[] = [];
  const floorLatencies: number[] = [];
  const paragraphs = text.split("\n\n").length;
  await baseline.goto(HIGHLIGHTS_URL);
  await evaluateWithin(baseline, allPainted(ANNOTATIONS), "the Highlight API page");
  await floor.goto(COLLAPSE_URL);
  for (let i = 0; i < CODINGS; i++) {
    const paragraph = Math.floor(random() * paragraphs);
    const wordCount = 1 + Math.floor(random() * 12);
    const key = String(1 + (i % 4));
    await baseline.bringToFront();
    const baselineLatency = await timeCoding(baseline, { paragraph, wordCount }, key, `the baseline's highlight of coding ${i + 1}`);
    if (Number.isFinite(baselineLatency)) baselineLatencies.push(baselineLatency);
    await floor.bringToFront();
    floorLatencies.push(await timeCoding(floor, { paragraph, wordCount }, key, `the frame after key ${i + 1}`, ARM_KEY_TO_FRAME));
    await page.bringToFront();
    const latency = await timeCoding(page, { paragraph, wordCount }, key, `the highlight of coding ${i + 1}`);
    if (Number.isFinite(latency)) latencies.push(latency);
    // A coder reads between codings: let the save and the read-back settle before the next key.
    assertServerRunning(server);
    await page.getByText("All changes saved").waitFor();
    await evaluateWithin(page, "new Promise((resolve) => requestIdleCallback(resolve, { timeout: 1000 }))", "an idle moment after the save");
  }
  const skipped = CODINGS - latencies.length;
  const p95 = percentile(latencies, 95);
  const baselineP95 = percentile(baselineLatencies, 95);
  console.log(
    `key press to the new passage painted (${latencies.length} codings${skipped ? `, ${skipped} refused as already coded` : ""}, ${ANNOTATIONS}+ annotations in the layer): ` +
      `median ${fmt(median(latencies))} ms, 95th percentile ${fmt(p95)} ms\n` +
      `  Highlight API page adding one range to ${ANNOTATIONS}+ (${baselineLatencies.length} codings, turn about): median ${fmt(median(baselineLatencies))} ms, 95th percentile ${fmt(baselineP95)} ms\n` +
      `  workspace / Highlight API page at the 95th percentile: ${(p95 / baselineP95).toFixed(2)} (target ≤ 0.67)\n` +
      `  floor, a page whose key only collapses the selection (key to the next frame, ${floorLatencies.length} keys, turn about): ` +
      `median ${fmt(median(floorLatencies))} ms, 95th percentile ${fmt(percentile(floorLatencies, 95))} ms; ` +
      `floor / Highlight API page at the 95th percentile: ${(percentile(floorLatencies, 95) / baselineP95).toFixed(2)}`,
  );
}

/**
 * Selects a passage of `wordCount` words a third into the paragraph, presses `key`, and resolves with the time from
 * the key to the paint `arm` waits for (by default, the paint showing one more passage).
 */
async function timeCoding(page: Page, passage: { paragraph: number; wordCount: number }, key: string, what: string, arm = ARM_KEY_TO_PAINT): Promise<number> {
  await page.evaluate(
    ({ paragraph, wordCount }) => {
      const element = document.querySelectorAll("article p")[paragraph]!;
      element.scrollIntoView({ block: "center" });
      const node = element.firstChild!;
      const words = [...node.textContent!.matchAll(/[^\s.]+/gu)];
      const first = words[Math.floor(words.length / 3)]!;
      const last = words[Math.min(words.length - 1, Math.floor(words.length / 3) + wordCount - 1)]!;
      const range = document.createRange();
      range.setStart(node, first.index);
      range.setEnd(node, last.index + last[0].length);
      document.getSelection()!.removeAllRanges();
      document.getSelection()!.addRange(range);
    },
    passage,
  );
  // The coder sees the selection before pressing the key: the scroll and the selection are painted first.
  await evaluateWithin(page, "new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)))", "the selection painted");
  await page.evaluate(arm);
  await page.keyboard.press(key);
  return evaluateWithin<number>(page, "window.keyToPaint", what);
}

// Scripts run in the page are strings: the TypeScript runner would wrap named functions in helpers the page lacks.
const HIGHLIGHT_RANGES = `[...CSS.highlights.keys()].filter((name) => name.startsWith("code-")).reduce((sum, name) => sum + CSS.highlights.get(name).size, 0)`;

/**
 * Resolves, once a frame is painted with all `count` annotations holding a range, with the time since navigation start.
 * The painter registers ranges before the frame that shows them, so the check runs in animation frame callbacks; a
 * task posted from one runs once that frame is painted. It is posted as "user-blocking" so that tasks queued before
 * it (the app's own follow-up work) do not delay it and count as paint time.
 */
const allPainted = (count: number) => `new Promise((resolve) => {
  const check = () => {
    const article = document.querySelector("article");
    if (article?.dataset.annotations !== "${count}" || article.dataset.painted !== "${count}") return requestAnimationFrame(check);
    scheduler.postTask(() => resolve(performance.now()), { priority: "user-blocking" });
  };
  requestAnimationFrame(check);
})`;

/**
 * The passages painted: ranges in the code highlights, and the new passages the workspace draws on its canvas until
 * they join their code's highlight (the canvas names them in its passageIds).
 */
const PAINTED_PASSAGES = `(${HIGHLIGHT_RANGES} + (document.querySelector("canvas.pending-passages")?.passageIds?.length ?? 0))`;

/**
 * Sets window.keyToPaint to resolve with the time from the next keydown to the paint of the frame in which one more
 * passage is painted (told as in allPainted), or NaN after two seconds without one (the passage already had that code).
 */
const ARM_KEY_TO_PAINT = `void (window.keyToPaint = new Promise((resolve) => {
  window.addEventListener("keydown", (event) => {
    const before = ${PAINTED_PASSAGES};
    const check = () => {
      if (performance.now() - event.timeStamp > 2000) return resolve(NaN);
      if (${PAINTED_PASSAGES} === before) return requestAnimationFrame(check);
      scheduler.postTask(() => resolve(performance.now() - event.timeStamp), { priority: "user-blocking" });
    };
    requestAnimationFrame(check);
  }, { capture: true, once: true });
}))`;

/** Sets window.keyToPaint to resolve with the time from the next keydown to the paint of the next frame. */
const ARM_KEY_TO_FRAME = `void (window.keyToPaint = new Promise((resolve) => {
  window.addEventListener("keydown", (event) => {
    requestAnimationFrame(() => scheduler.postTask(() => resolve(performance.now() - event.timeStamp), { priority: "user-blocking" }));
  }, { capture: true, once: true });
}))`;

/** One POST per annotation through the API, as a script would: round trip, and the transaction's time (Server-Timing). */
async function timeSaves(page: Page, documentId: number, text: string, codeIds: readonly number[]): Promise<void> {
  const spans = generateSpans(text, SAVES, codeIds, seededRandom(99));
  const roundTrips: number[] = [];
  const transactions: number[] = [];
  for (const span of spans) {
    const started = performance.now();
    const response = await page.request.post(`${BASE}/api/documents/${documentId}/annotations`, {
      data: { code: span.codeId, start: span.start, end: span.end, quote: span.quote },
    });
    roundTrips.push(performance.now() - started);
    if (response.status() === 409) continue;
    if (response.status() !== 201) throw new Error(`save refused: ${response.status()} ${await response.text()}`);
    transactions.push(Number(/db;dur=([\d.]+)/.exec(response.headers()["server-timing"] ?? "")?.[1]));
  }
  console.log(
    `save one annotation through the API (${SAVES} saves into the statement of ${ANNOTATIONS}+ annotations): round trip median ${fmt(median(roundTrips))} ms, ` +
      `95th percentile ${fmt(percentile(roundTrips, 95))} ms; transaction 95th percentile ${fmt(percentile(transactions, 95))} ms (target < 20 ms)`,
  );
}

const median = (values: number[]) => percentile(values, 50);
function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
}
const fmt = (ms: number) => ms.toFixed(1);

/** `page.evaluate` gives up on a promise that never settles only when the page closes: this gives up after a step's time. */
function evaluateWithin<T>(page: Page, script: string, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`waited ${STEP_TIMEOUT_MS / 1000} s for ${what}`)), STEP_TIMEOUT_MS);
  });
  return Promise.race([page.evaluate<T>(script), timeout]).finally(() => clearTimeout(timer));
}
