import { z } from "zod";

export const jobParams = z.object({ id: z.string().uuid("A job id is a UUID, as POST answered it.") });
