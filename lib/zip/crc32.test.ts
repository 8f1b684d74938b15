import { crc32 as zlibCrc32 } from "node:zlib";
import { describe, expect, it } from "vitest";
import { mulberry32 } from "../agreement/mulberry32";
import { crc32 } from "./crc32";

const randomBytes = (length: number, seed: number) => {
  const random = mulberry32(seed);
  return Uint8Array.from({ length }, () => Math.floor(random.next() * 256));
};

describe("crc32", () => {
  it('gives the standard check value 0xCBF43926 for "123456789"', () => {
    // The check value of CRC-32/ISO-HDLC in Greg Cook's "Catalogue of parametrised CRC algorithms".
    expect(crc32(new TextEncoder().encode("123456789"))).toBe(0xcbf43926);
  });
  it("gives 0 for no bytes", () => {
    expect(crc32(new Uint8Array())).toBe(0);
  });
  it("agrees with zlib's crc32 on every length around the eight-byte step", () => {
    for (let length = 0; length < 40; length++) {
      const bytes = randomBytes(length, length + 1);
      expect(crc32(bytes), `length ${length}`).toBe(zlibCrc32(bytes));
    }
    const large = randomBytes(100_003, 99);
    expect(crc32(large)).toBe(zlibCrc32(large));
  });
  it("continues a CRC over bytes that arrive in pieces", () => {
    const bytes = randomBytes(1_000, 5);
    expect(crc32(bytes.subarray(500), crc32(bytes.subarray(0, 500)))).toBe(crc32(bytes));
    expect(crc32(bytes.subarray(3), crc32(bytes.subarray(0, 3)))).toBe(crc32(bytes));
  });
});
