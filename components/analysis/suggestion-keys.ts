/** The query keys of suggestions, built in one place so the list and its mutations never drift apart. */
export const suggestionKeys = {
  byDocument: (projectId: number, documentId: number) => ["projects", projectId, "documents", documentId, "suggestions"] as const,
};
