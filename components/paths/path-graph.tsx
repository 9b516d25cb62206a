import { LAYOUT_RULES, layeredLayout } from "@/app/lib/domain/prerequisite-graph";
import { DIFFICULTY_LABELS, subsystemLabel } from "@/components/modules/labels";
import { ScrollArea } from "@/components/ui/scroll-area";
import type { LearningPath, PathModule, PathStatus } from "@/db/queries/paths";
import { edgePath, graphGeometry, GRAPH_SIZES, wrapTitle, type Point } from "./geometry";
import { DIFFICULTY_COLOURS, EDGE_COLOURS, GHOST_BORDER, MODULE_STATUS_TAGS, PATH_STATUS_LABELS, PLAIN_BORDER, STATUS_BORDERS } from "./labels";

/**
 * The learning path drawn on the server as SVG: boxes placed by the layered layout, each a link
 * to its module, with the edges under them. Wide graphs scroll sideways inside a ScrollArea;
 * the list of modules below the drawing says the same in words.
 */

const TITLE_CHARS = 26;
const MARKER = "path-graph";

export function PathGraph({ path, label }: { path: LearningPath; label: string }) {
  const layout = layeredLayout(
    path.modules.map((m) => ({ id: m.id, title: m.title, subsystem: m.subsystem })),
    path.edges,
    LAYOUT_RULES,
    { lateRoots: path.modules.filter((m) => m.ghost).map((m) => m.id) },
  );
  const { width, height, boxes } = graphGeometry(layout);
  // Cross-subsystem edges last, so where edges overlap the highlighted ones stay on top.
  const edges = [...path.edges].sort((a, b) => Number(a.crossSubsystem) - Number(b.crossSubsystem));

  return (
    <ScrollArea label={label}>
      <svg
        role="group"
        aria-label={`${label}. Each box is a link to its module; the list of modules below gives the same path in words.`}
        width={width}
        height={height}
        viewBox={`0 0 ${width} ${height}`}
        className="block max-w-none"
      >
        <EdgeMarkers />
        <g aria-hidden="true" fill="none">
          {edges.map((e) => {
            const colour = e.crossSubsystem ? EDGE_COLOURS.cross : e.required ? EDGE_COLOURS.required : EDGE_COLOURS.recommended;
            const kind = e.crossSubsystem ? "cross" : e.required ? "required" : "recommended";
            return (
              <path
                key={`${e.prerequisiteModuleId}-${e.moduleId}`}
                d={edgePath(boxes.get(e.prerequisiteModuleId)!, boxes.get(e.moduleId)!)}
                stroke={colour}
                strokeWidth={e.crossSubsystem ? 2.25 : 1.5}
                strokeDasharray={e.required ? undefined : "7 5"}
                markerEnd={`url(#${MARKER}-arrow-${kind})`}
                markerStart={e.crossSubsystem ? `url(#${MARKER}-dot)` : undefined}
              />
            );
          })}
        </g>
        {path.modules.map((m) => (
          <ModuleNode key={m.id} module={m} at={boxes.get(m.id)!} />
        ))}
      </svg>
    </ScrollArea>
  );
}

function EdgeMarkers() {
  const arrow = (kind: keyof typeof EDGE_COLOURS) => (
    <marker key={kind} id={`${MARKER}-arrow-${kind}`} viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
      <path d="M 0 0 L 10 5 L 0 10 z" fill={EDGE_COLOURS[kind]} />
    </marker>
  );
  return (
    <defs>
      {arrow("required")}
      {arrow("recommended")}
      {arrow("cross")}
      <marker id={`${MARKER}-dot`} viewBox="0 0 10 10" refX="5" refY="5" markerWidth="6" markerHeight="6">
        <circle cx="5" cy="5" r="4" fill={EDGE_COLOURS.cross} />
      </marker>
    </defs>
  );
}

/** "Solar Cells for Small Satellites: Power, hard, locked, draft": everything the box shows. */
export function nodeLabel(m: PathModule): string {
  const parts = [
    m.ghost ? `in ${subsystemLabel(m.subsystem)}` : null,
    `${DIFFICULTY_LABELS[m.difficulty].toLowerCase()} difficulty`,
    m.status ? PATH_STATUS_LABELS[m.status].toLowerCase() : null,
    MODULE_STATUS_TAGS[m.moduleStatus]?.toLowerCase() ?? null,
  ];
  return `${m.title}: ${parts.filter(Boolean).join(", ")}`;
}

function ModuleNode({ module: m, at }: { module: PathModule; at: Point }) {
  const { nodeWidth: w, nodeHeight: h } = GRAPH_SIZES;
  const colours = DIFFICULTY_COLOURS[m.difficulty];
  const border = m.ghost ? GHOST_BORDER : m.status ? STATUS_BORDERS[m.status] : PLAIN_BORDER;
  const lines = wrapTitle(m.title, TITLE_CHARS, 2);
  const meta = [
    m.status ? PATH_STATUS_LABELS[m.status] : null,
    m.ghost ? subsystemLabel(m.subsystem) : null,
    DIFFICULTY_LABELS[m.difficulty],
    MODULE_STATUS_TAGS[m.moduleStatus] ?? null,
  ]
    .filter(Boolean)
    .join(" · ");
  const textX = at.x + 14;

  return (
    <g>
      <a href={`/modules/${m.slug}`} aria-label={nodeLabel(m)} className="group">
        <title>{m.title}</title>
        <rect
          x={at.x - 4}
          y={at.y - 4}
          width={w + 8}
          height={h + 8}
          rx={10}
          fill="none"
          stroke="transparent"
          strokeWidth={3}
          className="group-focus-visible:stroke-brand group-hover:stroke-line"
        />
        <rect
          x={at.x}
          y={at.y}
          width={w}
          height={h}
          rx={6}
          fill={m.ghost ? "#ffffff" : colours.fill}
          stroke={border.stroke}
          strokeWidth={border.width}
          strokeDasharray={border.dash}
        />
        {m.ghost ? null : <rect x={at.x + 3} y={at.y + 6} width={4} height={h - 12} rx={2} fill={colours.strip} />}
      </a>
      {/* Outside the link: its name says all of this in full (a cut title too), and clicks pass through to the box. */}
      <g aria-hidden="true" pointerEvents="none">
        <text x={textX} y={at.y + 20} fontSize={12.5} fontWeight={600} fill={m.ghost ? "#475569" : "#0f172a"}>
          {lines.map((line, i) => (
            <tspan key={i} x={textX} dy={i === 0 ? 0 : 15}>
              {line}
            </tspan>
          ))}
        </text>
        {m.status ? <StatusIcon status={m.status} x={textX} y={at.y + h - 17} /> : null}
        <text x={m.status ? textX + 16 : textX} y={at.y + h - 8} fontSize={11} fill="#334155">
          {meta}
        </text>
      </g>
    </g>
  );
}

/** Drawn, not a font glyph, so it looks the same everywhere; decorative (the words say it). */
export function StatusIcon({ status, x, y }: { status: PathStatus; x: number; y: number }) {
  const c = { x: x + 6, y: y + 6 };
  switch (status) {
    case "mastered":
      return (
        <g aria-hidden="true">
          <circle cx={c.x} cy={c.y} r={6} fill="#15803d" />
          <path d={`M ${c.x - 3} ${c.y} l 2 2.2 l 4 -4.4`} stroke="#ffffff" strokeWidth={1.6} fill="none" />
        </g>
      );
    case "in_progress":
      return (
        <g aria-hidden="true">
          <circle cx={c.x} cy={c.y} r={5.5} fill="#ffffff" stroke="#1d4ed8" strokeWidth={1.5} />
          <path d={`M ${c.x} ${c.y - 5.5} A 5.5 5.5 0 0 1 ${c.x} ${c.y + 5.5} z`} fill="#1d4ed8" />
        </g>
      );
    case "unlocked":
      return <circle aria-hidden="true" cx={c.x} cy={c.y} r={5} fill="#ffffff" stroke="#475569" strokeWidth={1.5} />;
    case "locked":
      return (
        <g aria-hidden="true">
          <path d={`M ${c.x - 3} ${c.y - 1} v -2 a 3 3 0 0 1 6 0 v 2`} stroke="#475569" strokeWidth={1.5} fill="none" />
          <rect x={c.x - 5} y={c.y - 1} width={10} height={7} rx={1.5} fill="#475569" />
        </g>
      );
  }
}
