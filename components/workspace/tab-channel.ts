/**
 * Tells the coder's other tabs of this browser that a document's annotations or status changed, so they read it
 * again: the later change wins and every tab shows it. One channel per tab; a channel never hears its own messages.
 */
const CHANNEL_NAME = "testimony-coder:workspace";
let channel: BroadcastChannel | null = null;

function getChannel(): BroadcastChannel | null {
  if (typeof BroadcastChannel === "undefined") return null;
  channel ??= new BroadcastChannel(CHANNEL_NAME);
  return channel;
}

export function announceChange(documentId: number): void {
  getChannel()?.postMessage({ documentId });
  rememberWrittenByThisTab(documentId);
}

// This tab's own writes, kept across a reload of the tab: a save that lands while the reloaded page is being rendered
// is missing from that page, and no other tab is there to announce it. Storage can be unavailable (private windows).
const WRITTEN_KEY = "testimony-coder:written-documents";

function readWrittenByThisTab(): number[] {
  try {
    const stored: unknown = JSON.parse(sessionStorage.getItem(WRITTEN_KEY) ?? "[]");
    return Array.isArray(stored) ? stored.filter((id): id is number => typeof id === "number") : [];
  } catch {
    return [];
  }
}

function storeWrittenByThisTab(documentIds: number[]): void {
  try {
    sessionStorage.setItem(WRITTEN_KEY, JSON.stringify(documentIds));
  } catch {
    // Storage unavailable: see above.
  }
}

function rememberWrittenByThisTab(documentId: number): void {
  const written = readWrittenByThisTab();
  if (!written.includes(documentId)) storeWrittenByThisTab([...written, documentId]);
}

/** Whether this tab wrote to the document since it last asked; asking forgets it. */
export function takeWrittenByThisTab(documentId: number): boolean {
  const written = readWrittenByThisTab();
  if (!written.includes(documentId)) return false;
  storeWrittenByThisTab(written.filter((id) => id !== documentId));
  return true;
}

/** Calls `listener` with the document id of each change made in another tab; returns the unsubscribe function. */
export function listenForChanges(listener: (documentId: number) => void): () => void {
  const current = getChannel();
  if (!current) return () => undefined;
  const onMessage = (event: MessageEvent<{ documentId?: unknown }>) => {
    if (typeof event.data?.documentId === "number") listener(event.data.documentId);
  };
  current.addEventListener("message", onMessage);
  return () => current.removeEventListener("message", onMessage);
}
