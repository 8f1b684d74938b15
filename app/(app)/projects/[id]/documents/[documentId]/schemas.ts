import { z } from "zod";
import { normaliseDate } from "@/lib/import/normalise-date";

const id = z.coerce.number().int().positive();
const optional = z
  .string()
  .trim()
  .max(500)
  .transform((value) => value || null);
const date = (field: string) =>
  optional.transform((value, context) => {
    if (value === null) return null;
    const normalised = normaliseDate(value);
    if (normalised) return normalised;
    context.addIssue({ code: "custom", message: `${field} must be a date such as 2015-03-21, 2015-03 or 2015.` });
    return z.NEVER;
  });

export const documentFactsSchema = z
  .object({
    projectId: id,
    documentId: id,
    title: z.string().trim().min(1, "A statement needs a title.").max(300),
    statementDate: date("The statement date"),
    sourceName: optional,
    sourceUrl: optional,
    alias: optional,
    country: optional,
    region: optional,
    gender: optional,
    defectionDate: date("The date of defection"),
  })
  .refine((facts) => facts.alias || ![facts.country, facts.region, facts.gender, facts.defectionDate].some(Boolean), {
    message: "Give the speaker's alias: facts about a speaker need a speaker to belong to.",
    path: ["alias"],
  });

export const deleteDocumentSchema = z.object({
  projectId: id,
  documentId: id,
  confirm: z.literal("on", "Tick the box to confirm that the statement and its annotations are deleted."),
});
