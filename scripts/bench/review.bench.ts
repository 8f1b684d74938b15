// Times what the agreement dashboard computes on a generated project of 500 statements of about 4,000 code points,
// each coded and submitted by 3 coders (about 30 spans each over the codes each statement uses): what the dashboard
// page loads at each unit: agreement, the statements by disagreement, progress and filter options. Prints figures
// with sizes; times are for this machine.
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { openDatabase } from "../../db/client";
import { runMigrations } from "../../db/migrate";
import { computeProjectAgreement } from "../../services/agreement/project-agreement";
import { getCodesByProject } from "../../db/queries/codes";
import { insertProjectWithDefaultCodebook } from "../../db/queries/projects";
import { getProgressByCoder } from "../../db/queries/documents";
import { getDashboardFilterOptions, getDocumentDisagreementList, getProgressByDocument } from "../../db/queries/review";
import { annotations, assignments, documents, users } from "../../db/schema";
import { mulberry32 } from "../../lib/agreement/mulberry32";
import { contentHash } from "../../lib/import/content-hash";
import { codePointLength } from "../../lib/offsets/code-points";
import { planCodings } from "./plan-codings";

const DOCUMENTS = 500;
const DOCUMENT_LENGTH = 4000;
const CODERS = ["coder1", "coder2", "coder3"];
const REFERENCE_SPANS = 28;
const OWN_SPANS = 4;
// Arabic, an emoji and a combining mark keep code points and UTF-16 units apart, as in real testimonies.
const WORDS = ["we", "left", "the", "village", "in", "2015", "قال", "التنظيم", "mother", "😔", "e\u0301", "camp", "emirs", "houses"];

export async function run(): Promise<void> {
  const directory = mkdtempSync(path.join(os.tmpdir(), "review-bench-"));
  try {
    const db = openDatabase(path.join(directory, "bench.db"));
    runMigrations(db);
    const { projectId, annotationCount, codePoints } = generateProject(db);
    console.log(`corpus: ${DOCUMENTS} statements, ${codePoints} code points, ${CODERS.length} coders (all submitted), 4 codes, ${annotationCount} annotations`);

    // A server answers many requests with compiled code; one warm-up run keeps JIT compilation out of the figures.
    computeProjectAgreement(db, { projectId, unit: "document", bootstrapSamples: 10 });
    getDocumentDisagreementList(db, { projectId });
    console.log("(times below follow one warm-up run)");

    const unitTimes = new Map<string, number>();
    for (const unit of ["document", "sentence", "paragraph", "character"] as const) {
      const { result, ms } = time(() => computeProjectAgreement(db, { projectId, unit }));
      if (!result.ok) throw new Error(result.error);
      unitTimes.set(unit, ms);
      const report = result.value;
      const size = `${report.unit === "character" ? `continuum of ${report.continuum_length} code points` : `${report.units} units`}, 1,000 bootstrap resamples`;
      const alpha = report.unit === "character" ? report.pooled.krippendorff_alpha_unitizing : report.pooled.krippendorff_alpha;
      console.log(`agreement by ${unit} (${size}): ${ms.toFixed(0)} ms; pooled alpha ${alpha.value === null ? `undefined (${alpha.reason})` : alpha.value.toFixed(3)}`);
    }
    const list = time(() => getDocumentDisagreementList(db, { projectId }));
    const worst = list.result[0];
    console.log(`statements by disagreement (${list.result.length} statements): ${list.ms.toFixed(0)} ms; worst ${worst?.disagreement?.toFixed(3)} with ${worst?.passages} passages`);
    // The rest of what the dashboard page loads besides agreement (load-agreement-dashboard.ts).
    const rest = time(() => {
      getProgressByCoder(db, { projectId });
      getProgressByDocument(db, { projectId });
      getDashboardFilterOptions(db, { projectId });
    });
    console.log(`progress by coder and statement, filter options: ${rest.ms.toFixed(0)} ms`);
    for (const [unit, ms] of unitTimes) {
      console.log(`dashboard figures at the ${unit} unit (${DOCUMENTS} statements, ${CODERS.length} coders): ${(ms + list.ms + rest.ms).toFixed(0)} ms (target under 2,000 ms)`);
    }
    db.$client.close();
  } finally {
    rmSync(directory, { recursive: true, force: true });
  }
}

function time<T>(work: () => T): { result: T; ms: number } {
  const start = performance.now();
  const result = work();
  return { result, ms: performance.now() - start };
}

/** The project in one transaction, coded as plan-codings.ts describes. */
function generateProject(db: ReturnType<typeof openDatabase>) {
  const generator = mulberry32(7);
  const random = () => generator.next();
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const between = (low: number, high: number) => low + Math.floor(random() * (high - low + 1));
  return db.transaction((tx) => {
    const projectId = insertProjectWithDefaultCodebook(tx, { name: "Review bench", description: "", actorId: null }).id;
    const codeIds = getCodesByProject(tx, { projectId }).map((code) => code.id);
    const coderIds = CODERS.map((login) => tx.insert(users).values({ login, displayName: login, passwordHash: "-" }).returning().get().id);
    let annotationCount = 0;
    let codePoints = 0;
    for (let n = 1; n <= DOCUMENTS; n++) {
      let text = "";
      let length = 0;
      while (length < DOCUMENT_LENGTH) {
        const sentence = `${Array.from({ length: between(6, 18) }, () => pick(WORDS)).join(" ")}${random() < 0.15 ? ".\n\n" : ". "}`;
        text += sentence;
        length += codePointLength(sentence);
      }
      codePoints += length;
      const documentId = tx.insert(documents).values({ projectId, title: `Statement ${n}`, text, contentHash: contentHash(text), length }).returning().get().id;
      const characters = Array.from(text);
      const planned = planCodings(random, { codes: codeIds, coders: coderIds.length, length, referenceSpans: REFERENCE_SPANS, ownSpans: OWN_SPANS });
      coderIds.forEach((coderId, coder) => {
        tx.insert(assignments).values({ documentId, coderId, status: "submitted", submittedAt: new Date() }).run();
        const spans = planned[coder]!;
        const rows = spans.map((span) => ({ ...span, documentId, coderId, quote: characters.slice(span.start, span.end).join("") }));
        tx.insert(annotations).values(rows).run();
        annotationCount += rows.length;
      });
    }
    return { projectId, annotationCount, codePoints };
  });
}
