import { describe, expect, it } from "vitest";
import { parseQde } from "./parse-qde";
import { testimonyProject } from "./testimony-project.test-support";
import { writeQde } from "./write-qde";
import { schemaErrors } from "./xmllint.test-support";

function written(project = testimonyProject()): string {
  const result = writeQde(project);
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

describe("writeQde", () => {
  it("writes a self-contained .qde, valid against Project.xsd, texts inline", () => {
    const xml = written();
    expect(schemaErrors(xml, "Project.xsd")).toBe("");
    expect(xml).toContain("<PlainTextContent>Q: Why did you leave?\nA: Hunger. 🙂</PlainTextContent>");
    expect(xml).not.toContain("plainTextPath");
  });

  it("imports back with the same texts and codings, and writes the same XML again", () => {
    const project = testimonyProject();
    const back = parseQde(written(project));
    if (!back.ok) throw new Error(back.error.message);
    expect(back.value.sources.map((source) => source.text)).toEqual(project.sources.map((source) => source.text));
    expect(back.value.codings.map(({ start, end, quote }) => ({ start, end, quote }))).toEqual(
      project.codings.map(({ start, end, quote }) => ({ start, end, quote })),
    );
    expect(written(back.value)).toBe(written(project));
  });

  it("dates every Note, falling back to the project's last change, since QualCoder's import stops at a Note without one", () => {
    const project = testimonyProject();
    for (const source of project.sources) source.createdAt = null;
    const notes = [...written(project).matchAll(/<Note [^>]*>/g)].map(([tag]) => tag);
    expect(notes.length).toBeGreaterThan(1);
    for (const note of notes) expect(note).toMatch(/ creationDateTime="\d{4}-\d{2}-\d{2}T[^"]+"/);
    expect(notes.some((note) => note.includes(`creationDateTime="${project.modifiedAt ?? project.createdAt}"`))).toBe(true);
  });

  it("keeps a carriage return in inline text as &#13;, so a parser does not turn it into LF", () => {
    const project = testimonyProject();
    project.sources[1]!.text = "a\rb";
    project.codings = [];
    const xml = written(project);
    expect(xml).toContain("<PlainTextContent>a&#13;b</PlainTextContent>");
    expect(schemaErrors(xml, "Project.xsd")).toBe("");
  });

  it("refuses inline text XML cannot carry, and says to export a .qdpx", () => {
    const project = testimonyProject();
    project.sources[1]!.text = "page one\fpage two";
    project.codings = project.codings.slice(0, 3);
    expect(writeQde(project)).toEqual({
      ok: false,
      error: {
        code: "invalid-export",
        message:
          'The project cannot be exported as REFI-QDA: The text of source "Interview 2" (export it as .qdpx instead) holds a control character that XML cannot carry.',
      },
    });
  });
});
