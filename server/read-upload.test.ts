import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { AppError } from "./errors";
import { readUpload } from "./read-upload";

const limits = { maxFileBytes: 1024, tooLarge: (name: string) => `${name} is too large (IMPORT_MAX_FILE_MB).` };

/** A multipart request streamed chunk by chunk, without a Content-Length, as a browser may send it; counts chunks pulled. */
function streamedUpload(fileBytes: number, fields: Record<string, string> = {}) {
  const boundary = "----test-boundary";
  const head = Object.entries(fields)
    .map(([name, value]) => `--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`)
    .join("");
  const parts = [
    Buffer.from(`${head}--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="قصة.txt"\r\nContent-Type: text/plain\r\n\r\n`),
    ...Array.from({ length: Math.ceil(fileBytes / 256) }, (_, index) => Buffer.alloc(Math.min(256, fileBytes - index * 256), "a")),
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ];
  const pulled = { count: 0, total: parts.length };
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      const next = parts[pulled.count++];
      if (next) controller.enqueue(new Uint8Array(next));
      else controller.close();
    },
  });
  const request = new Request("http://localhost/upload", {
    method: "POST",
    headers: { "content-type": `multipart/form-data; boundary=${boundary}` },
    body,
    duplex: "half",
  } as RequestInit);
  return { request, pulled };
}

const uploadsLeft = () => (existsSync(path.join(os.tmpdir(), "testimony-uploads")) ? readdirSync(path.join(os.tmpdir(), "testimony-uploads")) : []);

describe("readUpload", () => {
  // A directory of this file's own, so that uploads other tests or a running app make meanwhile are not counted here.
  const systemTemp = process.env.TMPDIR;
  let temp = "";
  beforeEach(() => {
    temp = mkdtempSync(path.join(os.tmpdir(), "read-upload-test-"));
    process.env.TMPDIR = temp;
  });
  afterEach(() => {
    if (systemTemp === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = systemTemp;
    rmSync(temp, { recursive: true, force: true });
  });

  it("streams the file to a temporary file with its UTF-8 name and size, and keeps the other fields", async () => {
    const { request } = streamedUpload(1000, { mapping: "{}", assign: "3" });
    const upload = await readUpload(request, limits);
    expect(upload.fields).toEqual({ mapping: "{}", assign: "3" });
    expect(upload.file).toMatchObject({ name: "قصة.txt", bytes: 1000 });
    expect(readFileSync(upload.file!.path, "utf8")).toBe("a".repeat(1000));
    rmSync(upload.file!.path);
  });

  it("refuses a file past the limit with 413 once its count passes it, without reading the rest or keeping any of it", async () => {
    const before = uploadsLeft().length;
    const { request, pulled } = streamedUpload(100 * 1024);
    const refusal = await readUpload(request, limits).catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(AppError);
    expect((refusal as AppError).status).toBe(413);
    expect((refusal as AppError).message).toBe("قصة.txt is too large (IMPORT_MAX_FILE_MB).");
    expect(pulled.count).toBeLessThan(pulled.total / 4);
    expect(uploadsLeft().length).toBe(before);
  });

  it("refuses at once a body whose declared length is past the limit", async () => {
    const request = new Request("http://localhost/upload", {
      method: "POST",
      headers: { "content-type": "multipart/form-data; boundary=x", "content-length": String(50 * 1024 * 1024) },
      body: "--x--",
    });
    await expect(readUpload(request, limits)).rejects.toMatchObject({ kind: "too_large" });
  });

  it("answers 400 to a body that is not a multipart form", async () => {
    const request = new Request("http://localhost/upload", { method: "POST", headers: { "content-type": "application/json" }, body: "{}" });
    await expect(readUpload(request, limits)).rejects.toMatchObject({ kind: "bad_request" });
  });
});
