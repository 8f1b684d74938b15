/** The namespaces of QDA-XML 1.0; every element of a file is in one of them (elementFormDefault="qualified"). */
export const PROJECT_NAMESPACE = "urn:QDA-XML:project:1.0";
export const CODEBOOK_NAMESPACE = "urn:QDA-XML:codebook:1.0";

/** What exports say wrote them. Also tells a reader the positions are code points, whatever tool came before. */
export const EXPORT_ORIGIN = "Testimony Coder";
