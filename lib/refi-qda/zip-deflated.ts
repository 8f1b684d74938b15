import { deflateRawSync } from "node:zlib";
import { Zip, type ZipInputFile } from "fflate";
import { crc32 } from "../zip/crc32";

/**
 * A ZIP of the given files, each deflated by Node's native zlib and framed by fflate's Zip through its documented
 * hook for custom compression (a ZipInputFile whose data arrives already compressed). The native deflate is about
 * four times faster than fflate's own on the tens of megabytes of XML a large project makes.
 */
export function zipDeflated(files: [name: string, data: Uint8Array][], mtime: Date | string): Uint8Array {
  const chunks: Uint8Array[] = [];
  const zip = new Zip((error, chunk) => {
    if (error) throw error;
    chunks.push(chunk);
  });
  for (const [filename, data] of files) {
    const file: ZipInputFile = { filename, size: data.length, crc: crc32(data), compression: 8, mtime };
    zip.add(file);
    file.ondata!(null, deflateRawSync(data, { level: 6 }), true);
  }
  zip.end();

  const out = new Uint8Array(chunks.reduce((length, chunk) => length + chunk.length, 0));
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}
