import Link from "next/link";
import type { QuoteItem } from "@/lib/analysis/quote-item";
import { UNKNOWN } from "@/lib/analysis/speaker-dimension";
import { CopyCitationButton } from "./copy-citation-button";

/** Passages with a few words of context either side, who said them and when, each linked to its place in the statement. */
export function QuoteList({ items }: { items: readonly QuoteItem[] }) {
  const known = (value: string | null | undefined) => value?.trim() || UNKNOWN;
  return (
    <ol className="quote-list" aria-label="Passages">
      {items.map((item) => (
        <li key={item.passageId} className="panel">
          <blockquote dir="auto">
            <span className="context">
              {item.cutBefore && "… "}
              {item.before}
            </span>
            <mark>{item.quote}</mark>
            <span className="context">
              {item.after}
              {item.cutAfter && " …"}
            </span>
          </blockquote>
          <p className="quote-facts">
            {/* bdi keeps an Arabic alias or title from reordering the facts around it. */}
            <bdi>{item.speaker ? item.speaker.alias : "Unknown speaker"}</bdi> · <bdi>{known(item.speaker?.country)}</bdi> · <bdi>{known(item.speaker?.region)}</bdi> ·{" "}
            {known(item.speaker?.gender)} · defected {known(item.speaker?.defectionDate)} — “<bdi>{item.title}</bdi>”, {known(item.statementDate)}
            {item.sourceName && (
              <>
                , <bdi>{item.sourceName}</bdi>
              </>
            )}
          </p>
          <Link href={item.href}>Open at code points {item.start}–{item.end} of the statement</Link>{" "}
          <CopyCitationButton
            href={item.href}
            passage={{
              quote: item.quote,
              speaker: item.speaker,
              title: item.title,
              statementDate: item.statementDate,
              sourceName: item.sourceName,
              documentId: item.documentId,
              start: item.start,
              end: item.end,
            }}
          />
        </li>
      ))}
    </ol>
  );
}
