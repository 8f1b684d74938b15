import type { CorpusAnnotation } from "@/lib/agreement/corpus-input";
import type { CoderAnnotation } from "./find-disagreements";
import { type DocumentDisagreement, measureDocumentDisagreement } from "./measure-document-disagreement";
import { sortByDisagreement } from "./sort-by-disagreement";

export type DocumentDisagreementRow = DocumentDisagreement & { documentId: number; title: string; coderNames: string[] };

/**
 * The disagreement of every document (see measureDocumentDisagreement), worst first. Each document is compared
 * among the coders listed for it in `coded` (those who submitted it), on the annotations given: the same input the
 * agreement engine reads, so the list follows the same filters as the figures above it.
 */
export function listDocumentDisagreements({
  documents,
  coded,
  annotations,
}: {
  documents: readonly { id: number; title: string }[];
  coded: readonly { documentId: number; coders: readonly string[] }[];
  annotations: readonly CorpusAnnotation[];
}): DocumentDisagreementRow[] {
  const codersByDocument = new Map(coded.map(({ documentId, coders }) => [documentId, [...coders].sort()]));
  const annotationsByDocument = new Map<number, CoderAnnotation[]>();
  annotations.forEach(({ documentId, coder, codeId, start, end }, index) => {
    const list = annotationsByDocument.get(documentId);
    const annotation = { id: index, coder, code: codeId, start, end };
    if (list) list.push(annotation);
    else annotationsByDocument.set(documentId, [annotation]);
  });
  const rows = documents.map(({ id, title }) => {
    const coders = codersByDocument.get(id) ?? [];
    return { documentId: id, title, coderNames: coders, ...measureDocumentDisagreement({ coders, annotations: annotationsByDocument.get(id) ?? [] }) };
  });
  return sortByDisagreement(rows);
}
