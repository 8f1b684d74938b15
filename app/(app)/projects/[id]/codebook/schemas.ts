import { z } from "zod";

const id = z.coerce.number().int().positive();
// A form sends "" for "no code": the top level, or no sibling after.
const optionalId = z.union([z.literal("").transform(() => null), id]);

export const addCodeSchema = z.object({
  projectId: id,
  parentId: optionalId,
  name: z.string().trim().min(1, "A code needs a name.").max(120),
  color: z.string().regex(/^#[0-9a-f]{6}$/i, "The colour is written #rrggbb."),
});

export const moveCodeSchema = z.object({ projectId: id, codeId: id, parentId: optionalId, beforeId: optionalId });

export const keyAndGroupSchema = z.object({
  projectId: id,
  codeId: id,
  shortcut: z
    .string()
    .trim()
    .regex(/^[1-9]?$/, "A key is one digit from 1 to 9, or empty for none.")
    .transform((key) => key || null),
  // An unchecked checkbox sends nothing.
  isGroup: z.literal("on").optional().transform(Boolean),
});

export const mergeCodeSchema = z.object({ projectId: id, codeId: id, targetId: id });

export const deleteCodeSchema = z.object({ projectId: id, codeId: id });

/** `?code=ID` opens that code's form. */
export const codebookSearchParams = z.object({ code: id.optional() });
