import { IMPORT_LIMIT_VARIABLES } from "./check-import-limits";
import { formatSize } from "./format-size";

/** A file refused by an import limit while it was read, with the figures the refusal states. */
export type LimitRefusal =
  /** `where` the characters were counted ("the file", "the text column"); `what` the thing to split. */
  | { limit: "maxTotalCharacters"; max: number; where: string; what: string }
  | { limit: "maxPdfPages"; max: number; pages: number }
  /** `subject` starts the sentence ("The Word document"); `bytes` is what its ZIP entries declare in all. */
  | { limit: "maxExpandedBytes"; max: number; subject: string; bytes: number; what: string };

const count = (n: number) => n.toLocaleString("en");

/**
 * The refusal as a person reads it: which limit, its figure, the file's figure where it is known, and the two ways
 * on: make the file smaller, or have the administrator raise the named environment variable. Characters are not
 * counted past the limit (that is the point of the limit), so their message says "more than".
 */
export function describeLimitRefusal(refusal: LimitRefusal): string {
  const variable = IMPORT_LIMIT_VARIABLES[refusal.limit];
  const raise = `or ask the administrator to raise ${variable}.`;
  switch (refusal.limit) {
    case "maxTotalCharacters":
      return (
        `There are more than ${count(refusal.max)} characters of text in ${refusal.where}; this server imports at most ` +
        `${count(refusal.max)} characters at once (${variable}). Split ${refusal.what}, ${raise}`
      );
    case "maxPdfPages":
      return (
        `The PDF has ${count(refusal.pages)} pages; this server imports PDFs of at most ${count(refusal.max)} pages ` +
        `(${variable}). Split the PDF, ${raise}`
      );
    case "maxExpandedBytes":
      return (
        `${refusal.subject} would expand to ${formatSize(refusal.bytes)} when unpacked; this server unpacks at most ` +
        `${formatSize(refusal.max)} of a .docx or .qdpx file (${variable}). Split ${refusal.what}, ${raise}`
      );
  }
}
