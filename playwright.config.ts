import { mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { defineConfig } from "@playwright/test";

// One temporary database per run, made by the main process; workers inherit the variable and reuse it.
process.env.E2E_DATA_DIR ??= mkdtempSync(path.join(os.tmpdir(), "testimony-e2e-"));
const port = process.env.E2E_PORT ?? "3100";
const baseURL = `http://localhost:${port}`;
const e2eDatabasePath = path.join(process.env.E2E_DATA_DIR, "testimony.db");

export default defineConfig({
  testDir: "e2e",
  fullyParallel: true,
  workers: 2,
  forbidOnly: true,
  reporter: "list",
  // Two workers share two cores with the server, so a step that takes a second alone can take several. A test that
  // imports or exports a large file marks itself test.slow(), which triples this.
  timeout: 60_000,
  expect: { timeout: 10_000 },
  use: {
    baseURL,
    trace: "retain-on-failure",
    launchOptions: {
      // Debian's Chromium: Playwright's own browser builds cannot be downloaded on these machines.
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
    },
  },
  webServer: {
    command: "npx tsx scripts/start.ts",
    url: `${baseURL}/signin`,
    reuseExistingServer: false,
    timeout: 120_000,
    // Small character limit so the import-limit tests build small files; two job workers so one test's long import
    // does not hold up another's agreement figures.
    env: { DATABASE_URL: e2eDatabasePath, PORT: port, SKIP_BUILD: "1", NEXT_TELEMETRY_DISABLED: "1", IMPORT_MAX_CHARACTERS: "5000000", JOB_WORKERS: "2" },
  },
});
