import type { CodedPassage } from "@/lib/annotations/packed-annotations";

/**
 * An annotation in the workspace: saved ones carry their server id, those not saved yet a temporary negative id. The
 * API's answers carry their times too; the workspace does not use them, and the page does not send them.
 */
export type ClientAnnotation = CodedPassage;

export type AnnotationFields = Pick<ClientAnnotation, "code" | "start" | "end" | "quote" | "memo">;
