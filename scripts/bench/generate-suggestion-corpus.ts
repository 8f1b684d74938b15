import type { Db } from "../../db/client";
import { getCodesByProject } from "../../db/queries/codes";
import { insertProjectWithDefaultCodebook, upsertMember } from "../../db/queries/projects";
import { users } from "../../db/schema";
import { mulberry32 } from "../../lib/agreement/mulberry32";
import { codePointLength } from "../../lib/offsets/code-points";

const FILLER = ["we", "were", "told", "the", "town", "after", "many", "days", "brother", "family", "rained", "food", "came", "late", "road", "border",
  "camp", "children", "school", "night", "morning", "house", "car", "friends", "phone", "father", "mother", "bread", "winter", "summer", "river",
  "وصلنا", "إلى", "المدينة", "بعد", "أيام", "كثيرة", "مع", "العائلة", "الطريق", "الحدود", "المخيم", "الأطفال", "café", "😔"];
// Each code's wording: the sentences a coder codes with it carry one of these, in English or Arabic.
const PHRASES = [
  ["sent to fight other Sunnis", "kill fellow Sunni Muslims", "fighting our Sunni brothers", "قتال إخواننا السنة", "قاتلنا أهل السنة"],
  ["executed people in the square", "public beheadings every Friday", "the executions of civilians", "الإعدام في الساحة", "قطع الرؤوس"],
  ["the emirs kept the money", "corrupt emirs stole our pay", "the leaders were thieves", "الأمراء سرقوا الرواتب", "فساد الأمراء"],
  ["no water in the camp", "hunger and no electricity", "life was harsh and empty", "لا كهرباء ولا ماء", "الحياة كانت قاسية"],
];
const CODERS = ["bench-coder-1", "bench-coder-2", "bench-coder-3"];

/**
 * A project of `statements` statements of ten sentences, about 36% carrying a code's wording; three coders submit
 * every statement, each coding a worded sentence with its code nine times in ten and a sentence at random now and
 * then, so the layers disagree as real coders do. Written with raw statements in one transaction, as bench data.
 */
export function generateSuggestionCorpus(db: Db, { statements }: { statements: number }): { projectId: number; annotations: number; codePoints: number } {
  const random = mulberry32(2026);
  const pick = <T>(items: readonly T[]) => items[Math.floor(random.next() * items.length)]!;
  const client = db.$client;
  return db.transaction((tx) => {
    const projectId = insertProjectWithDefaultCodebook(tx, { name: "suggest bench", description: "", actorId: null }).id;
    const codeIds = getCodesByProject(tx, { projectId }).filter((code) => !code.isGroup).map((code) => code.id);
    const coderIds = CODERS.map((login) => tx.insert(users).values({ login, displayName: login, passwordHash: "-" }).returning().get().id);
    coderIds.forEach((userId) => upsertMember(tx, { projectId, userId, role: "coder", actorId: null }));
    const insertDocument = client.prepare("INSERT INTO documents (project_id, title, text, content_hash, length) VALUES (?, ?, ?, ?, ?)");
    const insertAssignment = client.prepare("INSERT INTO assignments (document_id, coder_id, status, submitted_at) VALUES (?, ?, 'submitted', ?)");
    const insertAnnotation = client.prepare("INSERT INTO annotations (document_id, coder_id, code_id, start, end, quote) VALUES (?, ?, ?, ?, ?, ?)");
    let annotations = 0;
    let codePoints = 0;
    for (let s = 0; s < statements; s++) {
      const sentences: { text: string; start: number; end: number; code: number | null }[] = [];
      let text = "";
      for (let k = 0; k < 10; k++) {
        const words = Array.from({ length: 6 + Math.floor(random.next() * 8) }, () => pick(FILLER));
        const code = random.next() < 0.36 ? Math.floor(random.next() * PHRASES.length) : null;
        if (code !== null) words.splice(Math.floor(random.next() * words.length), 0, pick(PHRASES[code]!));
        const joined = words.join(" ");
        const sentence = `${joined[0]!.toUpperCase()}${joined.slice(1)}.`;
        const start = codePointLength(text);
        sentences.push({ text: sentence, start, end: start + codePointLength(sentence), code });
        text += `${sentence} `;
      }
      text = text.trimEnd();
      codePoints += codePointLength(text);
      const documentId = Number(insertDocument.run(projectId, `Statement ${s + 1}`, text, `bench-${s}`, codePointLength(text)).lastInsertRowid);
      for (const coderId of coderIds) {
        insertAssignment.run(documentId, coderId, Date.now());
        for (const sentence of sentences) {
          const code = sentence.code !== null && random.next() < 0.9 ? sentence.code : random.next() < 0.01 ? Math.floor(random.next() * PHRASES.length) : null;
          if (code === null) continue;
          insertAnnotation.run(documentId, coderId, codeIds[code]!, sentence.start, sentence.end, sentence.text);
          annotations++;
        }
      }
    }
    return { projectId, annotations, codePoints };
  });
}
