/** A code of the codebook as the JSON API and the palette use it; `key` is the keyboard shortcut. */
export type CodeJson = {
  id: number;
  name: string;
  key: string | null;
  colour: string;
  definition: string;
  label: string;
  inclusion: string;
  exclusion: string;
  example: string;
};

export function toCodeJson(row: {
  id: number;
  name: string;
  shortcut: string | null;
  color: string;
  definition: string;
  label: string;
  inclusion: string;
  exclusion: string;
  example: string;
}): CodeJson {
  return {
    id: row.id,
    name: row.name,
    key: row.shortcut,
    colour: row.color,
    definition: row.definition,
    label: row.label,
    inclusion: row.inclusion,
    exclusion: row.exclusion,
    example: row.example,
  };
}
