import { z } from "zod";

export const documentParams = z.object({ id: z.coerce.number().int().positive() });
