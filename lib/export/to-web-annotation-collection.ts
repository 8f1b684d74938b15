import { createCodePointIndex, type CodePointIndex } from "@/lib/offsets/code-points";
import { indexExportData } from "./index-export-data";
import type { ExportAnnotation, ExportData, ExportDocument } from "./types";
import type { TextualBody, WebAnnotation, WebAnnotationCollection } from "./web-annotation-types";

export type WebAnnotationOptions = {
  /** IRI of the collection; `urn:testimony-coder:project:<project name>` unless given. */
  collectionIri?: string;
  /** IRI of a document's text, the annotations' target source; `urn:testimony-coder:document:<id>` unless given. */
  documentIri?: (document: ExportDocument) => string;
  /** IRI of an annotation; `urn:testimony-coder:annotation:<id>` unless given. */
  annotationIri?: (annotation: ExportAnnotation) => string;
};

/** Code points of context kept on either side of the quote, enough to find it again in a text that has changed. */
const CONTEXT_LENGTH = 32;

const urn = (kind: string, id: string) => `urn:testimony-coder:${kind}:${encodeURIComponent(id)}`;

/**
 * The annotations as one W3C Web Annotation collection (JSON-LD), all on its first page. Each annotation is tagged
 * with its code's name (a TextualBody with purpose "tagging"; the memo, if any, follows with purpose "commenting"),
 * created by the coder (a Person whose nickname is the login), and targets the document's text through a
 * TextQuoteSelector (exact text with up to 32 code points of prefix and suffix) and a TextPositionSelector (code
 * points, as the model counts). The source is a URN naming the document in this project unless `documentIri` says
 * otherwise: the statement's own URL would be wrong, since the coded text is the imported one, not that page.
 */
export function toWebAnnotationCollection(
  data: ExportData,
  options: WebAnnotationOptions = {},
): WebAnnotationCollection {
  const { documentOf, codeOf } = indexExportData(data);
  const documentIri = options.documentIri ?? ((document) => urn("document", document.id));
  const annotationIri = options.annotationIri ?? ((annotation) => urn("annotation", annotation.id));
  const collectionIri = options.collectionIri ?? urn("project", data.project.name);
  const textIndexes = new Map<string, CodePointIndex>();

  const items = data.annotations.map((annotation): WebAnnotation => {
    const document = documentOf(annotation.documentId);
    const { text } = document;
    const index = textIndexes.get(document.id) ?? createCodePointIndex(text);
    textIndexes.set(document.id, index);
    // Offsets outside the text are a bug upstream (spans are checked when saved), so toUtf16Index may throw on them;
    // only the context is cut short at the text's ends.
    const startUtf16Index = index.toUtf16Index(annotation.start);
    const endUtf16Index = index.toUtf16Index(annotation.end);
    const contextStartUtf16Index = index.toUtf16Index(Math.max(0, annotation.start - CONTEXT_LENGTH));
    const contextEndUtf16Index = index.toUtf16Index(Math.min(index.length, annotation.end + CONTEXT_LENGTH));
    const body: TextualBody[] = [{ type: "TextualBody", purpose: "tagging", value: codeOf(annotation.codeId).name }];
    if (annotation.memo) body.push({ type: "TextualBody", purpose: "commenting", value: annotation.memo });
    return {
      id: annotationIri(annotation),
      type: "Annotation",
      motivation: "tagging",
      creator: { type: "Person", nickname: annotation.coder },
      created: annotation.createdAt,
      modified: annotation.updatedAt,
      body,
      target: {
        source: documentIri(document),
        selector: [
          {
            type: "TextQuoteSelector",
            exact: text.slice(startUtf16Index, endUtf16Index),
            prefix: text.slice(contextStartUtf16Index, startUtf16Index),
            suffix: text.slice(endUtf16Index, contextEndUtf16Index),
          },
          { type: "TextPositionSelector", start: annotation.start, end: annotation.end },
        ],
      },
    };
  });
  return {
    "@context": "http://www.w3.org/ns/anno.jsonld",
    id: collectionIri,
    type: "AnnotationCollection",
    label: data.project.name,
    total: items.length,
    first: { id: `${collectionIri}#page-1`, type: "AnnotationPage", startIndex: 0, items },
  };
}
