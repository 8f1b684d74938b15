import { describe, expect, it } from "vitest";
import { describeForbiddenCharacter, findForbiddenCharacter, replaceForbiddenCharacters } from "./forbidden-characters";

const LONE_HIGH = "\uD83D";
const LONE_LOW = "\uDE00";

describe("findForbiddenCharacter", () => {
  it("lets tab, LF, CR, emoji, Arabic and combining marks through", () => {
    expect(findForbiddenCharacter("a\tb\nc\r\nd 😀 قال e\u0301")).toBeNull();
  });

  it.each([
    ["NUL", "ab\u0000c", "U+0000", 3],
    ["vertical tab", "\u000B", "U+000B", 1],
    ["escape", "x\u001B[31m", "U+001B", 2],
    ["DEL", "x\u007F", "U+007F", 2],
    ["a lone high surrogate", `😀${LONE_HIGH}x`, "U+D83D", 2],
    ["a lone low surrogate", `x${LONE_LOW}`, "U+DE00", 2],
    ["U+FFFF", "\uFFFF", "U+FFFF", 1],
  ])("finds %s and counts its position in code points", (_name, text, codePoint, position) => {
    expect(findForbiddenCharacter(text)).toEqual({ codePoint, position });
  });
});

describe("replaceForbiddenCharacters", () => {
  it("replaces each forbidden character by one U+FFFD, keeping the code point count", () => {
    const text = `a\u0000b${LONE_HIGH}c😀\u0007`;
    const cleaned = replaceForbiddenCharacters(text);
    expect(cleaned).toBe("a\uFFFDb\uFFFDc😀\uFFFD");
    expect([...cleaned]).toHaveLength([...text].length);
  });
});

describe("describeForbiddenCharacter", () => {
  it("names the field of nested input that holds one", () => {
    expect(describeForbiddenCharacter({ title: "ok", speaker: { alias: ["fine", "x\u0000"] } })).toBe(
      "speaker.alias.1: holds a control character or broken character (U+0000) at character 2; remove it.",
    );
  });

  it("answers null for clean input, numbers and booleans included", () => {
    expect(describeForbiddenCharacter({ text: "line\r\nline\tend", start: 3, ok: true, memo: null })).toBeNull();
  });
});
