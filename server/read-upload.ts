import "server-only";
import { randomUUID } from "node:crypto";
import { createWriteStream, mkdirSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import type { ReadableStream as NodeWebStream } from "node:stream/web";
import busboy from "busboy";
import { AppError } from "./errors";

/** An uploaded file, streamed to a temporary file as it arrived; whoever receives it removes it when done. */
export type UploadedFile = { name: string; path: string; bytes: number };

export type Upload = { fields: Record<string, string | string[]>; file: UploadedFile | null };

export type UploadLimits = {
  maxFileBytes: number;
  /** The refusal a person reads when the file is larger than `maxFileBytes`. */
  tooLarge: (name: string) => string;
};

// Room for the form's other fields and the multipart boundaries around the file.
const FIELDS_ALLOWANCE_BYTES = 1024 * 1024;

const uploadsDir = () => path.join(os.tmpdir(), "testimony-uploads");

/**
 * Reads a multipart form with at most one file, counting the file's bytes while they stream to disk: a body larger
 * than the limit is refused with 413 as soon as the count passes it (or at once, from its Content-Length), without
 * reading the rest or holding it in memory.
 */
export async function readUpload(request: Request, limits: UploadLimits): Promise<Upload> {
  const contentType = request.headers.get("content-type") ?? "";
  if (!contentType.startsWith("multipart/form-data") || !request.body) throw new AppError("bad_request", "Send the file as a multipart form (multipart/form-data).");
  const declared = Number(request.headers.get("content-length"));
  if (declared > limits.maxFileBytes + FIELDS_ALLOWANCE_BYTES) throw new AppError("too_large", limits.tooLarge("The file"));

  mkdirSync(uploadsDir(), { recursive: true });
  const fields: Record<string, string | string[]> = {};
  let file: UploadedFile | null = null;
  let refusal: AppError | null = null;
  const writes: Promise<void>[] = [];
  const parser = busboy({
    headers: { "content-type": contentType },
    defParamCharset: "utf8",
    limits: { files: 1, fileSize: limits.maxFileBytes, fields: 100, fieldSize: FIELDS_ALLOWANCE_BYTES },
  });
  const body = Readable.fromWeb(request.body as NodeWebStream<Uint8Array>);
  parser.on("field", (name, value) => {
    const previous = fields[name];
    fields[name] = previous === undefined ? value : [...(Array.isArray(previous) ? previous : [previous]), value];
  });
  parser.on("file", (name, stream, info) => {
    if (name !== "file" || file) {
      stream.resume();
      return;
    }
    const uploaded: UploadedFile = { name: info.filename || "upload", path: path.join(uploadsDir(), randomUUID()), bytes: 0 };
    file = uploaded;
    stream.on("data", (chunk: Buffer) => (uploaded.bytes += chunk.byteLength));
    stream.on("limit", () => {
      refusal = new AppError("too_large", limits.tooLarge(uploaded.name));
      // Stop reading the request at once, so the rest of the body is never received; it is destroyed once busboy's
      // own callback has returned (destroying busboy from inside it breaks busboy).
      body.unpipe(parser);
      body.pause();
      process.nextTick(() => body.destroy(refusal!));
    });
    const written = pipeline(stream, createWriteStream(uploaded.path));
    // Awaited below; until then a refused upload's broken write must not count as unhandled.
    written.catch(() => undefined);
    writes.push(written);
  });
  try {
    await pipeline(body, parser);
    await Promise.all(writes);
  } catch (error) {
    await Promise.allSettled(writes);
    if (file) rmSync((file as UploadedFile).path, { force: true });
    if (refusal) throw refusal;
    throw new AppError("bad_request", `The upload could not be read (${(error as Error).message}); try again.`);
  }
  if (refusal) {
    if (file) rmSync((file as UploadedFile).path, { force: true });
    throw refusal;
  }
  return { fields, file };
}
