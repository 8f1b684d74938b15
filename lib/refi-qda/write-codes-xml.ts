import type { RefiCode } from "./types";
import { escapeAttribute, escapeText } from "./xml-escape";

/** Appends `<Code>` elements, sub-codes nested inside their parent as the schemas require, to `out`. */
export function writeCodesXml(codes: RefiCode[], out: string[], indent: string): void {
  for (const code of codes) {
    const color = code.color ? ` color="${escapeAttribute(code.color)}"` : "";
    const head = `${indent}<Code guid="${escapeAttribute(code.guid)}" name="${escapeAttribute(code.name)}" isCodable="${code.isCodable}"${color}`;
    if (code.description == null && code.children.length === 0) {
      out.push(`${head}/>\n`);
      continue;
    }
    out.push(`${head}>\n`);
    if (code.description != null) out.push(`${indent}  <Description>${escapeText(code.description)}</Description>\n`);
    writeCodesXml(code.children, out, `${indent}  `);
    out.push(`${indent}</Code>\n`);
  }
}
