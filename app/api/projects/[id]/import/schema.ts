import { z } from "zod";
import { columnMappingOverrideSchema } from "@/lib/import/suggest-column-mapping";

export const importParams = z.object({ id: z.coerce.number().int().positive() });

const idList = z.preprocess((value) => (value === undefined || value === "" ? [] : Array.isArray(value) ? value : [value]), z.array(z.coerce.number().int().positive()));

// The upload as server/read-upload.ts streamed it to a temporary file.
const uploadedFile = z.object({ name: z.string(), path: z.string(), bytes: z.number() }, { message: "Attach one file in the field \"file\"." });

export const importForm = z.object({
  file: uploadedFile,
  // The CSV column mapping chosen in the preview, as JSON {header: field or null}.
  mapping: z
    .string()
    .optional()
    .transform((value, context) => {
      if (!value) return undefined;
      const parsed = columnMappingOverrideSchema.safeParse(parseJsonOrNull(value));
      if (parsed.success) return parsed.data;
      context.addIssue({ code: "custom", message: "mapping must be a JSON object from column header to field name or null." });
      return z.NEVER;
    }),
  assign: idList,
  // For a REFI-QDA project: which coder of the project each user of the file (by name, id or GUID) is, as JSON.
  users: z
    .string()
    .optional()
    .transform((value, context) => {
      if (!value) return undefined;
      const parsed = userMappingSchema.safeParse(parseJsonOrNull(value));
      if (parsed.success) return parsed.data;
      context.addIssue({ code: "custom", message: "users must be a JSON object from a user of the file to a coder's id." });
      return z.NEVER;
    }),
});

const userMappingSchema = z.record(z.string().min(1), z.number().int().positive());

export const previewForm = z.object({ file: uploadedFile });

function parseJsonOrNull(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}
