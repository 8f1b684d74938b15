import { describe, expect, it } from "vitest";
import { defaultCodebook } from "@/lib/codebook/default-codebook";
import { buildHighlightPalette, contrastRatio, darkenToContrast, parseHexColour, worstContrastOver, worstTextContrast } from "./highlight-palette";

describe("contrastRatio", () => {
  it("gives 21:1 for black on white and 1:1 for equal colours (WCAG 2.2 definition)", () => {
    expect(contrastRatio([0, 0, 0], [255, 255, 255])).toBeCloseTo(21, 6);
    expect(contrastRatio([21, 101, 192], [21, 101, 192])).toBe(1);
  });

  it("matches the WebAIM contrast checker for #1565c0 on white: 5.75:1 (retrieved 2026)", () => {
    expect(contrastRatio(parseHexColour("#1565c0")!, [255, 255, 255])).toBeCloseTo(5.75, 2);
  });
});

describe("buildHighlightPalette", () => {
  it("keeps the text at 4.5:1 or more wherever the four default codes overlap", () => {
    const colours = defaultCodebook.map((entry) => entry.color);
    const palette = buildHighlightPalette(colours);
    expect(worstTextContrast(colours.map((colour) => parseHexColour(colour)!), palette.alpha)).toBeGreaterThanOrEqual(4.5);
    expect(palette.codes).toHaveLength(4);
    expect(palette.codes[0]!.background).toMatch(/^rgb\(21 101 192 \/ 0\.\d+\)$/);
  });

  it("outlines the selected annotation in a grey without hue, 3:1 or more over any overlap of tints: no code's colour", () => {
    const layers = defaultCodebook.map((entry) => parseHexColour(entry.color)!);
    const palette = buildHighlightPalette(defaultCodebook.map((entry) => entry.color));
    const [r, g, b] = parseHexColour(palette.selection)!;
    expect(r === g && g === b).toBe(true);
    expect(worstContrastOver([r, g, b], layers, palette.alpha)).toBeGreaterThanOrEqual(3);
    for (const code of palette.codes) expect(code.line).not.toBe(`rgb(${r} ${g} ${b})`);
  });

  it("lowers the translucency for dark codebooks so overlaps stay readable", () => {
    const dark = buildHighlightPalette(["#000000", "#101010", "#202020", "#303030"]);
    const light = buildHighlightPalette(["#ffeb3b", "#80deea", "#ffcc80", "#c5e1a5"]);
    expect(dark.alpha).toBeLessThan(light.alpha);
    expect(worstTextContrast(["#000000", "#101010", "#202020", "#303030"].map((c) => parseHexColour(c)!), dark.alpha)).toBeGreaterThanOrEqual(4.5);
  });

  it("darkens a pale code colour for its underline until it reaches 3:1 against the page", () => {
    const yellow = parseHexColour("#ffeb3b")!;
    expect(contrastRatio(darkenToContrast(yellow, 3), [255, 255, 255])).toBeGreaterThanOrEqual(3);
    expect(buildHighlightPalette(["#1565c0"]).codes[0]!.line).toBe("rgb(21 101 192)");
  });

  it("paints a colour it cannot read in grey instead of failing", () => {
    expect(buildHighlightPalette(["tomato"]).codes[0]!.line).toBe("rgb(117 117 117)");
  });
});

describe("parseHexColour", () => {
  it("reads three- and six-digit hex colours and refuses anything else", () => {
    expect(parseHexColour("#fff")).toEqual([255, 255, 255]);
    expect(parseHexColour("2e7d32")).toEqual([46, 125, 50]);
    expect(parseHexColour("rgb(0,0,0)")).toBeNull();
  });
});
