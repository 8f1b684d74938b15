import { existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const repoRoot = fileURLToPath(new URL("../..", import.meta.url));

// The REFI-QDA schemas and the real tools' samples live beside the checkout, not in it (their README asks that
// they are not copied into projects). A clone elsewhere finds them through REFI_QDA_FORMATS_DIR or the workplace.
const candidates = [
  process.env.REFI_QDA_FORMATS_DIR,
  path.resolve(repoRoot, "../shared/formats/refi-qda"),
  "/work/shared/formats/refi-qda",
].filter((dir): dir is string => dir !== undefined && dir !== "");

function findFormatsDir(): string {
  const found = candidates.find((dir) => existsSync(path.join(dir, "Project.xsd")));
  if (found === undefined) {
    throw new Error(`REFI-QDA schemas and samples not found; set REFI_QDA_FORMATS_DIR. Looked in: ${candidates.join(", ")}`);
  }
  return found;
}

/** The folder holding Project.xsd, Codebook.xsd, the standard's examples and samples/ of real tools' exports. */
export const refiQdaFormatsDir = findFormatsDir();
export const refiQdaSamplesDir = path.join(refiQdaFormatsDir, "samples");
