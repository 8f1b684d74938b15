import { mulberry32 } from "../agreement/mulberry32";
import { codePointLength } from "../offsets/code-points";
import type { CodedSpan, LayerDocument } from "./label-sentences";

/**
 * Each code's sentences carry one of its phrases: English paraphrases, and Arabic written with and without vowel
 * marks, with hamza forms and teh marbuta varied, as statements write them.
 */
export const PLANTED_PHRASES: Record<number, string[]> = {
  1: ["we were sent to fight other Sunnis", "they made us kill fellow Sunni Muslims", "fighting our Sunni brothers", "قتال إخواننا السنة", "قِتَالُ اخواننا السُّنة"],
  2: ["they executed people in the square", "public beheadings every Friday", "the executions of civilians", "الإعدام في الساحة", "الاعدام فى الساحه"],
  3: ["the emirs kept the money for themselves", "corrupt emirs stole our pay", "the leaders were thieves", "الأمراء سرقوا الرواتب", "الامراء سرقوا الرواتب"],
};

const FILLER = ["we", "arrived", "in", "the", "town", "after", "many", "days", "my", "brother", "was", "there", "with", "his", "family", "it", "rained",
  "often", "and", "food", "came", "late", "وصلنا", "إلى", "المدينة", "بعد", "أيام", "كثيرة", "مع", "العائلة"];

/**
 * Statements of eight sentences of filler words; about one sentence in four also carries a phrase of one code and
 * is coded with it, the span covering the whole sentence. Seeded, so a test sees the same corpus every run.
 */
export function plantCorpus({ documents = 60, seed = 7 }: { documents?: number; seed?: number } = {}): LayerDocument[] {
  const random = mulberry32(seed);
  const pick = <T>(items: readonly T[]) => items[Math.floor(random.next() * items.length)]!;
  return Array.from({ length: documents }, (_, d) => {
    let text = "";
    const spans: CodedSpan[] = [];
    for (let s = 0; s < 8; s++) {
      const words = Array.from({ length: 6 + Math.floor(random.next() * 6) }, () => pick(FILLER));
      const codeId = random.next() < 0.25 ? 1 + Math.floor(random.next() * 3) : null;
      if (codeId !== null) words.splice(Math.floor(random.next() * words.length), 0, pick(PLANTED_PHRASES[codeId]!));
      const joined = words.join(" ");
      // A capital after the full stop: UAX #29 does not end a sentence before a lower-case word.
      const sentence = `${joined[0]!.toUpperCase()}${joined.slice(1)}.`;
      const start = codePointLength(text);
      if (codeId !== null) spans.push({ codeId, start, end: start + codePointLength(sentence) });
      text += `${sentence} `;
    }
    return { id: d + 1, text: text.trimEnd(), readings: [spans] };
  });
}

export const PLANTED_CODES = [
  { id: 1, name: "Fighting fellow Sunnis" },
  { id: 2, name: "Brutality" },
  { id: 3, name: "Corruption" },
];
