import { z } from "zod";

const id = z.coerce.number().int().positive();

export const codeParams = z.object({ id, codeId: id });
export const mergePreviewQuery = z.object({ into: id });
