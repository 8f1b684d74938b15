import type { SkippedSource, UnplacedCoding } from "./types";
import { listSome, plural, was } from "./wording";

/**
 * Sentences for the person importing: which sources were not imported and why, and which codings could not be
 * placed on a text, grouped by reason. `fromArchive` says whether source files could have been found at all.
 */
export function describeLosses(skipped: SkippedSource[], unplaced: UnplacedCoding[], fromArchive: boolean): string[] {
  const sentences: string[] = [];
  const names = (sources: SkippedSource[]) => listSome(sources.map((source) => source.name ?? source.guid));

  const media = skipped.filter((source) => source.reason === "media");
  if (media.length > 0) {
    sentences.push(
      `${plural(media.length, "picture, audio or video source")} ${was(media.length)} not imported, as Testimony Coder ` +
        `imports text only: ${names(media)}.`,
    );
  }
  const pdfs = skipped.filter((source) => source.reason === "pdf-without-text");
  if (pdfs.length > 0) {
    sentences.push(`${plural(pdfs.length, "PDF source")} without a text representation ${was(pdfs.length)} not imported: ${names(pdfs)}.`);
  }
  const missing = skipped.filter((source) => source.reason === "text-missing");
  if (missing.length > 0) {
    const hint = fromArchive
      ? "the archive does not hold their text files"
      : "a bare .qde file does not carry the text files; import the .qdpx export to bring them in";
    sentences.push(`${plural(missing.length, "source")} ${was(missing.length)} not imported because ${hint}: ${names(missing)}.`);
  }

  const byReason = (reason: UnplacedCoding["reason"]) => unplaced.filter((coding) => coding.reason === reason);
  const codings = (n: number) => plural(n, "coding");
  const reasons: [UnplacedCoding["reason"], string][] = [
    ["source-not-imported", "sat on sources that were not imported"],
    ["not-a-text-passage", "mark regions of PDF pages rather than passages of text"],
    ["whole-source", "code whole sources rather than passages"],
    ["outside-text", "have positions outside their source's text"],
    ["name-mismatch", "sit where the text does not start with the passage's name in the file, so their position is in doubt"],
    ["unknown-code", "refer to codes that are not in the codebook"],
  ];
  for (const [reason, why] of reasons) {
    const group = byReason(reason);
    if (group.length === 0) continue;
    const example = reason === "name-mismatch" || reason === "outside-text" ? ` (for example: ${group[0]!.detail})` : "";
    sentences.push(`${codings(group.length)} ${was(group.length)} not imported: they ${why}${example}.`);
  }
  return sentences;
}
