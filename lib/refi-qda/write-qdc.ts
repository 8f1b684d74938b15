import { checkCodebook } from "./check-project";
import { exportError } from "./export-error";
import { CODEBOOK_NAMESPACE, EXPORT_ORIGIN } from "./namespaces";
import type { RefiCodebook, RefiResult } from "./types";
import { writeCodesXml } from "./write-codes-xml";
import { escapeAttribute, escapeText } from "./xml-escape";

/**
 * The codebook as a .qdc (Codebook.xsd): codes, nested, with colours and descriptions, and sets of codes. An empty
 * `<Sets/>` fails the schema (Taguette writes one), so sets are written only when there are some.
 */
export function writeQdc(codebook: RefiCodebook): RefiResult<string> {
  const problems = checkCodebook(codebook);
  if (problems.length > 0) return { ok: false, error: exportError("codebook", problems) };
  const out = [
    '<?xml version="1.0" encoding="utf-8"?>\n',
    `<CodeBook xmlns="${CODEBOOK_NAMESPACE}" origin="${escapeAttribute(EXPORT_ORIGIN)}">\n`,
    "  <Codes>\n",
  ];
  writeCodesXml(codebook.codes, out, "    ");
  out.push("  </Codes>\n");
  if (codebook.sets.length > 0) {
    out.push("  <Sets>\n");
    for (const set of codebook.sets) {
      out.push(`    <Set guid="${escapeAttribute(set.guid)}" name="${escapeAttribute(set.name)}">\n`);
      if (set.description != null) out.push(`      <Description>${escapeText(set.description)}</Description>\n`);
      for (const guid of set.codeGuids) out.push(`      <MemberCode guid="${escapeAttribute(guid)}"/>\n`);
      out.push("    </Set>\n");
    }
    out.push("  </Sets>\n");
  }
  out.push("</CodeBook>\n");
  return { ok: true, value: out.join("") };
}
