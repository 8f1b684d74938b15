import { z } from "zod";
import { EXPORT_FORMATS } from "@/services/export/export-project";
import { assignmentStatuses } from "@/db/schema";

// The export form sends every filter; one left at "any" arrives empty and means no filter.
const emptyAsAbsent = <T extends z.ZodType>(schema: T) => z.preprocess((value) => (value === "" ? undefined : value), schema.optional());

export const exportParams = z.object({ id: z.coerce.number().int().positive() });

export const exportQuery = z.object({
  format: z.enum(EXPORT_FORMATS, `format must be one of ${EXPORT_FORMATS.join(", ")}.`),
  layer: z.enum(["coders", "consensus"], "layer must be coders or consensus.").default("coders"),
  region: emptyAsAbsent(z.string()),
  country: emptyAsAbsent(z.string()),
  gender: emptyAsAbsent(z.string()),
  status: emptyAsAbsent(z.enum(assignmentStatuses)),
});
