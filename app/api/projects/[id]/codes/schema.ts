import { z } from "zod";

export const projectParams = z.object({ id: z.coerce.number().int().positive() });
