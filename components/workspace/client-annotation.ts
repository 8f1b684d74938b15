import type { AnnotationJson } from "@/lib/annotations/annotation-json";

/** An annotation in the workspace: saved ones carry their server id, those not saved yet a temporary negative id. */
export type ClientAnnotation = AnnotationJson;

export type AnnotationFields = Pick<ClientAnnotation, "code" | "start" | "end" | "quote" | "memo">;
