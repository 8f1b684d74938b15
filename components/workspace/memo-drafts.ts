/**
 * Memo text not yet saved, kept in localStorage per document and annotation, so that a memo typed just before the
 * page closed or the browser crashed is saved on the next visit. Storage can be unavailable (private windows, quota):
 * drafts are then kept in memory only, and the save itself still happens.
 */
const PREFIX = "testimony-coder:memo:";
const keyOf = (documentId: number, annotationId: number) => `${PREFIX}${documentId}:${annotationId}`;

export function writeMemoDraft(documentId: number, annotationId: number, memo: string): void {
  try {
    localStorage.setItem(keyOf(documentId, annotationId), memo);
  } catch {
    // Storage unavailable: see the module comment.
  }
}

export function readMemoDraft(documentId: number, annotationId: number): string | null {
  try {
    return localStorage.getItem(keyOf(documentId, annotationId));
  } catch {
    return null;
  }
}

export function clearMemoDraft(documentId: number, annotationId: number): void {
  try {
    localStorage.removeItem(keyOf(documentId, annotationId));
  } catch {
    // Storage unavailable: nothing was kept.
  }
}

/** The drafts left for saved annotations of the document by an earlier visit. */
export function listMemoDrafts(documentId: number): { annotationId: number; memo: string }[] {
  try {
    const prefix = `${PREFIX}${documentId}:`;
    const drafts: { annotationId: number; memo: string }[] = [];
    for (let i = 0; i < localStorage.length; i++) {
      const key = localStorage.key(i);
      const annotationId = key?.startsWith(prefix) ? Number(key.slice(prefix.length)) : NaN;
      if (annotationId > 0) drafts.push({ annotationId, memo: localStorage.getItem(key!) ?? "" });
    }
    return drafts;
  } catch {
    return [];
  }
}
