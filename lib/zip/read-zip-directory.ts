/**
 * Reads a ZIP file's central directory (APPNOTE.TXT 6.3.10, sections 4.3.12 to 4.3.16, with ZIP64) without
 * inflating anything, so that every entry's name and declared sizes can be judged before extraction.
 */
export type ZipDirectoryEntry = {
  /** The name as stored: UTF-8 when flagged or when it decodes as UTF-8, else Latin-1. */
  name: string;
  /** 0 stored, 8 deflated; anything else is refused by the caller. */
  method: number;
  encrypted: boolean;
  crc32: number;
  compressedSize: number;
  /** As declared by the archive: a hostile archive may lie, so extraction checks it again. */
  uncompressedSize: number;
  localHeaderOffset: number;
};

/**
 * "invalid": not a readable ZIP; "unsafe": readable but refused by a limit that guards against hostile archives;
 * "too-large": its selected files would inflate to more bytes in total than the caller takes (`bytes`, as declared),
 * a size the caller may let an administrator raise rather than a sign of hostility.
 */
export type ZipProblem = { kind: "invalid" | "unsafe"; message: string } | { kind: "too-large"; message: string; bytes: number };

export type ZipDirectoryResult = { ok: true; entries: ZipDirectoryEntry[] } | { ok: false; error: ZipProblem };

const invalid = (message: string): ZipDirectoryResult => ({ ok: false, error: { kind: "invalid", message } });

const END_OF_DIRECTORY = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_END_OF_DIRECTORY = 0x06064b50;
const DIRECTORY_HEADER = 0x02014b50;
const ZIP64_EXTRA_ID = 0x0001;
const MAX_COMMENT = 0xffff;

const strictUtf8 = new TextDecoder("utf-8", { fatal: true });
const latin1 = new TextDecoder("latin1");

export function readZipDirectory(bytes: Uint8Array, maxEntries: number): ZipDirectoryResult {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const u16 = (at: number) => view.getUint16(at, true);
  const u32 = (at: number) => view.getUint32(at, true);
  const u64 = (at: number) => view.getUint32(at + 4, true) * 0x1_0000_0000 + view.getUint32(at, true);

  let end = -1;
  for (let at = bytes.length - 22; at >= 0 && at >= bytes.length - 22 - MAX_COMMENT; at--) {
    if (u32(at) === END_OF_DIRECTORY) {
      end = at;
      break;
    }
  }
  if (end < 0) return invalid("it is not a ZIP archive (no end-of-directory record)");
  if (u16(end + 4) !== 0 || u16(end + 6) !== 0) return invalid("split (multi-part) archives are not supported");

  let count = u16(end + 10);
  let directoryOffset = u32(end + 16);
  if (end >= 20 && u32(end - 20) === ZIP64_LOCATOR) {
    const zip64End = u64(end - 12);
    if (zip64End + 56 > bytes.length || u32(zip64End) !== ZIP64_END_OF_DIRECTORY) {
      return invalid("its ZIP64 end-of-directory record is damaged");
    }
    count = u64(zip64End + 32);
    directoryOffset = u64(zip64End + 48);
  }
  if (count > maxEntries) {
    return { ok: false, error: { kind: "unsafe", message: `it has ${count} entries; at most ${maxEntries} are accepted` } };
  }

  const entries: ZipDirectoryEntry[] = [];
  let at = directoryOffset;
  for (let i = 0; i < count; i++) {
    if (at + 46 > bytes.length || u32(at) !== DIRECTORY_HEADER) {
      return invalid("its central directory is damaged");
    }
    const flags = u16(at + 8);
    const nameLength = u16(at + 28);
    const extraLength = u16(at + 30);
    const commentLength = u16(at + 32);
    const next = at + 46 + nameLength + extraLength + commentLength;
    if (next > bytes.length) return invalid("its central directory is damaged");

    const nameBytes = bytes.subarray(at + 46, at + 46 + nameLength);
    const entry: ZipDirectoryEntry = {
      name: decodeName(nameBytes, (flags & 0x0800) !== 0),
      method: u16(at + 10),
      encrypted: (flags & 0x0001) !== 0,
      crc32: u32(at + 16),
      compressedSize: u32(at + 20),
      uncompressedSize: u32(at + 24),
      localHeaderOffset: u32(at + 42),
    };
    readZip64Sizes(view, at + 46 + nameLength, extraLength, entry);
    entries.push(entry);
    at = next;
  }
  return { ok: true, entries };
}

function decodeName(nameBytes: Uint8Array, flaggedUtf8: boolean): string {
  try {
    return strictUtf8.decode(nameBytes);
  } catch {
    // Names not flagged UTF-8 are CP437 by the standard; Latin-1 keeps ASCII names right and never fails.
    return flaggedUtf8 ? new TextDecoder().decode(nameBytes) : latin1.decode(nameBytes);
  }
}

/** Replaces the 0xFFFFFFFF placeholders of a ZIP64 entry with the 64-bit values of its extra field. */
function readZip64Sizes(view: DataView, extraStart: number, extraLength: number, entry: ZipDirectoryEntry): void {
  const MARK = 0xffffffff;
  if (entry.uncompressedSize !== MARK && entry.compressedSize !== MARK && entry.localHeaderOffset !== MARK) return;
  let at = extraStart;
  while (at + 4 <= extraStart + extraLength) {
    const id = view.getUint16(at, true);
    const size = view.getUint16(at + 2, true);
    if (id === ZIP64_EXTRA_ID) {
      let field = at + 4;
      const fieldsEnd = Math.min(at + 4 + size, extraStart + extraLength);
      const read = () => {
        const value = view.getUint32(field + 4, true) * 0x1_0000_0000 + view.getUint32(field, true);
        field += 8;
        return value;
      };
      if (entry.uncompressedSize === MARK && field + 8 <= fieldsEnd) entry.uncompressedSize = read();
      if (entry.compressedSize === MARK && field + 8 <= fieldsEnd) entry.compressedSize = read();
      if (entry.localHeaderOffset === MARK && field + 8 <= fieldsEnd) entry.localHeaderOffset = read();
      return;
    }
    at += 4 + size;
  }
}
