import type { CsvCell } from "./to-csv";

/** "count" and "percent" cells are numbers; a percent is a number of per cent, shown with one decimal and "%". */
export type TableColumn = { label: string; kind?: "text" | "count" | "percent" };

/** A table as the pages show it and the downloads write it; the first column names the row. */
export type TableData = { caption: string; columns: TableColumn[]; rows: CsvCell[][] };
