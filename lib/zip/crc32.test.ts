import { describe, expect, it } from "vitest";
import { crc32 } from "./crc32";

describe("crc32", () => {
  it('gives the standard check value 0xCBF43926 for "123456789"', () => {
    // The check value of CRC-32/ISO-HDLC in Greg Cook's "Catalogue of parametrised CRC algorithms".
    expect(crc32(new TextEncoder().encode("123456789"))).toBe(0xcbf43926);
  });
  it("gives 0 for no bytes", () => {
    expect(crc32(new Uint8Array())).toBe(0);
  });
});
