import { createHash } from "node:crypto";
import { normaliseText } from "./normalise-text";

/**
 * SHA-256 (lowercase hex) of the UTF-8 bytes of the normalised text, so a statement saved with CRLF or a BOM hashes
 * like the same statement saved with LF: use it to notice a statement imported twice.
 */
export function contentHash(text: string): string {
  return createHash("sha256").update(normaliseText(text), "utf8").digest("hex");
}
