/**
 * Colours for painting coded passages. Highlights of different codes overlap, and CSS highlights cannot stack
 * backgrounds side by side, so each code gets a translucent background (overlaps mix into a visibly different tint)
 * and an underline in its own colour. The translucency is chosen so that the text stays readable (WCAG contrast
 * 4.5:1 against the text colour) wherever any combination of codes overlaps; underlines are darkened until they reach
 * the 3:1 WCAG asks of graphics against the page. The selected annotation is outlined in a neutral colour, never
 * tinted: a tint mixed with a code's tint reads as another code (amber over code 2's red looked like a paler red).
 */
export type Rgb = readonly [number, number, number];

export type HighlightPalette = {
  /** Background alpha shared by every code. */
  alpha: number;
  /** Per code, in the order given: the translucent background and the underline colour, as CSS colours. */
  codes: { background: string; line: string }[];
  /** The outline of the selected annotation: a grey without hue, at 3:1 or more against any overlap of tints. */
  selection: string;
};

export const TEXT_COLOUR = "#1d1d1f";
export const PAGE_COLOUR = "#ffffff";
export const SELECTION_COLOUR = "#1d1d1d";
const MAX_ALPHA = 0.24;
const MIN_TEXT_CONTRAST = 4.5;
const MIN_LINE_CONTRAST = 3;
// Checking every combination costs 2^n compositions; beyond this many codes only the darkest ones are combined.
const MAX_COMBINED_CODES = 10;

export function parseHexColour(hex: string): Rgb | null {
  const match = /^#?([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(hex.trim());
  if (!match) return null;
  const digits = match[1]!.length === 3 ? [...match[1]!].map((digit) => digit + digit).join("") : match[1]!;
  return [0, 2, 4].map((at) => parseInt(digits.slice(at, at + 2), 16)) as unknown as Rgb;
}

/** WCAG 2.2 relative luminance (https://www.w3.org/TR/WCAG22/#dfn-relative-luminance). */
export function relativeLuminance([r, g, b]: Rgb): number {
  const linear = (channel: number) => {
    const c = channel / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

/** WCAG 2.2 contrast ratio (https://www.w3.org/TR/WCAG22/#dfn-contrast-ratio), from 1 to 21. */
export function contrastRatio(a: Rgb, b: Rgb): number {
  const [light, dark] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

/** `layer` painted with `alpha` over `base`, as browsers composite highlight backgrounds (in sRGB). */
export function composite(base: Rgb, layer: Rgb, alpha: number): Rgb {
  return [0, 1, 2].map((i) => base[i]! * (1 - alpha) + layer[i]! * alpha) as unknown as Rgb;
}

/** The lowest contrast of `colour` over every combination of `layers` painted with `alpha` over the page. */
export function worstContrastOver(colour: Rgb, layers: readonly Rgb[], alpha: number): number {
  const considered = [...layers].sort((a, b) => relativeLuminance(a) - relativeLuminance(b)).slice(0, MAX_COMBINED_CODES);
  let worst = Infinity;
  for (let subset = 0; subset < 1 << considered.length; subset++) {
    let background = parseHexColour(PAGE_COLOUR)!;
    considered.forEach((layer, i) => {
      if (subset & (1 << i)) background = composite(background, layer, alpha);
    });
    worst = Math.min(worst, contrastRatio(colour, background));
  }
  return worst;
}

/** The lowest text contrast over every combination of `layers` painted in order over the page. */
export const worstTextContrast = (layers: readonly Rgb[], alpha: number) => worstContrastOver(parseHexColour(TEXT_COLOUR)!, layers, alpha);

/** `colour` darkened towards black until it reaches `ratio` against the page. */
export function darkenToContrast(colour: Rgb, ratio: number): Rgb {
  const page = parseHexColour(PAGE_COLOUR)!;
  let result = colour;
  for (let step = 1; contrastRatio(result, page) < ratio && step <= 20; step++) result = composite(colour, [0, 0, 0], step * 0.05);
  return result;
}

/** Colours for the codes' hex colours in `colours` (an unreadable colour is painted grey). */
export function buildHighlightPalette(colours: readonly string[]): HighlightPalette {
  const layers = colours.map((colour) => parseHexColour(colour) ?? ([117, 117, 117] as const));
  let alpha = MAX_ALPHA;
  while (alpha > 0.05 && worstTextContrast(layers, alpha) < MIN_TEXT_CONTRAST) alpha = Math.round((alpha - 0.01) * 100) / 100;
  return {
    alpha,
    codes: layers.map((layer) => ({ background: toCss(layer, alpha), line: toCss(darkenToContrast(layer, MIN_LINE_CONTRAST)) })),
    selection: SELECTION_COLOUR,
  };
}

function toCss(rgb: Rgb, alpha?: number): string {
  const channels = rgb.map((channel) => Math.round(channel)).join(" ");
  return alpha === undefined ? `rgb(${channels})` : `rgb(${channels} / ${alpha})`;
}
