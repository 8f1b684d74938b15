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
