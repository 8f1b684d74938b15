import { describe, expect, it } from "vitest";
import { countLetterScripts } from "./count-letter-scripts";

describe("countLetterScripts", () => {
  it("counts letters by script and skips digits, punctuation, spaces and emoji", () => {
    expect(countLetterScripts("Abu قال, 2015 😔 עזב", 100)).toEqual({
      letters: 9,
      rightToLeft: 6,
      arabicScript: 3,
      nonArabicInArabicScript: 0,
      hebrew: 3,
    });
  });
  it("counts the letters Persian adds to the Arabic script", () => {
    expect(countLetterScripts("گفت", 100)).toMatchObject({ arabicScript: 3, nonArabicInArabicScript: 1 });
  });
  it("counts a letter outside the Basic Multilingual Plane once", () => {
    expect(countLetterScripts("𝐀b", 100)).toMatchObject({ letters: 2, rightToLeft: 0 });
  });
  it("stops after the sample size", () => {
    expect(countLetterScripts("abcقال", 3)).toMatchObject({ letters: 3, rightToLeft: 0 });
  });
  it("treats a lone surrogate as no letter", () => {
    expect(countLetterScripts("\udc00a\ud800", 100)).toMatchObject({ letters: 1 });
  });
});
