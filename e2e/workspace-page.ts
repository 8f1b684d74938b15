import { expect, type Page } from "@playwright/test";
import type { PendingPassagesCanvas } from "@/components/workspace/pending-passages";
import { getDemoProjectId } from "./test-db";

/** A statement for coding tests: three paragraphs, an emoji and a combining mark before the last one. */
export const STATEMENT = [
  "They punished men from the town for small things, people who had done nothing against anyone.",
  "The emirs had cars and houses while the ordinary fighters were told to be patient.",
  "😔 Cafe\u0301 owners paid twice. There was no electricity most days, and the money they promised never came.",
].join("\n\n");

/** Opens a document's workspace and waits until its highlights are painted (the client is then ready for keys). */
export async function openWorkspace(page: Page, documentId: number): Promise<void> {
  await page.goto(`/documents/${documentId}`);
  await expect(page.getByRole("article")).toHaveAttribute("data-painted", /^\d+$/);
}

/** Selects `phrase` in the statement as a person would with the mouse, through the DOM selection. */
export async function selectPhrase(page: Page, phrase: string): Promise<void> {
  await page.evaluate((wanted) => {
    for (const paragraph of document.querySelectorAll("article p")) {
      const node = paragraph.firstChild!;
      const at = node.textContent!.indexOf(wanted);
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + wanted.length);
      document.getSelection()!.removeAllRanges();
      document.getSelection()!.addRange(range);
      return;
    }
    throw new Error(`phrase not in the statement: ${wanted}`);
  }, phrase);
}

/** A project's code ids by name (the demo project's by default), from the codes API. */
export async function codeIds(page: Page, projectId = getDemoProjectId()): Promise<Map<string, number>> {
  const codes = (await (await page.request.get(`/api/projects/${projectId}/codes`)).json()) as { id: number; name: string }[];
  return new Map(codes.map((code) => [code.name, code.id]));
}

/**
 * The texts covered by the CSS highlight of the code named `codeName`, read from the page's highlight registry once
 * every new passage has joined its code's highlight (until then it is drawn on a canvas over the text).
 */
export async function highlightedTexts(page: Page, codeName: string): Promise<string[]> {
  const id = (await codeIds(page)).get(codeName);
  await expect.poll(() => page.evaluate(() => document.querySelector<PendingPassagesCanvas>("canvas.pending-passages")?.passageIds?.length ?? 0)).toBe(0);
  return page.evaluate((name) => [...(CSS.highlights.get(name) ?? [])].map((range) => (range as Range).toString()), `code-${id}`);
}

/** The option of the annotation list showing `codeName` and `quote`. */
export function annotationOption(page: Page, codeName: string, quote: string) {
  return page.getByRole("listbox", { name: "My annotations in text order" }).getByRole("option", { name: `${codeName} “${quote}”` });
}

/** The text the selected annotation's outline surrounds (decorative boxes, so read from their place over the text). */
export function outlinedText(page: Page): Promise<string> {
  return page.evaluate(() => {
    const boxes = [...document.querySelectorAll<HTMLElement>("[data-mark=selected]")].map((box) => box.getBoundingClientRect());
    return [...document.querySelectorAll("article p")]
      .flatMap((paragraph) => {
        const node = paragraph.firstChild!;
        const text = node.textContent!;
        const inside: string[] = [];
        for (let utf16Index = 0; utf16Index < text.length; utf16Index++) {
          const range = document.createRange();
          range.setStart(node, utf16Index);
          range.setEnd(node, utf16Index + 1);
          const { x, y, width, height } = range.getBoundingClientRect();
          const [centreX, centreY] = [x + width / 2, y + height / 2];
          if (boxes.some((box) => centreX > box.left && centreX < box.right && centreY > box.top && centreY < box.bottom)) inside.push(text[utf16Index]!);
        }
        return inside;
      })
      .join("");
  });
}
