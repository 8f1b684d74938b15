import { countSelections } from "./count-contents";
import { guidKey } from "./guid-key";
import type { ImportState } from "./import-state";
import { importTextSource } from "./import-text-source";
import { unplaceCodings } from "./unplace-codings";
import { plural, was } from "./wording";
import { attribute, element, elements, type XmlElement } from "./xml-nodes";

const MEDIA_KINDS = ["PictureSource", "AudioSource", "VideoSource"] as const;

/**
 * Reads /Project/Sources: text sources and PDFs with a plain-text Representation are imported; pictures, audio
 * and video are recorded in `skippedSources` with their codings in `unplacedCodings`. A PDF's page-region
 * selections are not passages of text; one that repeats a Representation passage (same GUID, as ATLAS.ti writes
 * them) is already imported through it, any other is recorded as not placed. Reading stops at the text that takes
 * the project past its character limit.
 */
export function readSources(project: XmlElement, state: ImportState): void {
  const sources = element(project, "Sources");
  let withoutGuid = 0;
  const withGuid = (kind: string) =>
    elements(sources, kind).filter((source) => {
      if (attribute(source, "guid") === null) withoutGuid++;
      return attribute(source, "guid") !== null;
    });

  for (const source of withGuid("TextSource")) {
    importTextSource(state, source, source, "TextSource");
    if (state.characters.passedAt !== null) return;
  }

  for (const pdf of withGuid("PDFSource")) {
    const passages = importTextSource(state, pdf, element(pdf, "Representation"), "PDFSource");
    if (state.characters.passedAt !== null) return;
    if (passages === null) continue;
    const ref = { guid: attribute(pdf, "guid")!, name: attribute(pdf, "name") };
    for (const region of elements(pdf, "PDFSelection")) {
      if (passages.has(guidKey(attribute(region, "guid") ?? ""))) continue;
      unplaceCodings(state, region, "PDFSelection", ref, "not-a-text-passage", "it marks a region of a PDF page, not a passage of its text");
    }
  }

  let transcripts = 0;
  for (const kind of MEDIA_KINDS) {
    for (const media of withGuid(kind)) {
      const ref = { guid: attribute(media, "guid")!, name: attribute(media, "name") };
      state.skippedSources.push({ ...ref, kind, path: attribute(media, "path"), selectionCount: countSelections(media), reason: "media" });
      unplaceCodings(state, media, kind, ref, "source-not-imported", "its source is a picture, audio or video file");
      transcripts += elements(media, "Transcript").length;
    }
  }

  if (withoutGuid > 0) state.warnings.push(`${plural(withoutGuid, "source")} without a GUID ${was(withoutGuid)} not imported.`);
  if (transcripts > 0) {
    state.warnings.push(`${plural(transcripts, "transcript")} of audio or video sources ${was(transcripts)} not imported.`);
  }
}
