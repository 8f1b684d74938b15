import Link from "next/link";
import { countOf } from "@/lib/analysis/count-of";
import type { QuoteItem } from "@/lib/analysis/quote-item";
import type { CorpusCode } from "@/lib/analysis/types";
import { QuoteList } from "./quote-list";

export const QUOTES_PER_PAGE = 50;

/** Every passage of a code under the filters, a page at a time, with a download of them all. */
export function QuoteBank({ codes, codeId, items, total, page, keep, pageHref, csvHref }: {
  codes: readonly CorpusCode[];
  codeId: number;
  items: readonly QuoteItem[];
  total: number;
  page: number;
  keep: Record<string, string>;
  pageHref: (page: number) => string;
  csvHref: string;
}) {
  const pages = Math.max(1, Math.ceil(total / QUOTES_PER_PAGE));
  const first = (page - 1) * QUOTES_PER_PAGE + 1;
  const code = codes.find((candidate) => candidate.id === codeId);
  return (
    <>
      <form method="get" className="inline panel" aria-label="Code">
        {Object.entries(keep).map(([name, value]) => (
          <input key={name} type="hidden" name={name} value={value} />
        ))}
        <label>
          Code
          <select name="code" defaultValue={codeId}>
            {codes.map((option) => (
              <option key={option.id} value={option.id}>
                {option.name}
              </option>
            ))}
          </select>
        </label>
        <button type="submit">Show passages</button>
      </form>
      <p role="status">
        {total === 0 ? `No passages of “${code?.name}” under these filters.` : `Passages ${first}–${Math.min(total, first + QUOTES_PER_PAGE - 1)} of ${total} of “${code?.name}”.`}{" "}
        <a href={csvHref} download>
          Download all {countOf(total, "passage")} as CSV
        </a>
      </p>
      <QuoteList items={items} />
      {pages > 1 && (
        <nav aria-label="Pages of passages" className="inline">
          {page > 1 && <Link href={pageHref(page - 1)}>Previous page</Link>} Page {page} of {pages}{" "}
          {page < pages && <Link href={pageHref(page + 1)}>Next page</Link>}
        </nav>
      )}
    </>
  );
}
