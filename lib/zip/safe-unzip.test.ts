import { zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { safeUnzip } from "./safe-unzip";

const text = (value: string) => new TextEncoder().encode(value);
const MB = 1024 * 1024;

/** Offset of the first central-directory header of a zip fflate wrote (one entry). */
function directoryHeader(zip: Uint8Array): number {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  for (let at = zip.length - 22; at >= 0; at--) if (view.getUint32(at, true) === 0x06054b50) return view.getUint32(at + 16, true);
  throw new Error("no end of central directory");
}

describe("safeUnzip", () => {
  it("inflates every file and lists every path", () => {
    const zip = zipSync({ "project.qde": text("<Project/>"), "Sources/a.txt": text("héllo 😔"), "empty/": new Uint8Array() });
    const result = safeUnzip(zip);
    if (!result.ok) throw new Error(result.error.message);
    expect(result.archive.paths.sort()).toEqual(["Sources/a.txt", "empty/", "project.qde"]);
    expect(new TextDecoder().decode(result.archive.files.get("Sources/a.txt"))).toBe("héllo 😔");
    expect(result.archive.files.has("empty/")).toBe(false);
  });

  it("inflates only the selected entries", () => {
    const zip = zipSync({ "project.qde": text("<Project/>"), "sources/film.mp4": new Uint8Array(1000) });
    const result = safeUnzip(zip, { select: (path) => path.endsWith(".qde") });
    if (!result.ok) throw new Error(result.error.message);
    expect([...result.archive.files.keys()]).toEqual(["project.qde"]);
    expect(result.archive.paths).toContain("sources/film.mp4");
  });

  it("refuses an entry whose path climbs out with ../", () => {
    const zip = zipSync({ "sources/../../evil.sh": text("rm -rf ~") });
    expect(safeUnzip(zip)).toEqual({
      ok: false,
      error: { kind: "unsafe", message: 'entry "sources/../../evil.sh" points outside the archive\'s folder' },
    });
  });

  it("refuses ..\\ written with Windows separators", () => {
    expect(safeUnzip(zipSync({ "..\\evil.txt": text("x") }))).toMatchObject({ ok: false, error: { kind: "unsafe" } });
  });

  it("refuses absolute paths, Unix and Windows", () => {
    expect(safeUnzip(zipSync({ "/etc/passwd": text("x") }))).toMatchObject({ ok: false, error: { message: 'entry "/etc/passwd" has an absolute path' } });
    expect(safeUnzip(zipSync({ "C:/Windows/win.ini": text("x") }))).toMatchObject({ ok: false, error: { kind: "unsafe" } });
  });

  it("refuses a hostile name even when that entry is not selected", () => {
    const zip = zipSync({ "project.qde": text("<Project/>"), "../evil.txt": text("x") });
    expect(safeUnzip(zip, { select: (path) => path === "project.qde" })).toMatchObject({ ok: false, error: { kind: "unsafe" } });
  });

  it("refuses a decompression bomb (50 MB of zeros) before inflating it", () => {
    const zip = zipSync({ "sources/bomb.txt": new Uint8Array(50 * MB) }, { level: 9 });
    expect(zip.length).toBeLessThan(500 * 1024);
    const result = safeUnzip(zip);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.kind).toBe("unsafe");
    expect(result.error.message).toMatch(/^entry "sources\/bomb.txt" would inflate \d+ times \(52428800 bytes\); at most 100 times is accepted$/);
  });

  it("refuses more inflated bytes in total than the limit allows", () => {
    const random = (n: number) => Uint8Array.from({ length: n }, (_, i) => (i * 2654435761) >>> 24);
    const zip = zipSync({ "a.txt": random(600_000), "b.txt": random(600_000) });
    expect(safeUnzip(zip, { limits: { maxTotalBytes: MB } })).toEqual({
      ok: false,
      error: { kind: "too-large", message: `its files would inflate to 1200000 bytes, more than the ${MB} accepted`, bytes: 1_200_000 },
    });
    expect(safeUnzip(zip, { limits: { maxTotalBytes: 2 * MB } }).ok).toBe(true);
  });

  it("refuses more entries than the limit allows", () => {
    const files = Object.fromEntries(Array.from({ length: 11 }, (_, i) => [`sources/${i}.txt`, text(String(i))]));
    expect(safeUnzip(zipSync(files), { limits: { maxEntries: 10 } })).toEqual({
      ok: false,
      error: { kind: "unsafe", message: "it has 11 entries; at most 10 are accepted" },
    });
  });

  it("stops inflating an entry that lies about its size", () => {
    const zip = zipSync({ "sources/a.txt": text("a sentence that repeats. ".repeat(400)) });
    new DataView(zip.buffer).setUint32(directoryHeader(zip) + 24, 100, true);
    expect(safeUnzip(zip)).toEqual({
      ok: false,
      error: { kind: "invalid", message: 'entry "sources/a.txt" inflates to more bytes than its directory declares' },
    });
  });

  it("refuses an entry whose CRC-32 does not match", () => {
    const zip = zipSync({ "sources/a.txt": text("hello") });
    const view = new DataView(zip.buffer);
    view.setUint32(directoryHeader(zip) + 16, view.getUint32(directoryHeader(zip) + 16, true) ^ 1, true);
    expect(safeUnzip(zip)).toMatchObject({ ok: false, error: { message: 'entry "sources/a.txt" is damaged (CRC-32 mismatch)' } });
  });

  it("refuses an encrypted entry", () => {
    const zip = zipSync({ "a.txt": text("secret") });
    const view = new DataView(zip.buffer);
    view.setUint16(directoryHeader(zip) + 8, view.getUint16(directoryHeader(zip) + 8, true) | 1, true);
    expect(safeUnzip(zip)).toMatchObject({ ok: false, error: { kind: "invalid", message: 'entry "a.txt" is encrypted' } });
  });

  it("says so when the bytes are not a zip", () => {
    expect(safeUnzip(text("<Project/>"))).toEqual({
      ok: false,
      error: { kind: "invalid", message: "it is not a ZIP archive (no end-of-directory record)" },
    });
  });
});
