/** Direction in which a statement's text is laid out. */
export type TextDirection = "ltr" | "rtl";

/** A statement ready to be stored: text normalised (LF line endings, no BOM), offsets counted in code points. */
export type ImportedStatement = {
  title: string;
  text: string;
  /** BCP 47 tag: from a CSV's language column, else guessed where the script settles it ("ar", "he"), else null. */
  language: string | null;
  direction: TextDirection;
  /** SHA-256 of the UTF-8 bytes of `text`, lowercase hex: the same statement imported twice has the same hash. */
  contentHash: string;
};

/** Text taken out of a file, or why it could not be. */
export type TextResult = { ok: true; text: string } | { ok: false; error: string };

/** What became of one imported file, for the summary shown after an upload or printed by `npm run import`. */
export type FileReport = {
  file: string;
  status: "imported" | "duplicate" | "refused";
  imported: number;
  /** Titles of statements skipped because their text is in the project already. */
  duplicates: string[];
  documentIds: number[];
  /** Why the file was refused, or what could not be brought in although the rest was. */
  messages: string[];
};
