/**
 * A code of the codebook as the JSON API and the palette use it; `key` is the keyboard shortcut. `parentId` places it
 * in the tree (null at the top), `position` orders it among its siblings, and a group organises the tree but cannot
 * itself be coded.
 */
export type CodeJson = {
  id: number;
  parentId: number | null;
  position: number;
  isGroup: boolean;
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
  parentId: number | null;
  position: number;
  isGroup: boolean;
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
    parentId: row.parentId,
    position: row.position,
    isGroup: row.isGroup,
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
