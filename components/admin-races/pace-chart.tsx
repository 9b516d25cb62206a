"use client";

import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";

export interface PaceSeries {
  key: string;
  label: string;
  /** Day 0 at 0 %, then each milestone the team reached, in order. */
  points: { days: number; share: number }[];
}

// Seven subsystems: colour and dash together, so no two series rely on colour alone.
const STYLES = [
  { color: "var(--color-brand)", dash: undefined },
  { color: "var(--chart-accent, #0e7490)", dash: "6 3" },
  { color: "var(--color-warn)", dash: "2 3" },
  { color: "var(--color-ok)", dash: "8 3 2 3" },
  { color: "var(--color-bad)", dash: undefined },
  { color: "var(--chart-violet, #6d28d9)", dash: "6 3" },
  { color: "var(--color-muted)", dash: "2 3" },
] as const;

/** Share of a team's tasks completed over days since its first task, as steps per team. */
export function PaceChart({ series, height = 300 }: { series: readonly PaceSeries[]; height?: number }) {
  const last = Math.max(1, ...series.flatMap((s) => s.points.map((p) => p.days)));
  return (
    <ResponsiveContainer width="100%" height={height} initialDimension={{ width: 360, height }}>
      <LineChart margin={{ top: 8, right: 16, bottom: 20, left: 0 }} accessibilityLayer={false}>
        <CartesianGrid stroke="var(--color-line)" />
        <XAxis
          type="number"
          dataKey="days"
          domain={[0, last]}
          allowDecimals={false}
          tick={{ fontSize: 12 }}
          label={{ value: "Days since the first task", position: "insideBottom", offset: -12, fontSize: 12 }}
        />
        <YAxis type="number" domain={[0, 100]} ticks={[0, 25, 50, 75, 100]} unit=" %" width={52} tick={{ fontSize: 12 }} />
        <Tooltip labelFormatter={(days) => `Day ${days}`} formatter={(share) => `${share} % of tasks`} />
        <Legend verticalAlign="top" wrapperStyle={{ fontSize: 12, paddingBottom: 8 }} formatter={(value: string) => <span style={{ color: "var(--color-ink)" }}>{value}</span>} />
        {series.map((s, i) => {
          const style = STYLES[i % STYLES.length]!;
          return (
            <Line
              key={s.key}
              data={s.points}
              dataKey="share"
              name={s.label}
              type="stepAfter"
              stroke={style.color}
              strokeDasharray={style.dash}
              strokeWidth={2}
              dot={{ r: 3 }}
              isAnimationActive={false}
            />
          );
        })}
      </LineChart>
    </ResponsiveContainer>
  );
}
