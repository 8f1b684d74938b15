import { describe, expect, it } from "vitest";
import { addCodeSchema, keyAndGroupSchema, moveCodeSchema } from "./schemas";

describe("codebook form schemas", () => {
  it("reads an empty parent or sibling as the top level or the end", () => {
    expect(moveCodeSchema.parse({ projectId: "3", codeId: "7", parentId: "", beforeId: "" })).toEqual({ projectId: 3, codeId: 7, parentId: null, beforeId: null });
    expect(addCodeSchema.parse({ projectId: "3", parentId: "9", name: " Executions ", color: "#aa0000" })).toMatchObject({ parentId: 9, name: "Executions" });
  });

  it("reads the key and the group checkbox as the form sends them", () => {
    expect(keyAndGroupSchema.parse({ projectId: "1", codeId: "2", shortcut: "", isGroup: "on" })).toMatchObject({ shortcut: null, isGroup: true });
    expect(keyAndGroupSchema.parse({ projectId: "1", codeId: "2", shortcut: "7" })).toMatchObject({ shortcut: "7", isGroup: false });
  });

  it("refuses a key that is not one digit from 1 to 9, and a nameless code, saying why", () => {
    const key = keyAndGroupSchema.safeParse({ projectId: "1", codeId: "2", shortcut: "0" });
    expect(key.success ? "" : key.error.issues[0]!.message).toBe("A key is one digit from 1 to 9, or empty for none.");
    const name = addCodeSchema.safeParse({ projectId: "1", parentId: "", name: "  ", color: "#aa0000" });
    expect(name.success ? "" : name.error.issues[0]!.message).toBe("A code needs a name.");
  });
});
