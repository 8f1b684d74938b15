export type CsvPreview = {
  file: string;
  preview: { headers: string[]; rows: string[][]; mapping: Record<string, string> };
  problem: string | null;
  rows: number;
};


