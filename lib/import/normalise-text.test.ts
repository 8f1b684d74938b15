import { describe, expect, it } from "vitest";
import { normaliseText } from "./normalise-text";

describe("normaliseText", () => {
  it("turns CRLF and lone CR into LF", () => {
    expect(normaliseText("one\r\ntwo\rthree\nfour")).toBe("one\ntwo\nthree\nfour");
  });
  it("drops a leading byte order mark but keeps one elsewhere", () => {
    expect(normaliseText("\uFEFFa\uFEFFb")).toBe("a\uFEFFb");
  });
  it("does not NFC-normalise, so e + combining acute stays two code points", () => {
    expect(normaliseText("cafe\u0301")).toBe("cafe\u0301");
  });
  it("keeps Arabic and emoji as written", () => {
    expect(normaliseText("قال 😔")).toBe("قال 😔");
  });
  it("replaces control characters and lone surrogates one for one with U+FFFD, keeping tab and newlines", () => {
    expect(normaliseText("a\u0000b\tc\r\nd\uD800e")).toBe("a\uFFFDb\tc\nd\uFFFDe");
  });
});
