import { z } from "zod";
import { exportQuery } from "../export/schema";

export const exportsParams = z.object({ id: z.coerce.number().int().positive() });

/** The same choices as GET /api/projects/:id/export, as a JSON body. */
export const exportsBody = exportQuery.strict();
