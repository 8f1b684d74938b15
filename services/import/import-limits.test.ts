import { afterEach, describe, expect, it, vi } from "vitest";
import { DEFAULT_IMPORT_LIMITS } from "@/lib/import/check-import-limits";
import { getImportLimits } from "./import-limits";

describe("getImportLimits", () => {
  afterEach(() => vi.unstubAllEnvs());

  it("gives the defaults when nothing is set: 2,000 PDF pages and 200 MB expanded among them", () => {
    for (const name of ["IMPORT_MAX_FILE_MB", "IMPORT_MAX_FILES", "IMPORT_MAX_CHARACTERS", "IMPORT_MAX_PDF_PAGES", "IMPORT_MAX_EXPANDED_MB"]) {
      vi.stubEnv(name, "");
    }
    expect(getImportLimits()).toEqual(DEFAULT_IMPORT_LIMITS);
    expect(DEFAULT_IMPORT_LIMITS).toMatchObject({ maxPdfPages: 2_000, maxExpandedBytes: 200 * 1024 * 1024 });
  });

  it("reads IMPORT_MAX_PDF_PAGES as pages and IMPORT_MAX_EXPANDED_MB as megabytes, ignoring what is not a positive number", () => {
    vi.stubEnv("IMPORT_MAX_PDF_PAGES", "50");
    vi.stubEnv("IMPORT_MAX_EXPANDED_MB", "1.5");
    vi.stubEnv("IMPORT_MAX_CHARACTERS", "-3");
    expect(getImportLimits()).toMatchObject({
      maxPdfPages: 50,
      maxExpandedBytes: 1.5 * 1024 * 1024,
      maxTotalCharacters: DEFAULT_IMPORT_LIMITS.maxTotalCharacters,
    });
  });
});
