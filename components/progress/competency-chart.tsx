"use client";

import { useState } from "react";
import { Bar, BarChart, CartesianGrid, Rectangle, ResponsiveContainer, Tooltip, XAxis, YAxis, type BarShapeProps } from "recharts";
import { COMPETENCY_LEVELS, type CompetencyLevel } from "@/app/lib/domain/vocabulary";
import { LEVEL_COLORS, LEVEL_LABELS } from "./labels";

export interface CompetencyBar {
  /** The subsystem's name. */
  category: string;
  level: CompetencyLevel;
  /** 1 (orientation) … 4 (autonomy). */
  rank: number;
}

/** Below this width the level names on the axis are shortened, or they run into each other. */
const NARROW = 480;
const SHORT_LABELS: Record<CompetencyLevel, string> = {
  orientation: "Orient.",
  competency: "Comp.",
  integration: "Integr.",
  autonomy: "Auton.",
};

/**
 * One horizontal bar per subsystem, as long as its level (orientation … autonomy) and coloured
 * by it. Subsystem names sit on their own lines at the left, so they stay readable at 390 px.
 */
export function CompetencyChart({ data }: { data: readonly CompetencyBar[] }) {
  const [narrow, setNarrow] = useState(false);
  const height = data.length * 36 + 40;
  const labels = narrow ? SHORT_LABELS : LEVEL_LABELS;
  return (
    <ResponsiveContainer
      width="100%"
      height={height}
      initialDimension={{ width: 360, height }}
      onResize={(width) => setNarrow(width < NARROW)}
    >
      <BarChart data={[...data]} layout="vertical" margin={{ top: 4, right: narrow ? 24 : 36, bottom: 4, left: 4 }} accessibilityLayer={false}>
        <CartesianGrid horizontal={false} stroke="var(--color-line)" />
        <XAxis
          type="number"
          domain={[0, COMPETENCY_LEVELS.length]}
          ticks={COMPETENCY_LEVELS.map((_, i) => i + 1)}
          interval={0}
          tickFormatter={(rank: number) => labels[COMPETENCY_LEVELS[rank - 1] ?? "orientation"]}
          tick={{ fontSize: 12 }}
        />
        <YAxis type="category" dataKey="category" width={narrow ? 96 : 132} tick={{ fontSize: 12 }} interval={0} />
        <Tooltip
          cursor={{ fill: "rgba(148, 163, 184, 0.15)" }}
          formatter={(_value, _name, item) => [LEVEL_LABELS[(item.payload as CompetencyBar).level], "Level"]}
        />
        <Bar dataKey="rank" name="Level" isAnimationActive={false} barSize={20} shape={LevelBar} />
      </BarChart>
    </ResponsiveContainer>
  );
}

function LevelBar(props: BarShapeProps) {
  const level = (props.payload as CompetencyBar | undefined)?.level ?? "orientation";
  return <Rectangle {...props} fill={LEVEL_COLORS[level]} />;
}
