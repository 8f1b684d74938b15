// Times the coding workspace in Chromium on the built app, with a generated statement of 100,000 code points carrying
// 2,000 annotations of coder1: opening it until the text and its highlights are painted (the workspace paints the
// annotations in and around view, and more as the text scrolls: also timed), a key press until the new highlight is
// painted (100 codings), and the server saving one annotation (200 saves). Starts the built app on a temporary
// database and stops it at the end. Prints figures with the input sizes; times are not asserted.
import { type ChildProcess, spawn } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { chromium, type Page } from "@playwright/test";
import { openDatabase } from "../../db/client";
import { getCodesByProject } from "../../db/queries/codes";
import { insertAssignments, insertDocument } from "../../db/queries/documents";
import { getProjectByName } from "../../db/queries/projects";
import { getUserByLogin } from "../../db/queries/users";
import { annotations } from "../../db/schema";
import { DEMO_PROJECT_NAME } from "../../db/seed/seed-demo";
import { contentHash } from "../../lib/import/content-hash";
import { codePointLength } from "../../lib/offsets/code-points";
import { generateSpans, generateStatement, seededRandom } from "./generate-long-statement";

const TEXT_CODE_POINTS = 100_000;
const ANNOTATIONS = 2_000;
const LOADS = 5;
const CODINGS = 100;
const SAVES = 200;
const PORT = process.env.BENCH_PORT ?? "3200";
const BASE = `http://localhost:${PORT}`;

export async function run(): Promise<void> {
  if (!existsSync(path.join(process.cwd(), ".next", "BUILD_ID"))) {
    console.log("workspace: no build found; run `npm run build` first, then `npm run bench -- workspace`.");
    return;
  }
  const dataDir = mkdtempSync(path.join(os.tmpdir(), "testimony-bench-"));
  const server = startServer(path.join(dataDir, "testimony.db"));
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu"] });
  try {
    await waitForServer();
    const planted = plantStatement(path.join(dataDir, "testimony.db"));
    console.log(
      `statement: ${planted.codePoints} code points (${planted.utf16Length} UTF-16 units, ${planted.paragraphs} paragraphs), ` +
        `${ANNOTATIONS} annotations of coder1 over ${planted.codeCount} codes`,
    );
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    await signIn(page);
    await timeLoads(page, planted.documentId);
    await timeCodings(page, planted.text);
    await timeSaves(page, planted.documentId, planted.text, planted.codeIds);
  } finally {
    await browser.close();
    await stopServer(server);
    rmSync(dataDir, { recursive: true, force: true });
  }
}

function startServer(databasePath: string): ChildProcess {
  // Its own process group, so stopping it also stops the `next start` it spawns.
  return spawn("npx", ["tsx", "scripts/start.ts"], {
    env: { ...process.env, DATABASE_URL: databasePath, PORT, SKIP_BUILD: "1", NEXT_TELEMETRY_DISABLED: "1" },
    stdio: "ignore",
    detached: true,
  });
}

async function waitForServer(): Promise<void> {
  for (let attempt = 0; attempt < 600; attempt++) {
    const ready = await fetch(`${BASE}/signin`).then(
      (response) => response.ok,
      () => false,
    );
    if (ready) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`the app did not start on ${BASE} within a minute`);
}

function stopServer(server: ChildProcess): Promise<void> {
  if (server.exitCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    server.once("exit", () => resolve());
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
    return { documentId, text, codeIds, codeCount: codeIds.length, codePoints: codePointLength(text), utf16Length: text.length, paragraphs: text.split("\n\n").length };
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

/** Navigation start to the first frame painted after every highlight is registered, as the page itself measures it. */
async function timeLoads(page: Page, documentId: number): Promise<void> {
  const loads: number[] = [];
  const firstBytes: number[] = [];
  for (let i = 0; i < LOADS; i++) {
    await page.goto(`${BASE}/documents/${documentId}`, { waitUntil: "commit" });
    await page.waitForFunction((count) => document.querySelector("article")?.getAttribute("data-annotations") === String(count), ANNOTATIONS, { polling: "raf" });
    loads.push(await page.evaluate<number>(AFTER_NEXT_PAINT));
    firstBytes.push(await page.evaluate(() => (performance.getEntriesByType("navigation")[0] as PerformanceNavigationTiming).responseStart));
  }
  const ranges = await page.evaluate<number>(HIGHLIGHT_RANGES);
  console.log(
    `open the statement until the text and its highlights are painted (${LOADS} loads; all ${ANNOTATIONS} annotations loaded, the ${ranges} ` +
      `in and around view painted): median ${fmt(median(loads))} ms, slowest ${fmt(Math.max(...loads))} ms (first byte after median ${fmt(median(firstBytes))} ms; target < 500 ms)`,
  );
  const jumps: number[] = [];
  for (const fraction of [0.5, 0.9, 0.2, 0.7, 0.05]) jumps.push(await page.evaluate<number>(jumpTo(fraction)));
  console.log(`jump elsewhere in the text until the highlights there are painted (${jumps.length} jumps): median ${fmt(median(jumps))} ms, slowest ${fmt(Math.max(...jumps))} ms`);
}

/** Key press to the paint showing the new highlight, for codings of word-aligned passages spread over the text. */
async function timeCodings(page: Page, text: string): Promise<void> {
  const random = seededRandom(7);
  const latencies: number[] = [];
  const paragraphs = text.split("\n\n").length;
  for (let i = 0; i < CODINGS; i++) {
    const paragraph = Math.floor(random() * paragraphs);
    const wordCount = 1 + Math.floor(random() * 12);
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
      { paragraph, wordCount },
    );
    await page.evaluate(ARM_KEY_TO_PAINT);
    await page.keyboard.press(String(1 + (i % 4)));
    const latency = await page.evaluate<number>("window.keyToPaint");
    if (Number.isFinite(latency)) latencies.push(latency);
    // A coder reads between codings: let the save and the read-back settle before the next key.
    await page.getByText("All changes saved").waitFor();
    await page.evaluate(() => new Promise((resolve) => requestIdleCallback(resolve)));
  }
  const skipped = CODINGS - latencies.length;
  console.log(`key press to highlight painted (${latencies.length} codings${skipped ? `, ${skipped} refused as already coded` : ""}, ${ANNOTATIONS}+ annotations in the layer): median ${fmt(median(latencies))} ms, 95th percentile ${fmt(percentile(latencies, 95))} ms (target < 30 ms)`);
}

// Scripts run in the page are strings: the TypeScript runner would wrap named functions in helpers the page lacks.
const HIGHLIGHT_RANGES = `[...CSS.highlights.keys()].filter((name) => name.startsWith("code-")).reduce((sum, name) => sum + CSS.highlights.get(name).size, 0)`;

/** Resolves after the next frame is painted, with the time since navigation start (a message posted in an animation
 * frame callback runs once that frame is painted). */
const AFTER_NEXT_PAINT = `new Promise((resolve) => requestAnimationFrame(() => {
  const channel = new MessageChannel();
  channel.port1.onmessage = () => resolve(performance.now());
  channel.port2.postMessage(null);
}))`;

/** Scrolls the text to `fraction` of its height; resolves with the time until a frame showing highlights there is painted. */
const jumpTo = (fraction: number) => `new Promise((resolve) => {
  const article = document.querySelector("article");
  const started = performance.now();
  article.scrollTop = article.scrollHeight * ${fraction};
  const check = () => {
    const view = article.getBoundingClientRect();
    const shown = [...CSS.highlights.keys()].filter((name) => name.startsWith("code-")).some((name) =>
      [...CSS.highlights.get(name)].some((range) => { const box = range.getBoundingClientRect(); return box.bottom > view.top && box.top < view.bottom; }));
    if (!shown) return requestAnimationFrame(check);
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve(performance.now() - started);
    channel.port2.postMessage(null);
  };
  requestAnimationFrame(check);
})`;

/**
 * Sets window.keyToPaint to resolve with the time from the next keydown to the paint of the frame in which the code
 * highlights gained a range, or NaN after two seconds without one (the passage already had that code).
 */
const ARM_KEY_TO_PAINT = `void (window.keyToPaint = new Promise((resolve) => {
  window.addEventListener("keydown", (event) => {
    const before = ${HIGHLIGHT_RANGES};
    const check = () => {
      if (performance.now() - event.timeStamp > 2000) return resolve(NaN);
      if (${HIGHLIGHT_RANGES} === before) return requestAnimationFrame(check);
      const channel = new MessageChannel();
      channel.port1.onmessage = () => resolve(performance.now() - event.timeStamp);
      channel.port2.postMessage(null);
    };
    requestAnimationFrame(check);
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
