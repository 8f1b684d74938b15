import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { unzipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { parseQde } from "./parse-qde";
import { parseQdpx } from "./parse-qdpx";
import { testimonyProject } from "./testimony-project.test-support";
import type { ImportedProject, RefiProject } from "./types";
import { writeQdpx } from "./write-qdpx";
import { schemaErrors } from "./xmllint.test-support";
import { refiQdaSamplesDir } from "./shared-formats.test-support";

function exported(project: RefiProject): Uint8Array {
  const result = writeQdpx(project);
  if (!result.ok) throw new Error(result.error.message);
  return new Uint8Array(Buffer.concat([...result.value]));
}

function imported(bytes: Uint8Array): ImportedProject {
  const result = parseQdpx(bytes);
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

/**
 * What an export must carry unchanged: codes, sources and codings, without what the importer adds. Codings are
 * compared in GUID order: an export writes each source's passages in text order.
 */
function carried(project: RefiProject) {
  return {
    codes: project.codes,
    sources: project.sources.map(({ guid, name, text, description, values, userGuid, createdAt }) => ({ guid, name, text, description, values, userGuid, createdAt })),
    codings: project.codings
      .map(({ guid, sourceGuid, codeGuid, start, end, quote, userGuid, createdAt }) => ({ guid, sourceGuid, codeGuid, start, end, quote, userGuid, createdAt }))
      .sort((a, b) => a.guid.localeCompare(b.guid)),
  };
}

describe("writeQdpx", () => {
  it("writes project.qde, valid against Project.xsd, and one text file per source", () => {
    const files = unzipSync(exported(testimonyProject()));
    expect(Object.keys(files).sort()).toEqual([
      "project.qde",
      "sources/a0b1c2d3-e4f5-4a6b-8c7d-9e0f1a2b3c4d.txt",
      "sources/f0e1d2c3-b4a5-4968-8776-655443322110.txt",
    ]);
    expect(schemaErrors(files["project.qde"]!, "Project.xsd")).toBe("");
    expect(new TextDecoder().decode(files["sources/f0e1d2c3-b4a5-4968-8776-655443322110.txt"])).toBe(testimonyProject().sources[1]!.text);
  });

  it("writes positions in code points, as REFI-QDA says, so the emoji counts one", () => {
    const xml = new TextDecoder().decode(unzipSync(exported(testimonyProject()))["project.qde"]);
    expect(xml).toContain('startPosition="25" endPosition="34"');
    expect(xml).toContain('plainTextPath="internal://f0e1d2c3-b4a5-4968-8776-655443322110.txt"');
    expect(xml).toContain('origin="Testimony Coder"');
  });

  it("imports back unchanged, and writes the same file again", () => {
    const project = testimonyProject();
    const first = exported(project);
    const back = imported(first);
    expect(carried(back)).toEqual(carried(project));
    expect(back.users).toEqual(project.users);
    expect(back.cases).toEqual(project.cases);
    expect(back.variables).toEqual(project.variables);
    expect(back.sets).toEqual(project.sets);
    expect(back.warnings).toEqual([]);
    expect(back.unplacedCodings).toEqual([]);
    // Codings that shared a passage share it again; a coding without one got a derived passage GUID.
    expect(back.codings[0]?.selectionGuid).toBe("22222222-bbbb-4bbb-8bbb-222222222222");
    expect(back.codings[1]?.selectionGuid).toBe("22222222-bbbb-4bbb-8bbb-222222222222");
    const second = exported(back);
    expect(unzipSync(second)["project.qde"]).toEqual(unzipSync(first)["project.qde"]);
    expect(second).toEqual(first);
  });

  it("exports every sample it imports as a valid .qdpx that imports back with the same codes, sources and codings", () => {
    for (const sample of readdirSync(refiQdaSamplesDir).filter((name) => !name.includes("."))) {
      const file = readdirSync(path.join(refiQdaSamplesDir, sample)).find((name) => /\.(qdpx|qde)$/.test(name));
      if (file === undefined) continue;
      const bytes = new Uint8Array(readFileSync(path.join(refiQdaSamplesDir, sample, file)));
      const original = file.endsWith(".qdpx") ? parseQdpx(bytes) : parseQde(bytes);
      if (!original.ok) throw new Error(original.error.message);
      const again = exported(original.value);
      expect(schemaErrors(unzipSync(again)["project.qde"]!, "Project.xsd"), sample).toBe("");
      expect(carried(imported(again)), sample).toEqual(carried(original.value));
    }
  });

  it("gives a large project in pieces of at most a few megabytes, never the whole archive at once", () => {
    const project = testimonyProject();
    const source = project.sources[1]!;
    for (let i = 0; i < 20_000; i++) {
      project.codings.push({ ...project.codings[3]!, guid: `00000000-0000-4000-8000-${i.toString(16).padStart(12, "0")}`, selectionGuid: null });
    }
    const result = writeQdpx(project);
    if (!result.ok) throw new Error(result.error.message);
    const pieces = [...result.value];
    expect(pieces.length).toBeGreaterThan(5);
    expect(Math.max(...pieces.map((piece) => piece.length))).toBeLessThan(4 * 1024 * 1024);
    const back = imported(new Uint8Array(Buffer.concat(pieces)));
    expect(back.codings.filter((coding) => coding.sourceGuid === source.guid)).toHaveLength(20_001);
  });

  it("refuses what REFI-QDA cannot hold, naming each problem", () => {
    const project = testimonyProject();
    project.codes[0]!.color = "#1F77B4FF";
    project.codings[3]!.quote = "Hunger.";
    project.codings[2]!.end = 99;
    expect(writeQdpx(project)).toEqual({
      ok: false,
      error: {
        code: "invalid-export",
        message:
          'The project cannot be exported as REFI-QDA: Code "Reasons for leaving" has the colour "#1F77B4FF"; REFI-QDA accepts #RRGGBB or #RGB, without alpha; ' +
          'Coding 44444444-dddd-4ddd-8ddd-444444444444 on "Interview 1 (ar/ko)" spans 29–99, which is not a passage of its text (52 code points); ' +
          'Coding 55555555-eeee-4eee-8eee-555555555555 on "Interview 2" quotes "Hunger.", which is not the text at 25–34.',
      },
    });
  });

  it("refuses references to codes, sources and users the project does not have, and malformed GUIDs", () => {
    const project = testimonyProject();
    project.codings[0]!.codeGuid = "00000000-0000-4000-8000-000000000000";
    project.sets[0]!.sourceGuids.push("12345678123456781234567812345678");
    project.sources[1]!.userGuid = "00000000-0000-4000-8000-00000000000a";
    const result = writeQdpx(project);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.message).toContain('Source "Interview 2" refers to 00000000-0000-4000-8000-00000000000a, which is not in the project');
    expect(result.error.message).toContain("refers to 00000000-0000-4000-8000-000000000000, which is not in the project");
    expect(result.error.message).toContain('Set "Interviews in Arabic" refers to 12345678123456781234567812345678');
  });

  it("refuses a variable value of the wrong type", () => {
    const project = testimonyProject();
    project.variables.push({ guid: "0a0b0c0d-0e0f-4a1b-8c2d-3e4f5a6b7c8d", name: "Born", type: "Date", description: null });
    project.cases[0]!.values.push({ variableGuid: "0a0b0c0d-0e0f-4a1b-8c2d-3e4f5a6b7c8d", value: "March 1990" });
    expect(writeQdpx(project)).toMatchObject({
      ok: false,
      error: { message: expect.stringContaining('Case "Speaker 1" gives "Born" the value "March 1990", which is not a valid Date') },
    });
  });
});
