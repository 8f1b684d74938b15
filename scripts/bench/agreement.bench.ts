// Times the agreement engine on a generated corpus: 1,000 documents of about 5,000 code points, 3 coders, about
// 50 spans per coder and document over 4 codes. Prints figures with sizes; times are for this machine, not asserted.
import { alphaComponents } from "../../lib/agreement/alpha-components";
import { bootstrapAlphaInterval } from "../../lib/agreement/bootstrap-alpha";
import type { DisagreementCoefficient } from "../../lib/agreement/coefficient";
import { type CorpusAgreementInput, computeCorpusAgreement } from "../../lib/agreement/corpus-agreement";
import type { CorpusAnnotation } from "../../lib/agreement/corpus-input";
import { encodeCodingMatrix } from "../../lib/agreement/encode-coding-matrix";
import { krippendorffAlpha } from "../../lib/agreement/krippendorff-alpha";
import { mulberry32 } from "../../lib/agreement/mulberry32";
import { codePointLength } from "../../lib/offsets/code-points";
import { planCodings } from "./plan-codings";

const DOCUMENTS = 1000;
const DOCUMENT_LENGTH = 5000;
const CODERS = ["A", "B", "C"];
const CODES = [1, 2, 3, 4].map((id) => ({ id, name: `code ${id}` }));
// Each coder keeps about 90% of 45 shared reference spans and adds 9 of their own: about 50 spans per document, over
// the codes that document uses (plan-codings.ts).
const REFERENCE_SPANS = 45;
const OWN_SPANS = 9;
const MATRIX_UNITS = 100_000;

// Arabic, an emoji and a combining mark keep code points and UTF-16 units apart, as in real testimonies.
const WORDS = ["we", "left", "the", "village", "in", "2015", "قال", "التنظيم", "mother", "😔", "e\u0301", "camp"];

export async function run(): Promise<void> {
  const generator = mulberry32(2024);
  const random = () => generator.next();
  const corpus = generateCorpus(random);
  const codePoints = corpus.documents.reduce((sum, document) => sum + codePointLength(document.text), 0);
  console.log(
    `corpus: ${corpus.documents.length} documents, ${codePoints} code points, ${corpus.coders.length} coders, ` +
      `${corpus.codes.length} codes, ${corpus.annotations.length} annotations`,
  );

  // A server answers many requests with compiled code; a warm-up on a slice keeps JIT compilation out of the figures.
  const slice = new Set(corpus.documents.slice(0, 50).map((document) => document.id));
  for (const unit of ["document", "sentence", "paragraph", "character"] as const) {
    computeCorpusAgreement({
      ...corpus,
      documents: corpus.documents.filter((document) => slice.has(document.id)),
      annotations: corpus.annotations.filter((annotation) => slice.has(annotation.documentId)),
      unit,
    });
  }
  console.log("(times below follow a warm-up on 50 documents)");

  const withoutBootstrap = new Map<string, number>();
  for (const unit of ["document", "sentence", "paragraph", "character"] as const) {
    const { result, ms } = time(() => computeCorpusAgreement({ ...corpus, unit, bootstrapSamples: 0 }));
    if (!result.ok) throw new Error(result.error);
    withoutBootstrap.set(unit, ms);
    const report = result.value;
    const size = report.unit === "character" ? `continuum of ${report.continuum_length}` : `${report.units} units`;
    const alpha =
      report.unit === "character" ? report.pooled.krippendorff_alpha_unitizing : report.pooled.krippendorff_alpha;
    const byCode = report.unit === "character"
      ? report.by_code.map((code) => code.krippendorff_alpha_unitizing)
      : report.by_code.map((code) => code.krippendorff_alpha);
    console.log(
      `${unit} agreement, all ${CODES.length} codes (${size}): ${ms.toFixed(0)} ms; pooled alpha ${showAlpha(alpha)}; ` +
        `by code ${byCode.map(showAlpha).join(", ")}`,
    );
  }

  const { result, ms } = time(() => computeCorpusAgreement({ ...corpus, unit: "sentence", bootstrapSamples: 1000 }));
  if (!result.ok) throw new Error(result.error);
  if (result.value.unit === "character") throw new Error("expected sentence units");
  const interval = result.value.pooled.krippendorff_alpha.bootstrap;
  console.log(
    `sentence agreement with 1,000 bootstrap resamples (${result.value.units} units; ${CODES.length} codes + ` +
      `pooled): ${ms.toFixed(0)} ms, of which resampling about ` +
      `${(ms - withoutBootstrap.get("sentence")!).toFixed(0)} ms; ` +
      `pooled interval [${interval?.lower.toFixed(3)}, ${interval?.upper.toFixed(3)}]`,
  );

  const character = time(() => computeCorpusAgreement({ ...corpus, unit: "character", bootstrapSamples: 1000 }));
  if (!character.result.ok) throw new Error(character.result.error);
  if (character.result.value.unit !== "character") throw new Error("expected character units");
  const characterReport = character.result.value;
  const characterInterval = characterReport.pooled.krippendorff_alpha_unitizing.bootstrap;
  console.log(
    `character agreement with 1,000 bootstrap resamples of ${characterReport.documents} documents (continuum of ` +
      `${characterReport.continuum_length}; ${CODES.length} codes + pooled): ${character.ms.toFixed(0)} ms, of which ` +
      `resampling and the character coefficients about ${(character.ms - withoutBootstrap.get("character")!).toFixed(0)} ms; ` +
      `pooled interval [${characterInterval?.lower.toFixed(3)}, ${characterInterval?.upper.toFixed(3)}]; ` +
      `pooled Fleiss' kappa ${characterReport.pooled.fleiss_kappa.value?.toFixed(3)}, ` +
      `AC1 ${characterReport.pooled.gwet_ac1.value?.toFixed(3)}, percent agreement ${characterReport.pooled.percent_agreement?.toFixed(3)}`,
  );

  const matrix = generateMatrix(random);
  for (const level of ["nominal", "interval"] as const) {
    const { result, ms } = time(() => {
      const data = encodeCodingMatrix(matrix);
      if (!data.ok) throw new Error(data.error);
      return krippendorffAlpha(data.value, { level });
    });
    if (!result.ok) throw new Error(result.error);
    console.log(
      `krippendorff alpha, ${level}, ${CODERS.length} × ${MATRIX_UNITS} matrix: ${ms.toFixed(1)} ms, ` +
        `alpha ${result.value.value?.toFixed(3)}`,
    );
  }
  const data = encodeCodingMatrix(matrix);
  if (!data.ok) throw new Error(data.error);
  const components = alphaComponents(data.value, "nominal");
  if (!components.ok) throw new Error(components.error);
  const matrixBootstrap = time(() => bootstrapAlphaInterval(components.value, { samples: 1000, seed: 1 }));
  const matrixSize = `${CODERS.length} × ${MATRIX_UNITS} matrix`;
  console.log(`1,000 bootstrap resamples of alpha, ${matrixSize}: ${matrixBootstrap.ms.toFixed(0)} ms`);

  const { heapUsed, rss } = process.memoryUsage();
  console.log(
    `memory with the corpus and the ${CODERS.length} × ${MATRIX_UNITS} matrix loaded: heap used ` +
      `${(heapUsed / 2 ** 20).toFixed(0)} MiB, resident ${(rss / 2 ** 20).toFixed(0)} MiB`,
  );
}

function showAlpha(alpha: DisagreementCoefficient): string {
  return alpha.value === null ? `undefined (${alpha.reason})` : alpha.value.toFixed(3);
}

function time<T>(work: () => T): { result: T; ms: number } {
  const start = performance.now();
  const result = work();
  return { result, ms: performance.now() - start };
}

/** Documents of sentences and paragraphs, coded as plan-codings.ts describes. */
function generateCorpus(random: () => number): Omit<CorpusAgreementInput, "unit"> {
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const between = (low: number, high: number) => low + Math.floor(random() * (high - low + 1));
  const documents = [];
  const annotations: CorpusAnnotation[] = [];
  for (let id = 1; id <= DOCUMENTS; id++) {
    let text = "";
    let length = 0;
    while (length < DOCUMENT_LENGTH) {
      const words = Array.from({ length: between(6, 18) }, () => pick(WORDS));
      const sentence = `${words.join(" ")}${random() < 0.15 ? ".\n\n" : ". "}`;
      text += sentence;
      length += codePointLength(sentence);
    }
    documents.push({ id, text });
    const planned = planCodings(random, {
      codes: CODES.map((code) => code.id),
      coders: CODERS.length,
      length,
      referenceSpans: REFERENCE_SPANS,
      ownSpans: OWN_SPANS,
    });
    planned.forEach((spans, coder) => {
      for (const span of spans) annotations.push({ documentId: id, coder: CODERS[coder]!, ...span });
    });
  }
  return { documents, coders: CODERS, codes: CODES, annotations };
}

/** Values 1 to 5; coders mostly repeat the unit's reference value; about 5% missing. */
function generateMatrix(random: () => number): (number | null)[][] {
  const reference = Array.from({ length: MATRIX_UNITS }, () => 1 + Math.floor(random() * 5));
  return CODERS.map(() =>
    reference.map((value) => (random() < 0.05 ? null : random() < 0.8 ? value : 1 + Math.floor(random() * 5))),
  );
}
