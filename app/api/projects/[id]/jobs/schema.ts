import { z } from "zod";

export const projectJobsParams = z.object({ id: z.coerce.number().int().positive() });
