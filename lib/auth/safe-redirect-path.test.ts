import { describe, expect, it } from "vitest";
import { safeRedirectPath } from "./safe-redirect-path";

describe("safeRedirectPath", () => {
  it("keeps a path on this site with its query and fragment", () => {
    expect(safeRedirectPath("/projects/3/agreement?unit=sentence#codes")).toBe("/projects/3/agreement?unit=sentence#codes");
    expect(safeRedirectPath("/documents/%D8%A7")).toBe("/documents/%D8%A7");
  });

  it.each([
    undefined,
    null,
    42,
    "",
    "https://evil.example/x",
    "evil.example",
    "//evil.example/x",
    "///evil.example/x",
    "/\\evil.example/x",
    "\\\\evil.example/x",
    "/\\/evil.example/x",
    "/%09/evil.example/x",
    "/\t/evil.example/x",
    "/\n/evil.example/x",
    "/\r\n/evil.example",
    "/ /evil.example",
    "/%2F/evil.example/x",
    "/%2f%2fevil.example",
    "/%5Cevil.example",
    "/%5cevil.example",
    "/%00/x",
    "/\u0000/x",
    "/%E0%A4%A",
    "javascript:alert(1)",
    "/\u007f/evil.example",
  ])("sends %j home", (hostile) => {
    expect(safeRedirectPath(hostile)).toBe("/");
  });
});
