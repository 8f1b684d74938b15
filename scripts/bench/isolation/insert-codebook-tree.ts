import type { Tx } from "@/db/client";
import { codes } from "@/db/schema";

// Codes per level of the tree, root first: 750 codes, 7 levels, as a large codebook of themes, sub-themes and details.
const LEVEL_SIZES = [4, 12, 36, 90, 180, 240, 188];
const COLORS = ["#1565c0", "#c62828", "#2e7d32", "#6a1b9a", "#ef6c00", "#00838f", "#5d4037", "#ad1457"];

export type CodebookTree = { codeIds: number[]; levels: number };

/**
 * Inserts a codebook of 750 codes in a tree of 7 levels into a project: each level's codes are spread evenly over
 * the level above as their parents, and named by their path ("3.1.2"). Written directly, without audit rows.
 */
export function insertCodebookTree(tx: Tx, { projectId }: { projectId: number }): CodebookTree {
  const codeIds: number[] = [];
  let parents: { id: number; name: string; children: number }[] = [];
  for (const size of LEVEL_SIZES) {
    const level: typeof parents = [];
    for (let index = 0; index < size; index++) {
      const parent = parents.length > 0 ? parents[Math.floor((index * parents.length) / size)]! : null;
      const name = parent ? `${parent.name}.${++parent.children}` : String(index + 1);
      const id = tx
        .insert(codes)
        .values({
          projectId,
          parentId: parent?.id ?? null,
          name: `Theme ${name}`,
          label: name,
          definition: `Generated code ${name} of the isolation bench's codebook.`,
          color: COLORS[codeIds.length % COLORS.length]!,
          position: codeIds.length,
        })
        .returning({ id: codes.id })
        .get().id;
      codeIds.push(id);
      level.push({ id, name, children: 0 });
    }
    parents = level;
  }
  return { codeIds, levels: LEVEL_SIZES.length };
}
