import { z } from "zod";
import { MAX_QUERY_LENGTH } from "@/lib/analysis/build-fts-query";
import { HIT_SCOPES } from "@/lib/analysis/expand-span";

const id = z.coerce.number().int().positive();

export const projectParams = z.object({ id });
export const suggestionParams = z.object({ id, suggestionId: id });

const filter = z.string().max(200).optional();

/** The search, the code and the passage each hit stands for, and the analysis filters the search ran under. */
export const codeAllHitsBody = z.strictObject({
  query: z.string().trim().min(1, "Type a search first.").max(MAX_QUERY_LENGTH),
  codeId: id,
  scope: z.enum(HIT_SCOPES).default("sentence"),
  from: filter,
  to: filter,
  region: filter,
  country: filter,
  gender: filter,
});

export const documentQuery = z.strictObject({ documentId: id });

export const decisionBody = z.strictObject({ decision: z.enum(["accepted", "rejected"]) });
