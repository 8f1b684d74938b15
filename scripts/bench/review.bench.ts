// Times what the agreement dashboard computes on a generated project of 500 statements of about 4,000 code points,
// each coded and submitted by 3 coders (about 30 spans each over 4 codes): agreement at the document, sentence and
// character units, and the statements by disagreement. Prints figures with sizes; times are for this machine.
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { openDatabase } from "../../db/client";
import { runMigrations } from "../../db/migrate";
import { computeProjectAgreement } from "../../db/project-agreement";
import { getCodesByProject } from "../../db/queries/codes";
import { insertProjectWithDefaultCodebook } from "../../db/queries/projects";
import { getDocumentDisagreementList } from "../../db/queries/review";
import { annotations, assignments, documents, users } from "../../db/schema";
import { mulberry32 } from "../../lib/agreement/mulberry32";
import { contentHash } from "../../lib/import/content-hash";
import { codePointLength } from "../../lib/offsets/code-points";

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

    let total = 0;
    for (const unit of ["document", "sentence", "character"] as const) {
      const { result, ms } = time(() => computeProjectAgreement(db, { projectId, unit }));
      if (!result.ok) throw new Error(result.error);
      total += ms;
      const report = result.value;
      const size = report.unit === "character" ? `continuum of ${report.continuum_length} code points` : `${report.units} units, 1,000 bootstrap resamples`;
      console.log(`agreement by ${unit} (${size}): ${ms.toFixed(0)} ms`);
    }
    const list = time(() => getDocumentDisagreementList(db, { projectId }));
    total += list.ms;
    const worst = list.result[0];
    console.log(`statements by disagreement (${list.result.length} statements): ${list.ms.toFixed(0)} ms; worst ${worst?.disagreement?.toFixed(3)} with ${worst?.passages} passages`);
    console.log(`dashboard figures in all: ${total.toFixed(0)} ms (target under 2,000 ms)`);
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

/** The project in one transaction: coders mark jittered copies of shared reference spans, sometimes with another code. */
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
      const reference = Array.from({ length: REFERENCE_SPANS }, () => {
        const spanLength = between(15, 150);
        const start = between(0, length - spanLength);
        return { codeId: pick(codeIds), start, end: start + spanLength };
      });
      coderIds.forEach((coderId) => {
        tx.insert(assignments).values({ documentId, coderId, status: "submitted", submittedAt: new Date() }).run();
        const spans = reference
          .filter(() => random() >= 0.1)
          .map(({ codeId, start, end }) => {
            const jitteredStart = Math.max(0, start + between(-12, 12));
            return { codeId: random() < 0.9 ? codeId : pick(codeIds), start: jitteredStart, end: Math.min(length, Math.max(jitteredStart + 1, end + between(-12, 12))) };
          });
        for (let extra = 0; extra < OWN_SPANS; extra++) {
          const start = between(0, length - 40);
          spans.push({ codeId: pick(codeIds), start, end: start + between(5, 40) });
        }
        const rows = spans.map((span) => ({ ...span, documentId, coderId, quote: characters.slice(span.start, span.end).join("") }));
        tx.insert(annotations).values(rows).run();
        annotationCount += rows.length;
      });
    }
    return { projectId, annotationCount, codePoints };
  });
}
