import { describe, expect, it } from "vitest";
import { contextAround } from "./context-around";

describe("contextAround", () => {
  const text = "We came to fight the regime, but we were sent against other rebel brigades.\nNobody asked why.";

  it("gives a few words either side and says where the statement goes on", () => {
    // "fight the regime" is code points 11 to 27.
    expect(contextAround(text, 11, 27, 2)).toEqual({ before: "came to ", quote: "fight the regime", after: ", but we", cutBefore: true, cutAfter: true });
  });

  it("brings the rest of a cut word along without counting it", () => {
    // "regi" is code points 21 to 25: "me," completes the word.
    expect(contextAround(text, 21, 25, 1)).toMatchObject({ before: "the ", quote: "regi", after: "me, but" });
  });

  it("stops at the statement's ends without marking a cut, and shows a line break as a space", () => {
    expect(contextAround(text, 0, 2, 3)).toEqual({ before: "", quote: "We", after: " came to fight", cutBefore: false, cutAfter: true });
    const end = contextAround(text, 66, 75, 4);
    expect(end).toEqual({ before: "sent against other rebel ", quote: "brigades.", after: " Nobody asked why.", cutBefore: true, cutAfter: false });
  });

  it("does not call white space alone a cut", () => {
    expect(contextAround("  We left.  ", 2, 4, 3)).toEqual({ before: "", quote: "We", after: " left.", cutBefore: false, cutAfter: false });
  });

  it("counts code points, not UTF-16 units, across emoji and Arabic", () => {
    const arabic = "😔 جئنا لنقاتل النظام، لكنهم أرسلونا";
    // The emoji is one code point: "النظام" starts at code point 14 (UTF-16 index 15).
    expect(contextAround(arabic, 14, 20, 2)).toEqual({ before: "جئنا لنقاتل ", quote: "النظام", after: "، لكنهم أرسلونا", cutBefore: true, cutAfter: false });
  });
});
