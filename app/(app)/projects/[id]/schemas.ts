import { z } from "zod";

const projectId = z.coerce.number().int().positive();

export const roundActionSchema = z.object({
  projectId,
  action: z.enum(["lock", "unlock", "reveal", "hide", "show-suggestions", "hide-suggestions", "new-round"]),
});

export const codeWordingSchema = z.object({
  projectId,
  codeId: z.coerce.number().int().positive(),
  name: z.string().trim().min(1, "A code needs a name.").max(120),
  label: z.string().trim().min(1, "A code needs a short label.").max(40),
  definition: z.string().trim().max(5000),
  inclusion: z.string().trim().max(5000),
  exclusion: z.string().trim().max(5000),
  example: z.string().trim().max(5000),
  color: z.string().regex(/^#[0-9a-f]{6}$/i, "The colour is written #rrggbb."),
});
