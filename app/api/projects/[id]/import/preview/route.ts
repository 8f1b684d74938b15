import { getImportLimits } from "@/services/import/import-limits";
import { checkImportLimits } from "@/lib/import/check-import-limits";
import { parseStatementCsv } from "@/lib/import/parse-statement-csv";
import { apiRoute } from "@/server/api-route";
import { projectAccess } from "@/server/authorize";
import { AppError } from "@/server/errors";
import { importParams, previewForm } from "../schema";

/** A CSV's headers, first rows and suggested column mapping, for the supervisor to check before anything is written. */
export const POST = apiRoute(
  { params: importParams, body: previewForm, bodyIsForm: true, access: ({ params }) => projectAccess(params.id, ["supervisor"]) },
  async ({ input }) => {
    const { file } = input.body;
    const sizeCheck = checkImportLimits([{ name: file.name, byteLength: file.size }], getImportLimits());
    if (!sizeCheck.ok) throw new AppError("too_large", sizeCheck.error);
    const parsed = parseStatementCsv(new Uint8Array(await file.arrayBuffer()), { previewRows: 5 });
    if (!parsed.ok && !parsed.preview) throw new AppError("bad_request", `${file.name}: ${parsed.error}`);
    return {
      file: file.name,
      preview: parsed.preview,
      problem: parsed.ok ? (parsed.errors[0] ? `${parsed.errors.length} rows have problems, e.g. row ${parsed.errors[0].rowNumber}: ${parsed.errors[0].message}` : null) : parsed.error,
      rows: parsed.ok ? parsed.statements.length : 0,
    };
  },
);
