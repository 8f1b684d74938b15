const CHUNKS_PER_PULL = 500;

/** A byte stream over generated chunks, pulled as the client reads, so a large export is never one string in memory. */
export function streamChunks(chunks: Iterable<string | Uint8Array>): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  const iterator = chunks[Symbol.iterator]();
  return new ReadableStream({
    pull(controller) {
      for (let i = 0; i < CHUNKS_PER_PULL; i++) {
        const next = iterator.next();
        if (next.done) {
          controller.close();
          return;
        }
        controller.enqueue(typeof next.value === "string" ? encoder.encode(next.value) : next.value);
      }
    },
  });
}
