import { expect, test } from "@playwright/test";
import { zipSync } from "fflate";
import { signIn, uniqueLogin } from "./fixtures";
import { importedWorkOf } from "./import-refi-db";
import { plantProject } from "./test-db";

const G = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, "0")}`;

/** A small ATLAS.ti-like project: one coded text with a memo, a photo (not importable) with a note, a user "Ana". */
function atlasProject(tag: string): Buffer {
  const qde = `<?xml version="1.0" encoding="utf-8"?>
<Project xmlns="urn:QDA-XML:project:1.0" name="Field notes" origin="ATLAS.ti 23">
  <Users><User guid="${G(90)}" name="Ana"/></Users>
  <CodeBook><Codes><Code guid="${G(1)}" name="Fear ${tag}" isCodable="true"/></Codes></CodeBook>
  <Sources>
    <TextSource guid="${G(10)}" name="Interview ${tag}"><PlainTextContent>We left because of fear, ${tag}.</PlainTextContent>
      <PlainTextSelection guid="${G(30)}" startPosition="19" endPosition="23"><Description>Ana's memo</Description>
        <Coding guid="${G(20)}" creatingUser="${G(90)}"><CodeRef targetGUID="${G(1)}"/></Coding></PlainTextSelection>
    </TextSource>
    <PictureSource guid="${G(12)}" name="photo-${tag}.jpg" path="relative:///photo.jpg"><NoteRef targetGUID="${G(43)}"/></PictureSource>
  </Sources>
  <Notes><Note guid="${G(43)}" name="Photo memo"><PlainTextContent>About the photo</PlainTextContent></Note></Notes>
</Project>`;
  return Buffer.from(zipSync({ "project.qde": new TextEncoder().encode(qde) }));
}

test("a supervisor imports a .qdpx: maps its user to a coder, assigns the statements, and reads what did not come in", async ({ page }) => {
  const tag = uniqueLogin("refi");
  const { projectId } = plantProject(`REFI ${tag}`, [
    { login: "supervisor", role: "supervisor" },
    { login: "coder1", role: "coder" },
    { login: "coder2", role: "coder" },
  ]);
  await signIn(page, "supervisor");
  await page.goto(`/projects/${projectId}/import`);
  await page.getByLabel("Choose files").setInputFiles([{ name: `${tag}.qdpx`, mimeType: "application/zip", buffer: atlasProject(tag) }]);

  const users = page.getByRole("group", { name: `Users of ${tag}.qdpx` });
  await users.getByLabel("Account for Ana").selectOption({ label: "coder1" });
  await page.getByRole("group", { name: "Assign the imported statements to" }).getByLabel("coder2").check();
  await page.getByRole("button", { name: "Import 1 file" }).click();

  const summary = page.getByRole("status", { name: "Import summary" });
  await expect(summary).toContainText("1 statement imported");
  await expect(summary).toContainText(`1 picture, audio or video source was not imported, as Testimony Coder imports text only: "photo-${tag}.jpg".`);
  await expect(summary).toContainText('1 note (memo) was not imported, as what it belongs to was not imported (a link, or a passage or source not imported): "Photo memo".');
  await expect(summary).not.toContainText("new accounts");

  expect(importedWorkOf(projectId)).toEqual({
    annotations: ["coder1: Ana's memo"],
    assignments: [`Interview ${tag}: coder1 submitted`, `Interview ${tag}: coder2 assigned`],
  });
});
