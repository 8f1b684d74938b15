/** The parts of the W3C Web Annotation Data Model (https://www.w3.org/TR/annotation-model/) this export writes. */

export type TextQuoteSelector = { type: "TextQuoteSelector"; exact: string; prefix: string; suffix: string };

/** Offsets in code points, zero-based, end exclusive, as the model counts them (section 4.2.5). */
export type TextPositionSelector = { type: "TextPositionSelector"; start: number; end: number };

export type TextualBody = { type: "TextualBody"; purpose: "tagging" | "commenting"; value: string };

export type WebAnnotation = {
  id: string;
  type: "Annotation";
  motivation: "tagging";
  creator: { type: "Person"; nickname: string };
  created: string;
  modified: string;
  body: TextualBody[];
  target: { source: string; selector: [TextQuoteSelector, TextPositionSelector] };
};

export type WebAnnotationPage = { id: string; type: "AnnotationPage"; startIndex: 0; items: WebAnnotation[] };

export type WebAnnotationCollection = {
  "@context": "http://www.w3.org/ns/anno.jsonld";
  id: string;
  type: "AnnotationCollection";
  label: string;
  total: number;
  first: WebAnnotationPage;
};
