import { describe, expect, it } from "vitest";
import { type CodeFields, formatCodeDescription, parseCodeDescription } from "./code-description";

const none: CodeFields = { definition: "", inclusion: "", exclusion: "", example: "", label: "Hunger", shortcut: null };

describe("formatCodeDescription and parseCodeDescription", () => {
  it("write every field as a labelled paragraph and read each back into its field", () => {
    const fields: CodeFields = {
      definition: "Hunger as a reason.\n\nSecond paragraph.",
      inclusion: "Food shortage",
      exclusion: "Thirst",
      example: "\"We had no bread\"",
      label: "Hng",
      shortcut: "3",
    };
    const written = formatCodeDescription(fields, "Hunger")!;
    expect(written).toBe(
      'Definition: Hunger as a reason.\n\nSecond paragraph.\n\nInclude: Food shortage\n\nExclude: Thirst\n\nExample: "We had no bread"\n\nLabel: Hng\n\nShortcut: 3',
    );
    expect(parseCodeDescription(written, "Hunger")).toEqual(fields);
  });

  it("writes a lone definition as it is, and reads another tool's description as the definition whole", () => {
    expect(formatCodeDescription({ ...none, definition: "Just this." }, "Hunger")).toBe("Just this.");
    expect(formatCodeDescription(none, "Hunger")).toBeNull();
    expect(parseCodeDescription("Include: reads like a label but is NVivo's text", "Hunger")).toEqual({ ...none, definition: "Include: reads like a label but is NVivo's text" });
    expect(parseCodeDescription(null, "A name longer than forty characters, as NVivo allows")).toEqual({ ...none, label: "A name longer than forty characters, as " });
  });

  it("labels a definition that starts like a label, so that it comes back unchanged", () => {
    const fields = { ...none, definition: "Example: a definition written like this" };
    expect(parseCodeDescription(formatCodeDescription(fields, "Hunger"), "Hunger")).toEqual(fields);
  });
});
