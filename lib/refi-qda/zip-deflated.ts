import { constants, deflateRawSync } from "node:zlib";
import { Zip, type ZipInputFile } from "fflate";
import { crc32 } from "../zip/crc32";

/** A deflate stream's last block: final, fixed Huffman, nothing but the end-of-block code (RFC 1951 §3.2.3, §3.2.6). */
const FINAL_EMPTY_BLOCK = Uint8Array.of(0x03, 0x00);

/**
 * A ZIP of the given files, produced piece by piece: each file's data arrives as chunks, each chunk is deflated by
 * Node's native zlib (about four times faster than fflate's own) and handed on, so neither a file nor the archive is
 * ever whole in memory. Each chunk is deflated with a sync flush, which ends it on a byte boundary without ending
 * the stream; the chunks' deflate output laid end to end, closed by an empty final block, is one valid deflate
 * stream. fflate's Zip frames the entries through its documented hook for custom compression (a ZipInputFile whose
 * data arrives compressed; its CRC and size need to be right only before the last chunk), with a data descriptor
 * after each entry. Level 3 deflates the tens of megabytes of XML of a large project in half the time of zlib's
 * default 6, for an archive about a sixth larger.
 */
export function* zipDeflated(files: Iterable<[name: string, chunks: Iterable<Uint8Array>]>, mtime: Date | string): Generator<Uint8Array> {
  const ready: Uint8Array[] = [];
  const zip = new Zip((error, chunk) => {
    if (error) throw error;
    ready.push(chunk);
  });
  function* drain(): Generator<Uint8Array> {
    yield* ready;
    ready.length = 0;
  }
  for (const [filename, chunks] of files) {
    const file: ZipInputFile = { filename, size: 0, crc: 0, compression: 8, mtime };
    zip.add(file);
    let size = 0;
    let crc = 0;
    for (const chunk of chunks) {
      if (chunk.length === 0) continue;
      size += chunk.length;
      crc = crc32(chunk, crc);
      file.ondata!(null, deflateRawSync(chunk, { level: 3, finishFlush: constants.Z_SYNC_FLUSH }), false);
      yield* drain();
    }
    file.size = size;
    file.crc = crc;
    file.ondata!(null, FINAL_EMPTY_BLOCK, true);
    yield* drain();
  }
  zip.end();
  yield* drain();
}
