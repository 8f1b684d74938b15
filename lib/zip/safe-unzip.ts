import { Inflate } from "fflate";
import { crc32 } from "./crc32";
import { readZipDirectory, type ZipDirectoryEntry, type ZipProblem } from "./read-zip-directory";

/**
 * Unzips an uploaded archive into memory, judging every entry from the central directory BEFORE anything is
 * inflated: names that would leave the target folder, too many entries, too many bytes in total and decompression
 * bombs are refused up front. Extraction then checks again, because declared sizes can lie: inflation stops as soon
 * as an entry exceeds its declared size, and each entry's size and CRC-32 must match the directory.
 */
export type UnzipLimits = {
  /** Most entries the archive may list (all entries, selected or not). */
  maxEntries: number;
  /** Most bytes all selected entries may inflate to together. */
  maxTotalBytes: number;
  /** Highest inflated/compressed ratio accepted for an entry larger than `ratioCheckAboveBytes`. */
  maxCompressionRatio: number;
  /** Entries up to this inflated size skip the ratio check: small files of blanks compress extremely well. */
  ratioCheckAboveBytes: number;
};

export const DEFAULT_UNZIP_LIMITS: UnzipLimits = {
  maxEntries: 10_000,
  maxTotalBytes: 200 * 1024 * 1024,
  maxCompressionRatio: 100,
  ratioCheckAboveBytes: 1024 * 1024,
};

export type SafeUnzipOptions = {
  /** Which entries to inflate, by safe relative path; the others are only listed. Default: all files. */
  select?: (path: string) => boolean;
  limits?: Partial<UnzipLimits>;
};

export type UnzippedArchive = {
  /** Every entry's safe relative path ("/"-separated, no "." or ".." segments), folders ending in "/". */
  paths: string[];
  /** The inflated selected files by path. */
  files: Map<string, Uint8Array>;
};

export type SafeUnzipResult = { ok: true; archive: UnzippedArchive } | { ok: false; error: ZipProblem };

const LOCAL_HEADER = 0x04034b50;
const CHUNK_BYTES = 16 * 1024;

export function safeUnzip(bytes: Uint8Array, options: SafeUnzipOptions = {}): SafeUnzipResult {
  const limits = { ...DEFAULT_UNZIP_LIMITS, ...options.limits };
  const directory = readZipDirectory(bytes, limits.maxEntries);
  if (!directory.ok) return directory;

  const paths: string[] = [];
  const selected: { path: string; entry: ZipDirectoryEntry }[] = [];
  const seen = new Set<string>();
  let totalBytes = 0;
  for (const entry of directory.entries) {
    const path = toSafePath(entry.name);
    if (!path.ok) return unsafe(`entry "${entry.name}" ${path.problem}`);
    if (seen.has(path.value)) return unsafe(`entry "${entry.name}" appears twice`);
    seen.add(path.value);
    paths.push(path.value);
    if (path.value.endsWith("/") || !(options.select?.(path.value) ?? true)) continue;

    if (entry.encrypted) return invalid(`entry "${path.value}" is encrypted`);
    if (entry.method !== 0 && entry.method !== 8) {
      return invalid(`entry "${path.value}" uses compression method ${entry.method}; only stored and deflated are supported`);
    }
    const ratio = entry.uncompressedSize / Math.max(1, entry.compressedSize);
    if (entry.uncompressedSize > limits.ratioCheckAboveBytes && ratio > limits.maxCompressionRatio) {
      return unsafe(
        `entry "${path.value}" would inflate ${Math.round(ratio)} times (${entry.uncompressedSize} bytes); ` +
          `at most ${limits.maxCompressionRatio} times is accepted`,
      );
    }
    totalBytes += entry.uncompressedSize;
    selected.push({ path: path.value, entry });
  }
  // Judged on the whole total, so the refusal can say how large the archive would be.
  if (totalBytes > limits.maxTotalBytes) {
    const message = `its files would inflate to ${totalBytes} bytes, more than the ${limits.maxTotalBytes} accepted`;
    return { ok: false, error: { kind: "too-large", message, bytes: totalBytes } };
  }

  const files = new Map<string, Uint8Array>();
  for (const { path, entry } of selected) {
    const data = extract(bytes, entry);
    if (typeof data === "string") return invalid(`entry "${path}" ${data}`);
    files.set(path, data);
  }
  return { ok: true, archive: { paths, files } };
}

const unsafe = (message: string): SafeUnzipResult => ({ ok: false, error: { kind: "unsafe", message } });
const invalid = (message: string): SafeUnzipResult => ({ ok: false, error: { kind: "invalid", message } });

/** The entry name as a relative "/"-separated path, or why it could escape the folder it is extracted to. */
function toSafePath(name: string): { ok: true; value: string } | { ok: false; problem: string } {
  if (name.includes("\0")) return { ok: false, problem: "has a NUL character in its name" };
  // Windows tools may write "\" as the separator; treat it as one so "..\" cannot slip through.
  const slashed = name.replaceAll("\\", "/");
  if (slashed.startsWith("/") || /^[A-Za-z]:/.test(slashed)) return { ok: false, problem: "has an absolute path" };
  const segments = slashed.split("/").filter((segment) => segment !== "" && segment !== ".");
  if (segments.includes("..")) return { ok: false, problem: "points outside the archive's folder" };
  if (segments.length === 0) return { ok: false, problem: "has an empty name" };
  return { ok: true, value: segments.join("/") + (slashed.endsWith("/") ? "/" : "") };
}

/** The entry's bytes, or what is wrong with them. Never inflates past the declared size. */
function extract(bytes: Uint8Array, entry: ZipDirectoryEntry): Uint8Array | string {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const header = entry.localHeaderOffset;
  if (header + 30 > bytes.length || view.getUint32(header, true) !== LOCAL_HEADER) return "has a damaged header";
  const start = header + 30 + view.getUint16(header + 26, true) + view.getUint16(header + 28, true);
  if (start + entry.compressedSize > bytes.length) return "is cut short";
  const compressed = bytes.subarray(start, start + entry.compressedSize);

  const out = entry.method === 0 ? compressed.slice() : inflateBounded(compressed, entry.uncompressedSize);
  if (typeof out === "string") return out;
  if (out.length !== entry.uncompressedSize) return "does not have the size its directory declares";
  if (crc32(out) !== entry.crc32) return "is damaged (CRC-32 mismatch)";
  return out;
}

function inflateBounded(compressed: Uint8Array, declaredSize: number): Uint8Array | string {
  const out = new Uint8Array(declaredSize);
  let written = 0;
  let overflow = false;
  const inflater = new Inflate((chunk) => {
    if (overflow || written + chunk.length > declaredSize) {
      overflow = true;
      return;
    }
    out.set(chunk, written);
    written += chunk.length;
  });
  try {
    for (let at = 0; at < compressed.length && !overflow; at += CHUNK_BYTES) {
      inflater.push(compressed.subarray(at, at + CHUNK_BYTES), at + CHUNK_BYTES >= compressed.length);
    }
  } catch {
    return "is damaged (its compressed data cannot be inflated)";
  }
  if (overflow) return "inflates to more bytes than its directory declares";
  return out.subarray(0, written);
}
