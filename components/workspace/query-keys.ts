/** The query and mutation keys of a document's workspace data, built in one place so they never drift apart. */
export const workspaceKeys = {
  annotations: (documentId: number) => ["documents", documentId, "annotations"] as const,
  status: (documentId: number) => ["documents", documentId, "status"] as const,
  /** Every write of the coder's layer of the document: counted to know when the layer is settled. */
  annotationWrites: (documentId: number) => ["documents", documentId, "annotations", "write"] as const,
};
