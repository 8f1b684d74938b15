/**
 * A coder's own keys 1–9, over the codebook's: a digit mapped to a code id, or to null where the coder took the
 * codebook's key away. Digits the coder never touched keep the supervisor's shortcut.
 */
export type CoderKeys = Readonly<Record<string, number | null>>;

export const CODER_KEY_DIGITS = ["1", "2", "3", "4", "5", "6", "7", "8", "9"] as const;

type KeyedCode = { id: number; key: string | null; isGroup: boolean };

/** The codes with the keys the coder sees; a group has none, as it cannot be coded. */
export function applyCoderKeys<C extends KeyedCode>(codes: readonly C[], coderKeys: CoderKeys): C[] {
  const digitOf = new Map<number, string>();
  for (const [digit, id] of Object.entries(coderKeys)) if (id !== null) digitOf.set(id, digit);
  return codes.map((code) => {
    const key = code.isGroup ? null : (digitOf.get(code.id) ?? (code.key !== null && code.key in coderKeys ? null : code.key));
    return key === code.key ? code : { ...code, key };
  });
}

/**
 * Gives `digit` to the code `codeId` (null: to no code). The code loses the digit it had from the coder, so one code
 * has one key, and the code that had `digit` loses it.
 */
export function assignCoderKey(coderKeys: CoderKeys, digit: string, codeId: number | null): CoderKeys {
  const next: Record<string, number | null> = {};
  for (const [other, id] of Object.entries(coderKeys)) if (codeId === null || id !== codeId) next[other] = id;
  next[digit] = codeId;
  return next;
}

/**
 * Coder keys read back from storage (JSON another version or another hand may have written): an object of digits 1–9
 * to a whole code id or null, else null. Checked by hand, so the workspace ships no schema library for two small values.
 */
export function parseCoderKeys(value: unknown): CoderKeys | null {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return null;
  const entries = Object.entries(value);
  const valid = entries.every(([digit, id]) => /^[1-9]$/.test(digit) && (id === null || Number.isInteger(id)));
  return valid ? (Object.fromEntries(entries) as CoderKeys) : null;
}

/** A list of at most `max` whole code ids read back from storage, else null. */
export function parseCodeIdList(value: unknown, max: number): number[] | null {
  return Array.isArray(value) && value.length <= max && value.every((id) => Number.isInteger(id)) ? (value as number[]) : null;
}
