import { describe, expect, it } from "vitest";
import { escapeAttribute, escapeText, hasXmlIllegalCharacter, removeXmlIllegalCharacters } from "./xml-escape";

describe("escapeText", () => {
  it("escapes markup and writes CR as a reference, leaving LF, tab and Unicode alone", () => {
    expect(escapeText('a < b & c > "d"\r\n\t😔')).toBe('a &lt; b &amp; c &gt; "d"&#13;\n\t😔');
  });
});

describe("escapeAttribute", () => {
  it("also escapes the quote and the whitespace a parser would turn into spaces", () => {
    expect(escapeAttribute('say "hi"\tthen\nleave')).toBe("say &quot;hi&quot;&#9;then&#10;leave");
  });
});

describe("hasXmlIllegalCharacter", () => {
  it("finds C0 controls and lone surrogates, not emoji or line breaks", () => {
    expect(hasXmlIllegalCharacter("page\f")).toBe(true);
    expect(hasXmlIllegalCharacter("half \ud83d")).toBe(true);
    expect(hasXmlIllegalCharacter("ok 😔\r\n\t")).toBe(false);
  });
  it("removes them from derived labels", () => {
    expect(removeXmlIllegalCharacters("a\u0001b\ud83dc😔")).toBe("abc😔");
  });
});
