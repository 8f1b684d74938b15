import { describe, expect, it } from "vitest";
import { clientAddress, parseTrustProxy } from "./client-address";

describe("clientAddress", () => {
  it("ignores X-Forwarded-For when no proxy is trusted", () => {
    expect(clientAddress("10.0.0.9", "1.2.3.4", 0)).toBe("10.0.0.9");
  });

  it("takes the address the one trusted proxy saw, not what the client wrote before it", () => {
    // The client sent "X-Forwarded-For: 6.6.6.6"; the proxy (10.0.0.2) appended the client's real address.
    expect(clientAddress("10.0.0.2", "6.6.6.6, 203.0.113.7", 1)).toBe("203.0.113.7");
  });

  it("walks back one entry per trusted proxy", () => {
    expect(clientAddress("10.0.0.3", "6.6.6.6, 203.0.113.7, 10.0.0.2", 2)).toBe("203.0.113.7");
  });

  it("takes the farthest address there is when fewer proxies appended than are trusted", () => {
    expect(clientAddress("10.0.0.2", undefined, 3)).toBe("10.0.0.2");
    expect(clientAddress("10.0.0.2", "203.0.113.7", 3)).toBe("203.0.113.7");
  });

  it("reads a header sent several times as one list", () => {
    expect(clientAddress("10.0.0.2", ["6.6.6.6", "203.0.113.7"], 1)).toBe("203.0.113.7");
  });
});

describe("parseTrustProxy", () => {
  it("reads a positive whole number and treats anything else as no proxy", () => {
    expect(parseTrustProxy("2")).toBe(2);
    expect([undefined, "", "0", "-1", "1.5", "true"].map(parseTrustProxy)).toEqual([0, 0, 0, 0, 0, 0]);
  });
});
