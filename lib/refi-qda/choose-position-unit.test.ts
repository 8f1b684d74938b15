import { describe, expect, it } from "vitest";
import { choosePositionUnit, startsWithName } from "./choose-position-unit";

// Each comment follows an emoji, so UTF-16 and code point readings differ after the first one.
const stored = "😔 first comment\n🤣 second comment\n🙂 third comment";
// UTF-16 positions of the three comments (as NVivo writes them) and their code point positions.
const utf16 = [
  { start: 3, end: 16, name: "" },
  { start: 20, end: 34, name: "" },
  { start: 38, end: 51, name: "" },
];
const codePoints = [
  { start: 2, end: 15, name: "" },
  { start: 18, end: 32, name: "" },
  { start: 35, end: 48, name: "" },
];

describe("choosePositionUnit", () => {
  it("reads UTF-16 when passages then start and end on word edges", () => {
    const choice = choosePositionUnit(stored, utf16, "MAXQDA 24");
    expect(choice.unit).toBe("utf16");
    expect(choice.evidence).toMatchObject({ wordBoundaryHitsUtf16: 3, astralCharsBeforeLastEnd: 3 });
  });

  it("reads code points when passages then start and end on word edges", () => {
    const choice = choosePositionUnit(stored, codePoints, "NVivo for Mac 15.0.0");
    expect(choice.unit).toBe("codePoints");
    expect(choice.evidence).toMatchObject({ wordBoundaryHitsCodePoints: 3 });
  });

  it("follows the passages' names first, as ATLAS.ti writes the quotation's first words", () => {
    const named = codePoints.map((selection, i) => ({ ...selection, name: ["first comment", "second comment", "third comment"][i]! }));
    expect(choosePositionUnit(stored, named, null).unit).toBe("codePoints");
    expect(choosePositionUnit(stored, named, null).evidence).toMatchObject({ nameMatchesCodePoints: 3, nameMatchesUtf16: 0 });
  });

  it("says either when no character above U+FFFF comes before the last position", () => {
    expect(choosePositionUnit("plain text", [{ start: 0, end: 5, name: null }], null).unit).toBe("either");
  });

  it("lets the tool decide a tie: UTF-16 for NVivo, code points for any other", () => {
    // Read either way, 3–7 of "x😔  aa  bb" starts and ends beside spaces, so the evidence cannot tell them apart.
    const tie = [{ start: 3, end: 7, name: null }];
    expect(choosePositionUnit("x😔  aa  bb", tie, "NVivo for Windows 12.6").unit).toBe("utf16");
    expect(choosePositionUnit("x😔  aa  bb", tie, "ATLAS.ti 23").unit).toBe("codePoints");
  });

  it("has nothing to choose without passages", () => {
    expect(choosePositionUnit("text", [], null)).toEqual({ unit: null, evidence: null });
  });
});

describe("startsWithName", () => {
  it("ignores whitespace and a trailing ellipsis", () => {
    expect(startsWithName("Oh, that was great.\nSee you tomorrow?", "Oh, that was great. See you…")).toBe(true);
    expect(startsWithName("favoritos.Dificultad: Media", "favoritos. Dificultad:...")).toBe(true);
  });
  it("is false for a name that is not the text's beginning, and for an empty name", () => {
    expect(startsWithName("This district goal", "line:6")).toBe(false);
    expect(startsWithName("anything", " ")).toBe(false);
  });
});
