"use client";

import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { CHART_COLORS } from "@/components/charts/palette";

export interface MasteryChartPoint {
  /** "Week 3" */
  label: string;
  /** Modules mastered so far by the cohort; null past its latest week. */
  cohort: number | null;
  /** The same for the previous semester's cohort; null past its latest week or when there is none. */
  previous: number | null;
}

/**
 * Modules mastered so far, per week of the semester: the cohort as a solid line, the previous
 * semester's cohort as a dashed grey one, so the two differ in more than colour.
 */
export function MasteryChart({
  data,
  cohortName,
  previousName,
  height = 260,
}: {
  data: readonly MasteryChartPoint[];
  cohortName: string;
  previousName: string | null;
  height?: number;
}) {
  return (
    <ResponsiveContainer width="100%" height={height} initialDimension={{ width: 360, height }}>
      <LineChart data={[...data]} margin={{ top: 8, right: 12, bottom: 4, left: 0 }} accessibilityLayer={false}>
        <CartesianGrid vertical={false} stroke="var(--color-line)" />
        <XAxis dataKey="label" tick={{ fontSize: 12 }} interval="preserveStartEnd" minTickGap={16} />
        <YAxis allowDecimals={false} width={40} tick={{ fontSize: 12 }} />
        <Tooltip />
        <Legend wrapperStyle={{ fontSize: 12 }} itemSorter={null} formatter={(value: string) => <span style={{ color: "var(--color-ink)" }}>{value}</span>} />
        <Line
          dataKey="cohort"
          name={cohortName}
          type="stepAfter"
          stroke={CHART_COLORS.brand}
          strokeWidth={2.5}
          dot={false}
          connectNulls={false}
          isAnimationActive={false}
        />
        {previousName ? (
          <Line
            dataKey="previous"
            name={previousName}
            type="stepAfter"
            stroke={CHART_COLORS.muted}
            strokeWidth={2}
            strokeDasharray="6 4"
            dot={false}
            connectNulls={false}
            isAnimationActive={false}
          />
        ) : null}
      </LineChart>
    </ResponsiveContainer>
  );
}
