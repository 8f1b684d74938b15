// Times the codebook page's data and its tree edits on a generated codebook of 750 codes up to 6 levels deep, with 200
// statements coded by 3 coders (16,000 codings): what the page loads (and its size as JSON), then a move, a merge
// preview, a merge of a busy code into another it overlaps, and a delete. Prints figures with sizes; times are for this
// machine.
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { type Db, openDatabase } from "../../db/client";
import { runMigrations } from "../../db/migrate";
import { createCode, moveCode } from "../../db/queries/code-edits";
import { deleteCode, mergeCode, previewMerge } from "../../db/queries/code-removals";
import { getCodebookRows } from "../../db/queries/codes";
import { insertProject } from "../../db/queries/projects";
import { annotations, documents, users } from "../../db/schema";
import { buildCodeTree } from "../../lib/codebook/code-tree";

const CODES = 750;
const TOP_LEVEL = 15;
const DOCUMENTS = 200;
const LENGTH = 3000;
const CODINGS = 16_000;

export function run(): void {
  const directory = mkdtempSync(path.join(os.tmpdir(), "codebook-bench-"));
  try {
    const db = openDatabase(path.join(directory, "bench.db"));
    runMigrations(db);
    const { projectId, codeIds, actorId } = generate(db);
    const depth = Math.max(...buildCodeTree(getCodebookRows(db, { projectId })).ordered.map((node) => node.depth)) + 1;
    console.log(`codebook: ${CODES} codes, ${depth} levels; ${DOCUMENTS} statements of ${LENGTH} characters; ${CODINGS} codings by 3 coders`);
    getCodebookRows(db, { projectId });
    console.log("(times below follow one warm-up run)");

    const rows = time(() => getCodebookRows(db, { projectId }));
    console.log(`codebook page data: ${rows.ms.toFixed(1)} ms, ${rows.result.length} rows, ${(JSON.stringify(rows.result).length / 1024).toFixed(0)} KiB as JSON`);
    const moved = time(() => db.transaction((tx) => moveCode(tx, { projectId, codeId: codeIds[400]!, parentId: codeIds[2]!, beforeId: null, actorId }), { behavior: "immediate" }));
    console.log(`move a code with its subtree: ${moved.ms.toFixed(1)} ms`);
    const [source, target] = [codeIds[20]!, codeIds[21]!];
    const preview = time(() => previewMerge(db, { projectId, sourceId: source, targetId: target }));
    if (!preview.result.ok) throw new Error(preview.result.error);
    console.log(`merge preview (${preview.result.value.annotations} codings, ${preview.result.value.duplicates} duplicates): ${preview.ms.toFixed(1)} ms`);
    const merged = time(() => db.transaction((tx) => mergeCode(tx, { projectId, sourceId: source, targetId: target, actorId }), { behavior: "immediate" }));
    if (!merged.result.ok) throw new Error(merged.result.error);
    console.log(`merge (${merged.result.value.moved} moved, ${merged.result.value.collapsed} collapsed, each audited): ${merged.ms.toFixed(1)} ms`);
    const deleted = time(() => db.transaction((tx) => deleteCode(tx, { projectId, codeId: codeIds[30]!, actorId }), { behavior: "immediate" }));
    if (!deleted.result.ok) throw new Error(deleted.result.error);
    console.log(`delete (${deleted.result.value.annotations} codings, ${deleted.result.value.children.length} sub-codes moved up): ${deleted.ms.toFixed(1)} ms`);
    db.$client.close();
  } finally {
    rmSync(directory, { recursive: true, force: true });
  }
}

/** A tree where each code past the top 15 has two children, which makes 6 levels; names repeat under other parents. */
function generate(db: Db) {
  return db.transaction((tx) => {
    const actorId = tx.insert(users).values({ login: "bench-supervisor", displayName: "Bench", passwordHash: "-", role: "member" }).returning().get().id;
    const coders = [1, 2, 3].map((n) => tx.insert(users).values({ login: `bench-coder${n}`, displayName: `Coder ${n}`, passwordHash: "-", role: "member" }).returning().get().id);
    const projectId = insertProject(tx, { name: "Codebook bench", description: "", actorId }).id;
    const codeIds: number[] = [];
    for (let i = 0; i < CODES; i++) {
      const parentId = i < TOP_LEVEL ? null : codeIds[Math.floor((i - TOP_LEVEL) / 2)]!;
      const created = createCode(tx, { code: { projectId, parentId, name: `Code ${i % 50}`, label: `C${i}`, color: "#1565c0" }, actorId });
      if (!created.ok) throw new Error(created.error);
      codeIds.push(created.value.id);
    }
    const text = "x".repeat(LENGTH);
    const documentIds = Array.from({ length: DOCUMENTS }, (_, n) => tx.insert(documents).values({ projectId, title: `S${n}`, text, contentHash: `h${n}`, length: LENGTH }).returning().get().id);
    for (let n = 0; n < CODINGS; n++) {
      // Codings come in pairs: one coder codes one passage with two neighbouring codes, so merging code 20 into 21
      // meets duplicates as well as codings that simply move.
      const pair = n >> 1;
      const start = (pair * 37) % (LENGTH - 50);
      const codeId = codeIds[(pair * 7 + (n % 2)) % CODES]!;
      tx.insert(annotations).values({ documentId: documentIds[pair % DOCUMENTS]!, coderId: coders[pair % 3]!, codeId, start, end: start + 50, quote: "x".repeat(50) }).run();
    }
    return { projectId, codeIds, actorId };
  });
}

function time<T>(f: () => T): { result: T; ms: number } {
  const started = performance.now();
  const result = f();
  return { result, ms: performance.now() - started };
}
