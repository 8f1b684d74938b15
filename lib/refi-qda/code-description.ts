/** The parts of a code's definition that the app keeps apart, and REFI-QDA carries as one Description. */
export type CodeFields = { definition: string; inclusion: string; exclusion: string; example: string; label: string; shortcut: string | null };

// Each field after the definition is a paragraph starting with its label, so another tool shows a readable text.
const LABELS: [Exclude<keyof CodeFields, "definition">, string][] = [
  ["inclusion", "Include"],
  ["exclusion", "Exclude"],
  ["example", "Example"],
  ["label", "Label"],
  ["shortcut", "Shortcut"],
];
const ALL_LABELS = ["Definition", ...LABELS.map(([, label]) => label)];
const SECTION = new RegExp(`\\n\\n(?=(?:${ALL_LABELS.join("|")}): )`);
const STARTS_LABELLED = new RegExp(`^(?:${ALL_LABELS.join("|")}): `);

/**
 * One Description holding every field: the definition first, then "Include: …", "Exclude: …", "Example: …",
 * "Label: …" and "Shortcut: …" paragraphs for the fields that are set. The definition gets a "Definition: " label
 * only when it would otherwise be misread (other fields follow, or it starts like a label). `label` is left out when
 * it equals `name`, since an import derives it from the name. Null when there is nothing to say.
 */
export function formatCodeDescription(fields: CodeFields, name: string): string | null {
  const sections: string[] = [];
  for (const [field, label] of LABELS) {
    const value = fields[field];
    if (value && !(field === "label" && value === name)) sections.push(`${label}: ${value}`);
  }
  const { definition } = fields;
  if (sections.length === 0 && !STARTS_LABELLED.test(definition)) return definition === "" ? null : definition;
  return [`Definition: ${definition}`, ...sections].join("\n\n");
}

/**
 * The fields back out of a Description: when it starts with "Definition: " (as formatCodeDescription writes it
 * whenever other fields follow), each labelled paragraph goes to its field; any other text (another tool's) is the
 * definition whole. `label` defaults to the name cut at 40 characters.
 */
export function parseCodeDescription(description: string | null | undefined, name: string): CodeFields {
  const fields: CodeFields = { definition: description ?? "", inclusion: "", exclusion: "", example: "", label: name.slice(0, 40), shortcut: null };
  if (description == null || !description.startsWith("Definition: ")) return fields;
  for (const section of description.split(SECTION)) {
    const colon = section.indexOf(": ");
    const label = section.slice(0, colon);
    const value = section.slice(colon + 2);
    if (label === "Definition") fields.definition = value;
    else {
      const field = LABELS.find(([, candidate]) => candidate === label)![0];
      if (field === "shortcut") fields.shortcut = value;
      else fields[field] = value;
    }
  }
  return fields;
}
