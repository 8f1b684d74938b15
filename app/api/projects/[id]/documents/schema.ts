import { z } from "zod";
import { normaliseDate } from "@/lib/import/normalise-date";

export const projectParams = z.object({ id: z.coerce.number().int().positive() });

const optionalText = z
  .string()
  .trim()
  .max(500)
  .optional()
  .transform((value) => value || null);
const optionalDate = (field: string) =>
  optionalText.transform((value, context) => {
    if (value === null) return null;
    const date = normaliseDate(value);
    if (date) return date;
    context.addIssue({ code: "custom", message: `${field} must be a date such as 2015-03-21, 2015-03 or 2015.` });
    return z.NEVER;
  });

/** One statement pasted into the form (or posted by a script), with its speaker's facts. */
export const pastedStatement = z.object({
  title: z.string().trim().min(1, "Give the statement a title.").max(300),
  text: z.string().refine((text) => text.trim() !== "", "Paste the statement's text."),
  alias: optionalText,
  country: optionalText,
  region: optionalText,
  gender: optionalText,
  defection_date: optionalDate("defection_date"),
  statement_date: optionalDate("statement_date"),
  source: optionalText,
  url: optionalText,
  assign: z.array(z.number().int().positive()).default([]),
}).refine((statement) => statement.alias || ![statement.country, statement.region, statement.gender, statement.defection_date].some(Boolean), {
  message: "Give the speaker's alias: facts about a speaker need a speaker to belong to.",
  path: ["alias"],
});
