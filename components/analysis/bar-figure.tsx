"use client";

import { Bar, BarChart, CartesianGrid, LabelList, XAxis, YAxis } from "recharts";
import { ChartFigure } from "./chart-figure";

const WIDTH = 720;
const BAR_HEIGHT = 26;

export type BarSeries = { key: string; name: string; color: string };

/**
 * Horizontal bars, one group per category, drawn at a fixed size so that it prints as it shows. Values are counts,
 * or per cent when `percent` is set; each bar carries its value.
 */
export function BarFigure({ title, data, series, percent = false }: { title: string; data: Record<string, string | number | null>[]; series: BarSeries[]; percent?: boolean }) {
  const format = (value: unknown) => (typeof value !== "number" ? "" : percent ? `${value.toFixed(1)}%` : String(value));
  const height = 40 + data.length * series.length * BAR_HEIGHT;
  return (
    <ChartFigure title={title}>
      <BarChart width={WIDTH} height={height} data={data} layout="vertical" margin={{ top: 8, right: 48, bottom: 8, left: 8 }} accessibilityLayer={false}>
        <CartesianGrid strokeDasharray="3 3" horizontal={false} />
        <XAxis type="number" domain={percent ? [0, 100] : [0, "auto"]} allowDecimals={false} tickFormatter={format} />
        <YAxis type="category" dataKey="label" width={220} interval={0} tick={{ fontSize: 12 }} />
        {series.map((one) => (
          <Bar key={one.key} dataKey={one.key} name={one.name} fill={one.color} isAnimationActive={false}>
            <LabelList dataKey={one.key} position="right" fontSize={11} formatter={format} />
          </Bar>
        ))}
      </BarChart>
    </ChartFigure>
  );
}
