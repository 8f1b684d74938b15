import { createHash } from "node:crypto";

// A fixed namespace for GUIDs this app derives (itself a random v4 GUID, chosen once).
const NAMESPACE = Buffer.from("5f0c6b1e2d7a4c399b8e3a41d2e7c6f0", "hex");

/**
 * A name-based GUID (RFC 9562 version 5: SHA-1 of namespace and name) for something that has no GUID of its own
 * but must keep the same one on every export, such as the passage of a coding. Same inputs, same GUID.
 */
export function deriveGuid(baseGuid: string, purpose: string): string {
  const hash = createHash("sha1").update(NAMESPACE).update(`${purpose}:${baseGuid.toLowerCase()}`).digest();
  hash[6] = (hash[6]! & 0x0f) | 0x50;
  hash[8] = (hash[8]! & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString("hex");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
