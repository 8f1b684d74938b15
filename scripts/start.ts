// The one start command: migrate (and seed an empty database), build when the sources changed since the last build,
// then serve on PORT (default 3000). `--dev` serves with hot reload instead of building; SKIP_BUILD=1 serves the
// existing build.
import { spawn } from "node:child_process";
import { createRequire } from "node:module";
import { getDatabasePath } from "@/db/client";
import { discardAbandonedImports } from "@/db/import/discard-import-batch";
import { prepareDatabase } from "@/db/prepare-database";
import { getAuthSecret } from "@/server/auth-secret";
import { buildIfChanged } from "./start/build-if-changed";

const dev = process.argv.includes("--dev");
const port = process.env.PORT ?? "3000";
const nextBin = createRequire(import.meta.url).resolve("next/dist/bin/next");

const { db, seeded } = await prepareDatabase();
console.log(`Database ${getDatabasePath()} is migrated${seeded ? " and seeded with the demo project and accounts (password: demo)" : ""}.`);
// Imports a crashed server left unpublished are invisible; remove them. A day is longer than any import runs, so a
// command-line import running right now is left alone.
const abandoned = discardAbandonedImports(db, { olderThanMs: 24 * 60 * 60 * 1000 });
if (abandoned > 0) console.log(`Discarded ${abandoned} unfinished import(s) left by an earlier run.`);
getAuthSecret();
process.env.NEXTAUTH_URL ??= `http://localhost:${port}`;

if (!dev && process.env.SKIP_BUILD !== "1") {
  try {
    if (buildIfChanged({ root: process.cwd(), nextBin }) === "unchanged") console.log("The build is up to date with the sources: serving it.");
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
}

const server = spawn(process.execPath, ["scripts/serve.mjs", ...(dev ? ["--dev"] : [])], {
  stdio: "inherit",
  env: { ...process.env, PORT: port, NODE_ENV: dev ? "development" : "production" },
});
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => server.kill(signal));
server.on("exit", (code) => process.exit(code ?? 0));
