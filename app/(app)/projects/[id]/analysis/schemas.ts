import { z } from "zod";

export const shareAnalysisSchema = z.object({
  projectId: z.coerce.number().int().positive(),
  shared: z.enum(["true", "false"]).transform((value) => value === "true"),
});
