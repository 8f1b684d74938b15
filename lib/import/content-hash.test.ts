import { describe, expect, it } from "vitest";
import { contentHash } from "./content-hash";

describe("contentHash", () => {
  it("is the SHA-256 of the UTF-8 text in hex", () => {
    // The FIPS 180-2 test vector for "abc" (also: printf abc | sha256sum).
    expect(contentHash("abc")).toBe("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  });
  it("is the same for a statement saved with CRLF and a BOM as with LF", () => {
    expect(contentHash("\uFEFFa\r\nb")).toBe(contentHash("a\nb"));
  });
  it("differs for composed and decomposed é, which are different code points", () => {
    expect(contentHash("caf\u00e9")).not.toBe(contentHash("cafe\u0301"));
  });
});
