import { describe, expect, it } from "vitest";
import { codePointLength, sliceByCodePoints } from "@/lib/offsets/code-points";
import { exportTestData } from "./export-test-data";
import { toWebAnnotationCollection } from "./to-web-annotation-collection";

const collection = toWebAnnotationCollection(exportTestData);
const items = collection.first.items;
const textOf = (source: string) =>
  exportTestData.documents.find((document) => source === `urn:testimony-coder:document:${document.id}`)!.text;

describe("toWebAnnotationCollection", () => {
  it("is an AnnotationCollection in the W3C context with every annotation on its first page", () => {
    expect(collection).toMatchObject({
      "@context": "http://www.w3.org/ns/anno.jsonld",
      id: "urn:testimony-coder:project:Defectors%202016",
      type: "AnnotationCollection",
      label: "Defectors 2016",
      total: 5,
      first: { id: "urn:testimony-coder:project:Defectors%202016#page-1", type: "AnnotationPage", startIndex: 0 },
    });
    expect(items).toHaveLength(5);
  });

  it("tags with the code's name, comments with the memo, and names the coder as creator", () => {
    expect(items[0]).toMatchObject({
      id: "urn:testimony-coder:annotation:a1",
      type: "Annotation",
      motivation: "tagging",
      creator: { type: "Person", nickname: "amira" },
      created: "2024-05-01T10:00:00.000Z",
      modified: "2024-05-02T11:30:00.000Z",
      body: [
        { type: "TextualBody", purpose: "tagging", value: "grievance" },
        { type: "TextualBody", purpose: "commenting", value: '=HYPERLINK("http://x")' },
      ],
    });
    expect(items[2]?.body).toEqual([{ type: "TextualBody", purpose: "tagging", value: "grievance" }]);
  });

  it("gives position selectors whose start and end select exactly the quote, Arabic and emoji included", () => {
    for (const [index, item] of items.entries()) {
      const [quoteSelector, positionSelector] = item.target.selector;
      const text = textOf(item.target.source);
      expect(sliceByCodePoints(text, positionSelector.start, positionSelector.end)).toBe(quoteSelector.exact);
      expect(quoteSelector.exact).toBe(exportTestData.annotations[index]!.quote);
    }
  });

  it("gives up to 32 code points of prefix and suffix, cut short at the text's ends", () => {
    // Expected strings from Python slices of the same text: text[0:26], text[39:71] and text[1:33].
    const [arabicQuote] = items[0]!.target.selector;
    expect(arabicQuote.prefix).toBe("😔 قال: تركت التنظيم لأنهم ");
    expect(codePointLength(arabicQuote.suffix)).toBe(32);
    expect(arabicQuote.suffix).toBe(" وبعد ذلك هربت إلى تركيا مع عائل");
    const [emojiQuote] = items[4]!.target.selector;
    expect(emojiQuote).toEqual({
      type: "TextQuoteSelector",
      exact: "😔",
      prefix: "",
      suffix: " قال: تركت التنظيم لأنهم كذبوا ع",
    });
  });

  it("finds each quote again from prefix, exact and suffix alone", () => {
    for (const item of items) {
      const [{ prefix, exact, suffix }, { start }] = item.target.selector;
      const text = textOf(item.target.source);
      const found = text.indexOf(prefix + exact + suffix);
      expect(codePointLength(text.slice(0, found + prefix.length))).toBe(start);
    }
  });

  it("takes the collection, document and annotation IRIs the caller gives", () => {
    const custom = toWebAnnotationCollection(exportTestData, {
      collectionIri: "https://coder.example.org/projects/7/annotations",
      documentIri: (document) => `https://coder.example.org/documents/${document.id}/text`,
      annotationIri: (annotation) => `https://coder.example.org/annotations/${annotation.id}`,
    });
    expect(custom.id).toBe("https://coder.example.org/projects/7/annotations");
    expect(custom.first.items[0]?.id).toBe("https://coder.example.org/annotations/a1");
    expect(custom.first.items[0]?.target.source).toBe("https://coder.example.org/documents/doc-ar/text");
  });

  it("throws on offsets outside the document's text, which the save checks rule out", () => {
    const [first] = exportTestData.annotations;
    const data = { ...exportTestData, annotations: [{ ...first!, end: 10_000 }] };
    expect(() => toWebAnnotationCollection(data)).toThrow(RangeError);
  });
});
