"use client";

import { type CSSProperties, memo, type MouseEvent, useMemo } from "react";
import type { Span } from "@/lib/annotations/span";
import { createCodePointIndex } from "@/lib/offsets/code-points";
import type { LaneSegment } from "@/lib/review/segment-lanes";
import { selectedSpan } from "./selected-span";

const BAR = 3;
const GAP = 2;
export const LANE_STEP = BAR + GAP;

/** The bars under one piece of text: lane 0 nearest the text, a lane with several codes striped in their colours. */
function barsStyle(lanes: readonly number[][], colour: (code: number) => string): CSSProperties {
  const images: string[] = [];
  const positions: string[] = [];
  lanes.forEach((codes, lane) => {
    if (codes.length === 0) return;
    const colours = codes.map(colour);
    images.push(
      colours.length === 1
        ? `linear-gradient(${colours[0]}, ${colours[0]})`
        : `repeating-linear-gradient(90deg, ${colours.map((c, i) => `${c} ${i * 6}px ${(i + 1) * 6}px`).join(", ")})`,
    );
    positions.push(`0 calc(100% - ${(lanes.length - 1 - lane) * LANE_STEP}px)`);
  });
  if (images.length === 0) return {};
  return { backgroundImage: images.join(", "), backgroundPosition: positions.join(", "), backgroundSize: `100% ${BAR}px`, backgroundRepeat: "no-repeat" };
}

/** Who put which code on a piece, lane by lane: the hover text that names each bar's coder. */
function describeLanes(lanes: readonly number[][], laneNames: readonly string[], codeName: (code: number) => string): string {
  return lanes.map((codes, lane) => `${laneNames[lane]}: ${codes.length === 0 ? "nothing" : codes.map(codeName).join(", ")}`).join("\n");
}

/**
 * The statement with every layer drawn beneath it as a stacked bar, one lane per coder and one for the consensus,
 * each in the colour of the code applied. Disagreement passages are tinted, the current one outlined. The text is
 * cut into pieces where any span begins or ends; each piece carries its code point offsets so a selection maps back,
 * and its hover text names each lane's coder and codes.
 */
export const LaneText = memo(function LaneText({
  text,
  direction,
  language,
  segments,
  laneNames,
  colour,
  codeName,
  currentPassage,
  resolvedPassages,
  onSelect,
}: {
  text: string;
  direction: "ltr" | "rtl";
  language: string | null;
  segments: readonly LaneSegment[];
  /** Each lane's name from the text down: the coders', then "consensus". */
  laneNames: readonly string[];
  colour: (code: number) => string;
  codeName: (code: number) => string;
  currentPassage: number | null;
  resolvedPassages: ReadonlySet<number>;
  onSelect: (span: Span) => void;
}) {
  const index = useMemo(() => createCodePointIndex(text), [text]);
  function onMouseUp(event: MouseEvent<HTMLDivElement>) {
    const span = selectedSpan(event.currentTarget, document.getSelection());
    if (span) onSelect(span);
  }
  return (
    <div className="lane-text" dir={direction} lang={language ?? undefined} style={{ "--lanes": laneNames.length } as CSSProperties} onMouseUp={onMouseUp}>
      {segments.map((segment) => {
        const passage = segment.passage;
        const className = passage === null ? undefined : `passage${passage === currentPassage ? " current" : ""}${resolvedPassages.has(passage) ? " resolved" : ""}`;
        return (
          <span
            key={segment.start}
            data-start={segment.start}
            data-end={segment.end}
            data-passage={passage ?? undefined}
            className={className}
            style={barsStyle(segment.lanes, colour)}
            title={segment.lanes.some((codes) => codes.length > 0) ? describeLanes(segment.lanes, laneNames, codeName) : undefined}
          >
            {text.slice(index.toUtf16Index(segment.start), index.toUtf16Index(segment.end))}
          </span>
        );
      })}
    </div>
  );
});
