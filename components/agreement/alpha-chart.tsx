"use client";

import { Bar, BarChart, CartesianGrid, ErrorBar, LabelList, ReferenceArea, ReferenceLine, XAxis, type XAxisTickContentProps, YAxis } from "recharts";
import type { AlphaMinimums } from "@/lib/review/alpha-band";

export type AlphaChartRow = { label: string; alpha: number | null; lower: number | null; upper: number | null; units: number };

const WIDTH = 680;
const HEIGHT = 300;
// Krippendorff's bands at the report's minimums, from the bottom of the axis up.
const bandsOf = ({ reliable, tentative }: AlphaMinimums) => [
  { from: -Infinity, to: tentative, fill: "#fbe4e4", name: "not reliable", range: `below ${tentative.toFixed(3)}` },
  { from: tentative, to: reliable, fill: "#fff4d6", name: "tentative", range: `${tentative.toFixed(3)} to ${reliable.toFixed(3)}` },
  { from: reliable, to: 1, fill: "#e4f3e8", name: "reliable", range: `${reliable.toFixed(3)} and above` },
];

/**
 * Alpha per code and pooled as bars over Krippendorff's bands, the bootstrap interval as an error bar and the number
 * of units above each bar. Drawn at a fixed size so that it prints the same as it shows; the figures are in the table
 * beside it, which is what a screen reader reads.
 */
export function AlphaChart({ rows, unitsLabel, minimums }: { rows: readonly AlphaChartRow[]; unitsLabel: string; minimums: AlphaMinimums }) {
  const bands = bandsOf(minimums);
  const lowest = Math.min(0, ...rows.flatMap((row) => [row.alpha, row.lower].filter((value): value is number => value !== null)));
  const bottom = Math.floor(lowest * 5) / 5;
  const ticks = Array.from({ length: Math.round((1 - bottom) * 5) + 1 }, (_, step) => Math.round((bottom + step * 0.2) * 10) / 10);
  const data = rows.map((row) => ({
    ...row,
    error: row.alpha !== null && row.lower !== null && row.upper !== null ? [row.alpha - row.lower, row.upper - row.alpha] : undefined,
    caption: `${row.alpha === null ? "undefined" : row.alpha.toFixed(3)} · ${row.units} ${unitsLabel}`,
  }));
  // An undefined alpha has no bar to write on, so "undefined" and the units it rests on go under its name.
  const undefinedNotes = new Map(data.filter((row) => row.alpha === null).map((row) => [row.label, `${row.units} ${unitsLabel}`]));
  return (
    <div className="alpha-chart" role="img" aria-label="Bar chart of Krippendorff's alpha per code over the reliability bands; its figures are in the table beside it.">
      <BarChart width={WIDTH} height={HEIGHT} data={data} margin={{ top: 36, right: 16, bottom: 8, left: 0 }} accessibilityLayer={false}>
        {bands.map((band) => (
          <ReferenceArea key={band.name} y1={Math.max(band.from, bottom)} y2={band.to} fill={band.fill} fillOpacity={1} ifOverflow="hidden" />
        ))}
        <CartesianGrid strokeDasharray="3 3" vertical={false} />
        <ReferenceLine y={minimums.reliable} stroke="#1e6b34" strokeDasharray="4 2" />
        <ReferenceLine y={minimums.tentative} stroke="#8a6d00" strokeDasharray="4 2" />
        <ReferenceLine y={0} stroke="#5f6368" />
        <XAxis dataKey="label" interval={0} height={undefinedNotes.size > 0 ? 58 : 30} tick={(props: XAxisTickContentProps) => <AxisTick x={props.x} y={props.y} label={String(props.payload.value)} note={undefinedNotes.get(String(props.payload.value))} />} />
        <YAxis domain={[bottom, 1]} ticks={ticks} allowDataOverflow tickFormatter={(value: number) => value.toFixed(1)} />
        <Bar dataKey="alpha" fill="#0b57d0" isAnimationActive={false}>
          <ErrorBar dataKey="error" width={8} stroke="#1d1d1f" strokeWidth={1.5} isAnimationActive={false} />
          <LabelList dataKey="caption" position="top" fontSize={11} fill="#1d1d1f" />
        </Bar>
      </BarChart>
      <p className="band-legend">
        {bands.map((band) => (
          <span key={band.name}>
            <span className="swatch" style={{ backgroundColor: band.fill }} /> {band.name}: {band.range}
          </span>
        ))}
        <span>Error bars: 95% bootstrap interval. A band counts only when the interval reaches it too.</span>
      </p>
    </div>
  );
}

function AxisTick({ x, y, label, note }: { x: number | string; y: number | string; label: string; note: string | undefined }) {
  return (
    <g transform={`translate(${x},${y})`}>
      <text dy={14} textAnchor="middle" fontSize={12} fill="#5f6368">
        {label}
      </text>
      {note && (
        <text textAnchor="middle" fontSize={11} fill="#1d1d1f">
          <tspan x={0} dy={30}>
            undefined
          </tspan>
          <tspan x={0} dy={13}>
            {note}
          </tspan>
        </text>
      )}
    </g>
  );
}
