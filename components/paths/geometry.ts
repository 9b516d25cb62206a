import type { LayeredLayout } from "@/app/lib/domain/prerequisite-graph";

/**
 * Where the learning-path drawing puts things. The path reads left to right: a layer of the
 * layered layout is a column, so prerequisites sit to the left of the modules needing them.
 * Columns rather than rows because the catalogue is shallow and wide (7 layers, up to 19
 * modules in one): sideways it is about 2,000 px wide instead of 4,000.
 */
export const GRAPH_SIZES = {
  nodeWidth: 208,
  nodeHeight: 64,
  columnGap: 84,
  rowGap: 16,
  padding: 16,
  /** Room left before a box for the arrowhead. */
  arrowGap: 6,
};
export type GraphSizes = typeof GRAPH_SIZES;

export interface Point {
  x: number;
  y: number;
}

export interface GraphGeometry {
  width: number;
  height: number;
  /** Top-left corner of each module's box. */
  boxes: Map<number, Point>;
}

/** Columns left to right by layer; each column centred on the tallest, so edges run flatter. */
export function graphGeometry(layout: LayeredLayout, sizes: GraphSizes = GRAPH_SIZES): GraphGeometry {
  const tallest = Math.max(0, ...layout.layers.map((l) => l.length));
  const step = sizes.nodeHeight + sizes.rowGap;
  const boxes = new Map<number, Point>();
  layout.layers.forEach((ids, layer) => {
    const offset = ((tallest - ids.length) * step) / 2;
    ids.forEach((id, row) => {
      boxes.set(id, { x: sizes.padding + layer * (sizes.nodeWidth + sizes.columnGap), y: sizes.padding + offset + row * step });
    });
  });
  const columns = layout.layers.length;
  return {
    width: columns === 0 ? 0 : sizes.padding * 2 + columns * sizes.nodeWidth + (columns - 1) * sizes.columnGap,
    height: tallest === 0 ? 0 : sizes.padding * 2 + tallest * sizes.nodeHeight + (tallest - 1) * sizes.rowGap,
    boxes,
  };
}

/**
 * A curve from the middle of the prerequisite box's right side to just before the middle of
 * the dependent box's left side, leaving and arriving level so the arrowhead points at the box.
 */
export function edgePath(prerequisite: Point, dependent: Point, sizes: GraphSizes = GRAPH_SIZES): string {
  const start = { x: prerequisite.x + sizes.nodeWidth, y: prerequisite.y + sizes.nodeHeight / 2 };
  const end = { x: dependent.x - sizes.arrowGap, y: dependent.y + sizes.nodeHeight / 2 };
  const bend = Math.max(sizes.columnGap / 2, (end.x - start.x) / 3);
  const r = (n: number) => Math.round(n * 10) / 10;
  return `M ${r(start.x)} ${r(start.y)} C ${r(start.x + bend)} ${r(start.y)}, ${r(end.x - bend)} ${r(end.y)}, ${r(end.x)} ${r(end.y)}`;
}

/**
 * A title broken into at most `maxLines` lines of at most `maxChars` characters, at spaces
 * where it can; what does not fit ends in "…". SVG text does not wrap by itself, and the box
 * has a fixed size; the full title is in the link's name and tooltip.
 */
export function wrapTitle(title: string, maxChars: number, maxLines: number): string[] {
  const words = title.trim().split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let current = "";
  let index = 0;
  for (; index < words.length; index++) {
    const word = words[index]!;
    const candidate = current ? `${current} ${word}` : word;
    if (candidate.length <= maxChars) {
      current = candidate;
      continue;
    }
    if (current) lines.push(current);
    if (lines.length === maxLines) break;
    current = word;
  }
  if (lines.length < maxLines && current) {
    lines.push(current);
    current = "";
  }
  const cut = index < words.length;
  return lines.map((line, i) => ((cut && i === lines.length - 1) || line.length > maxChars ? ellipsis(line, maxChars) : line));
}

/** The line cut to fit with "…", at a space where one is left, without a dangling comma or colon. */
function ellipsis(line: string, maxChars: number): string {
  const room = Math.max(1, maxChars - 1);
  let kept = line;
  while (kept.length > room && kept.includes(" ")) kept = kept.slice(0, kept.lastIndexOf(" "));
  if (kept.length > room) kept = kept.slice(0, room);
  return `${kept.trimEnd().replace(/[\s,;:–—-]+$/, "")}…`;
}
