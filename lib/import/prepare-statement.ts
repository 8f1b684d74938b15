import { contentHash } from "./content-hash";
import { detectDirection } from "./detect-direction";
import { guessLanguage } from "./guess-language";
import { replaceForbiddenCharacters } from "../text/forbidden-characters";
import { normaliseText } from "./normalise-text";
import type { ImportedStatement } from "./types";

/** A statement ready to store: text normalised once (LF, no BOM), its language guess, direction and content hash. */
export function prepareStatement(title: string, rawText: string): ImportedStatement {
  const text = normaliseText(rawText);
  return { title: replaceForbiddenCharacters(title), text, language: guessLanguage(text), direction: detectDirection(text), contentHash: contentHash(text) };
}
