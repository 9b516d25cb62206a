"use client";

import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";

export interface BarSeries {
  key: string;
  label: string;
  color: string;
}

/**
 * Horizontal stacked bars, one bar per category: category names sit on their own lines at the
 * left, so long names stay readable on a 390px phone where vertical bars would crowd.
 */
export function StackedBarChart({
  data,
  series,
  categoryWidth = 120,
}: {
  /** One row per bar: `category` is its name, every series key its value. */
  data: readonly ({ category: string } & Record<string, number | string>)[];
  series: readonly BarSeries[];
  categoryWidth?: number;
}) {
  const height = Math.max(160, data.length * 34 + 70);
  return (
    <ResponsiveContainer width="100%" height={height} initialDimension={{ width: 360, height }}>
      <BarChart data={[...data]} layout="vertical" margin={{ top: 4, right: 12, bottom: 4, left: 4 }} accessibilityLayer={false}>
        <CartesianGrid horizontal={false} stroke="var(--color-line)" />
        <XAxis type="number" allowDecimals={false} tick={{ fontSize: 12 }} />
        <YAxis type="category" dataKey="category" width={categoryWidth} tick={{ fontSize: 12 }} interval={0} />
        <Tooltip cursor={{ fill: "rgba(148, 163, 184, 0.15)" }} itemSorter={() => 0} />
        <Legend
          wrapperStyle={{ fontSize: 12 }}
          // In series order (the stacking order), and in ink: a pale series colour is no text colour.
          itemSorter={null}
          formatter={(value: string) => <span style={{ color: "var(--color-ink)" }}>{value}</span>}
        />
        {series.map((s) => (
          <Bar key={s.key} dataKey={s.key} name={s.label} stackId="total" fill={s.color} isAnimationActive={false} />
        ))}
      </BarChart>
    </ResponsiveContainer>
  );
}
