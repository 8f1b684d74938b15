import type { AnnotationJson } from "@/lib/annotations/annotation-json";
import { createCodePointIndex } from "@/lib/offsets/code-points";
import type { WorkingDocument } from "./generate-export-project";
import type { Session } from "./sign-in";

export type Phase = "warm-up" | "idle" | "loaded";

/** One save (a POST of an annotation or the DELETE of it): its round trip, and its status, or why there was no answer. */
export type SaveSample = { phase: Phase; ms: number; status: number | { noAnswer: string } };

// Between a coder's requests: ten people coding fast. Without a pause the ten clients would saturate the request
// thread by themselves, and the figures would measure that queue rather than what the jobs do to it.
const PAUSE_MS = 100;

/**
 * One coder's client until `running()` says stop: codes a passage of one of its statements (POST, as the workspace
 * sends it, with the quote) and deletes it again (DELETE), timing each request under the phase it started in.
 */
export async function runCoder({ session, documents, codeIds, random, phase, running, samples }: {
  session: Session;
  documents: WorkingDocument[];
  codeIds: number[];
  random: () => number;
  phase: () => Phase;
  running: () => boolean;
  samples: SaveSample[];
}): Promise<void> {
  const texts = documents.map((document) => ({ ...document, index: createCodePointIndex(document.text), length: Array.from(document.text).length }));
  /** The answer's body when the request succeeded (2xx), else null; a request is timed until its body has arrived. */
  const timed = async (path: string, init: RequestInit): Promise<string | null> => {
    const started = performance.now();
    const sample: SaveSample = { phase: phase(), ms: 0, status: 0 };
    let body: string | null = null;
    try {
      const response = await session.send(path, init);
      sample.status = response.status;
      const text = await response.text();
      if (response.ok) body = text;
    } catch (error) {
      // fetch names the network's reason (a reset connection, say) in the cause of its "fetch failed".
      const cause = error instanceof Error && error.cause instanceof Error ? error.cause : error;
      sample.status = { noAnswer: cause instanceof Error ? ((cause as NodeJS.ErrnoException).code ?? cause.message) : String(cause) };
    }
    sample.ms = performance.now() - started;
    samples.push(sample);
    return body;
  };
  while (running()) {
    const document = texts[Math.floor(random() * texts.length)]!;
    const spanLength = 5 + Math.floor(random() * 60);
    const start = Math.floor(random() * (document.length - spanLength));
    const end = start + spanLength;
    const quote = document.text.slice(document.index.toUtf16Index(start), document.index.toUtf16Index(end));
    const code = codeIds[Math.floor(random() * codeIds.length)]!;
    const created = await timed(`/api/documents/${document.id}/annotations`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ code, start, end, quote }),
    });
    await pause();
    if (created !== null) {
      const { id } = JSON.parse(created) as AnnotationJson;
      await timed(`/api/annotations/${id}`, { method: "DELETE" });
      await pause();
    }
  }
}

const pause = () => new Promise((resolve) => setTimeout(resolve, PAUSE_MS));
