/** An annotation as the JSON API and the workspace exchange it: `code` is the code's id, offsets are code points. */
export type AnnotationJson = {
  id: number;
  code: number;
  start: number;
  end: number;
  quote: string;
  memo: string;
  createdAt: string;
  updatedAt: string;
};

export function toAnnotationJson(row: {
  id: number;
  codeId: number;
  start: number;
  end: number;
  quote: string;
  memo: string;
  createdAt: Date;
  updatedAt: Date;
}): AnnotationJson {
  return {
    id: row.id,
    code: row.codeId,
    start: row.start,
    end: row.end,
    quote: row.quote,
    memo: row.memo,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}
