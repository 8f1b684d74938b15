/** One other coder's layer of a document as a revealed project shows it: their login and their annotations in text order. */
export type RevealedLayer = { coder: string; annotations: { id: number; code: number; start: number; end: number; quote: string }[] };
