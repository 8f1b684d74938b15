import { z } from "zod";
import { adjudicationStatuses } from "@/db/schema";

export const documentParams = z.object({ id: z.coerce.number().int().positive() });

const memo = z.string().max(20_000, "a memo holds at most 20,000 characters");

export const adjudicationBody = z
  .strictObject({
    status: z.enum(adjudicationStatuses, "status must be not_started, in_progress or done").optional(),
    memo: memo.optional(),
  })
  .refine((body) => body.status !== undefined || body.memo !== undefined, { message: "send a status, a memo or both" });

export const rejectionBody = z.strictObject({
  annotation: z.number({ error: "annotation must be the id of a coder's annotation" }).int().positive(),
  memo: memo.default(""),
});
