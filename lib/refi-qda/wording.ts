/** "1 code", "3 codes": a count with its noun. */
export function plural(n: number, noun: string, nouns = `${noun}s`): string {
  return `${n} ${n === 1 ? noun : nouns}`;
}

/** "was" for one, "were" for several. */
export function was(n: number): string {
  return n === 1 ? "was" : "were";
}

/** Up to five items, quoted, then how many more: enough to find them, short enough to read. */
export function listSome(items: string[]): string {
  const shown = items.slice(0, 5).map((item) => `"${item}"`).join(", ");
  return items.length > 5 ? `${shown} and ${items.length - 5} more` : shown;
}
