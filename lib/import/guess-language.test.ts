import { describe, expect, it } from "vitest";
import { guessLanguage } from "./guess-language";

describe("guessLanguage", () => {
  it('guesses "ar" for Arabic', () => {
    expect(guessLanguage("قال إنه غادر التنظيم لأنهم كذبوا علينا")).toBe("ar");
  });
  it('guesses "he" for Hebrew', () => {
    expect(guessLanguage("הוא עזב את הארגון")).toBe("he");
  });
  it("does not call Persian Arabic, though it is written in the Arabic script", () => {
    expect(guessLanguage("من از گروه جدا شدم چون به ما دروغ گفتند")).toBeNull();
  });
  it("does not guess among Latin-script languages", () => {
    expect(guessLanguage("I left the group because they lied to us.")).toBeNull();
  });
});
