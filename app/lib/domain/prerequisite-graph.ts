/**
 * The prerequisite graph of the learning path (`/paths`): cycle refusal, the removal warning,
 * a topological order and a layered drawing. Pure: the caller loads `modules` and
 * `module_prerequisites` and passes them in.
 *
 * Conventions, decided here:
 * - An edge `{ moduleId, prerequisiteModuleId }` means "moduleId needs prerequisiteModuleId".
 *   Everything that walks the graph walks it in LEARNING order, prerequisite → dependent, and
 *   every list of ids returned (cycles, orders, layers) reads in that order.
 * - Required and recommended edges count alike. A recommended edge still places a module after
 *   another in the drawn path and in the suggested order, so a recommended cycle is as
 *   unreadable as a required one and is refused too; `required` only matters to the caller.
 * - Edges with an end that is not in `modules` are ignored (a dangling row cannot be drawn or
 *   ordered); duplicate edges (same two ends) count once. Duplicate module ids are a caller
 *   bug and throw.
 * - Every tie is broken by something in the data, never by hash or engine order, so the same
 *   catalogue always gives the same answer (the e2e test and the drawing rely on it).
 */

export interface GraphModule {
  id: number;
  title: string;
  subsystem: string;
}

/** "moduleId needs prerequisiteModuleId". */
export interface GraphEdge {
  moduleId: number;
  prerequisiteModuleId: number;
  required: boolean;
}

/** Thrown by the orderings when the graph has a cycle; `cycle` is as `findCycle` returns it. */
export class PrerequisiteCycleError extends Error {
  constructor(
    readonly cycle: number[],
    description: string,
  ) {
    super(`The prerequisite graph has a cycle: ${description}`);
    this.name = "PrerequisiteCycleError";
  }
}

/** Adjacency by module index (input order), both directions, neighbours in input order. */
interface Graph {
  modules: GraphModule[];
  indexOf: Map<number, number>;
  /** dependents[i]: indices of the modules that need module i. */
  dependents: number[][];
  /** prerequisites[i]: indices of the modules module i needs. */
  prerequisites: number[][];
  /** The kept edges as [prerequisite index, dependent index], deduplicated. */
  edges: [number, number][];
}

function buildGraph(modules: GraphModule[], edges: GraphEdge[]): Graph {
  const indexOf = new Map<number, number>();
  modules.forEach((m, i) => {
    if (indexOf.has(m.id)) throw new Error(`Duplicate module id ${m.id} in the prerequisite graph`);
    indexOf.set(m.id, i);
  });
  const dependents: number[][] = modules.map(() => []);
  const prerequisites: number[][] = modules.map(() => []);
  const kept: [number, number][] = [];
  const seen = new Set<string>();
  for (const edge of edges) {
    const to = indexOf.get(edge.moduleId);
    const from = indexOf.get(edge.prerequisiteModuleId);
    if (to === undefined || from === undefined) continue;
    const key = `${from}:${to}`;
    if (seen.has(key)) continue;
    seen.add(key);
    kept.push([from, to]);
    dependents[from]!.push(to);
    prerequisites[to]!.push(from);
  }
  for (const list of [...dependents, ...prerequisites]) list.sort((a, b) => a - b);
  return { modules, indexOf, dependents, prerequisites, edges: kept };
}

const sameEnds = (a: GraphEdge, b: GraphEdge) =>
  a.moduleId === b.moduleId && a.prerequisiteModuleId === b.prerequisiteModuleId;

/**
 * Any cycle, by depth-first search from each module in input order (neighbours in input
 * order), as module indices in learning order; null when the graph is acyclic.
 */
function anyCycle(graph: Graph): number[] | null {
  const WHITE = 0;
  const GREY = 1;
  const BLACK = 2;
  const colour = graph.modules.map(() => WHITE);
  for (let start = 0; start < graph.modules.length; start++) {
    if (colour[start] !== WHITE) continue;
    // Iterative DFS: the stack holds [node, next neighbour to try]; `path` is the grey chain.
    const stack: [number, number][] = [[start, 0]];
    const path: number[] = [start];
    colour[start] = GREY;
    while (stack.length > 0) {
      const top = stack[stack.length - 1]!;
      const [node, next] = top;
      const neighbours = graph.dependents[node]!;
      if (next >= neighbours.length) {
        colour[node] = BLACK;
        stack.pop();
        path.pop();
        continue;
      }
      top[1] = next + 1;
      const child = neighbours[next]!;
      if (colour[child] === GREY) return path.slice(path.indexOf(child));
      if (colour[child] === WHITE) {
        colour[child] = GREY;
        stack.push([child, 0]);
        path.push(child);
      }
    }
  }
  return null;
}

/** Shortest learning-order path from `from` to `to` (breadth-first), as indices; null if none. */
function shortestPath(graph: Graph, from: number, to: number): number[] | null {
  const previous = new Map<number, number>([[from, -1]]);
  const queue = [from];
  for (let head = 0; head < queue.length; head++) {
    const node = queue[head]!;
    if (node === to) {
      const path: number[] = [];
      for (let at = to; at !== -1; at = previous.get(at)!) path.push(at);
      return path.reverse();
    }
    for (const next of graph.dependents[node]!) {
      if (!previous.has(next)) {
        previous.set(next, node);
        queue.push(next);
      }
    }
  }
  return null;
}

/**
 * A cycle in the graph once `candidate` is added, or null. The cycle is the module ids in
 * learning order (each is a prerequisite of the next, and the last of the first), the first
 * id not repeated at the end; `describeCycle` writes it for people.
 *
 * - A self-edge (a module needing itself) is the cycle `[id]`, even for an unknown module.
 * - When the candidate closes a cycle, the cycle returned goes through it: it starts at the
 *   candidate's module and is the shortest way back to it, so the refusal names the modules
 *   the faculty member is actually tying together, ending with the new edge.
 * - Otherwise (no candidate, or the graph already had a cycle elsewhere) any cycle is
 *   returned, found by depth-first search in input order.
 */
export function findCycle(modules: GraphModule[], edges: GraphEdge[], candidate?: GraphEdge): number[] | null {
  if (candidate && candidate.moduleId === candidate.prerequisiteModuleId) return [candidate.moduleId];
  const graph = buildGraph(modules, edges);
  if (candidate) {
    const from = graph.indexOf.get(candidate.moduleId);
    const to = graph.indexOf.get(candidate.prerequisiteModuleId);
    if (from !== undefined && to !== undefined) {
      // The candidate adds prerequisite → module; a way from module back to prerequisite closes it.
      const path = shortestPath(graph, from, to);
      if (path) return path.map((i) => modules[i]!.id);
    }
  }
  const all = candidate && !edges.some((e) => sameEnds(e, candidate)) ? [...edges, candidate] : edges;
  const cycle = anyCycle(candidate ? buildGraph(modules, all) : graph);
  return cycle && cycle.map((i) => modules[i]!.id);
}

/**
 * "Power budget → Solar array sizing → Power budget": the cycle's titles in learning order,
 * closed by repeating the first. An id without a module is written `#id`; an empty cycle is "".
 */
export function describeCycle(cycle: number[], modules: GraphModule[]): string {
  if (cycle.length === 0) return "";
  const titles = new Map(modules.map((m) => [m.id, m.title]));
  const name = (id: number) => titles.get(id) ?? `#${id}`;
  return [...cycle, cycle[0]!].map(name).join(" → ");
}

/** Learning-order reach from `starts` over `dependents`, restricted to `inView`. */
function reach(starts: number[], dependents: number[][], inView: (i: number) => boolean): Set<number> {
  const seen = new Set(starts);
  const queue = [...starts];
  for (let head = 0; head < queue.length; head++) {
    for (const next of dependents[queue[head]!]!) {
      if (inView(next) && !seen.has(next)) {
        seen.add(next);
        queue.push(next);
      }
    }
  }
  return seen;
}

/**
 * The modules that removing `removed` would cut loose from the learning path: the removal
 * warning ("removing an edge that makes modules unreachable warns first").
 *
 * Why not "reachable = all required prerequisites reachable": under that rule removing an edge
 * can only make MORE modules reachable, so it could never warn. What a removal can break is
 * where the path view places a module. Definition:
 * - The path is drawn in views: the whole catalogue (all modules, all edges) and one view per
 *   subsystem (its modules, and the edges with both ends in it).
 * - A view's entry modules are those with no prerequisite inside the view, taken BEFORE the
 *   removal: they are where that path currently starts.
 * - A module is anchored in a view when it can be reached from the view's entry modules
 *   following edges in learning order. In an acyclic graph every module is anchored before.
 * - The answer is every module anchored before but not after in at least one view: it would
 *   float, placed after nothing it used to follow (the removed edge's module when that was its
 *   last prerequisite in the view, and the dependents that only hung from it).
 *
 * Consequences: removing a module's last prerequisite warns about it and its dependents that
 * have no other way in; removing one of several prerequisites warns about nothing in the
 * catalogue view, but does warn when the one left is in another subsystem (the module would
 * no longer follow anything in its own subsystem's path). An edge not in `edges` warns about
 * nothing. Ids come back in the input order of `modules`.
 */
export function unreachableAfterRemoval(modules: GraphModule[], edges: GraphEdge[], removed: GraphEdge): number[] {
  const before = buildGraph(modules, edges);
  const to = before.indexOf.get(removed.moduleId);
  const from = before.indexOf.get(removed.prerequisiteModuleId);
  if (to === undefined || from === undefined || !before.dependents[from]!.includes(to)) return [];
  const after = buildGraph(
    modules,
    edges.filter((e) => !sameEnds(e, removed)),
  );

  const views: ((i: number) => boolean)[] = [() => true];
  for (const subsystem of new Set(modules.map((m) => m.subsystem))) {
    views.push((i) => modules[i]!.subsystem === subsystem);
  }

  const lost = new Set<number>();
  for (const inView of views) {
    const members = modules.map((_, i) => i).filter(inView);
    const entries = members.filter((i) => !before.prerequisites[i]!.some(inView));
    const anchoredBefore = reach(entries, before.dependents, inView);
    const anchoredAfter = reach(entries, after.dependents, inView);
    for (const i of anchoredBefore) if (!anchoredAfter.has(i)) lost.add(i);
  }
  return modules.filter((_, i) => lost.has(i)).map((m) => m.id);
}

/**
 * Kahn's algorithm: a module comes after all its prerequisites; among modules ready at the
 * same time the one earlier in `modules` comes first (so the caller's order, e.g. by subsystem
 * and title, is kept wherever the graph allows). Throws `PrerequisiteCycleError` on a cycle.
 */
export function topologicalOrder(modules: GraphModule[], edges: GraphEdge[]): number[] {
  return topologicalIndices(buildGraph(modules, edges)).map((i) => modules[i]!.id);
}

function topologicalIndices(graph: Graph): number[] {
  const pending = graph.prerequisites.map((p) => p.length);
  // `ready` is kept sorted by index; catalogues are small, so insertion beats a heap in clarity.
  const ready = pending.flatMap((count, i) => (count === 0 ? [i] : []));
  const order: number[] = [];
  while (ready.length > 0) {
    const node = ready.shift()!;
    order.push(node);
    for (const next of graph.dependents[node]!) {
      pending[next] = pending[next]! - 1;
      if (pending[next] === 0) {
        const at = ready.findIndex((i) => i > next);
        ready.splice(at === -1 ? ready.length : at, 0, next);
      }
    }
  }
  if (order.length < graph.modules.length) {
    const cycle = (anyCycle(graph) ?? []).map((i) => graph.modules[i]!.id);
    throw new PrerequisiteCycleError(cycle, describeCycle(cycle, graph.modules));
  }
  return order;
}

/** The edges whose two ends are in different subsystems (highlighted in the drawing). */
export function crossSubsystemEdges(modules: GraphModule[], edges: GraphEdge[]): GraphEdge[] {
  const subsystemOf = new Map(modules.map((m) => [m.id, m.subsystem]));
  return edges.filter((e) => {
    const a = subsystemOf.get(e.moduleId);
    const b = subsystemOf.get(e.prerequisiteModuleId);
    return a !== undefined && b !== undefined && a !== b;
  });
}

export interface LayeredLayout {
  /** Module ids per layer, layer 0 first, each in drawing order. */
  layers: number[][];
  positions: Map<number, { layer: number; order: number }>;
  /**
   * Edge crossings of the chosen order, counting an edge that spans several layers as a chain
   * through virtual points (one per layer it passes), as it is drawn.
   */
  crossings: number;
}

export const LAYOUT_RULES = {
  /** Down-and-up barycenter sweeps; a few suffice for catalogue-sized graphs. */
  sweeps: 4,
};

/** Code-unit comparison: the same on every machine, unlike locale collation. */
const compareText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * A layered drawing of the graph (Sugiyama style, without the cycle-breaking step: cycles are
 * refused on entry, so this throws `PrerequisiteCycleError`).
 *
 * - Layer: the longest path from a root (a module with no prerequisites), so every
 *   prerequisite sits in a lower layer than the modules needing it; roots are layer 0.
 * - An edge spanning several layers is routed through one virtual point per layer it crosses,
 *   so its crossings are counted and its route is ordered like a module. Virtual points are
 *   not returned: `order` is the module's rank among the modules of its layer.
 * - Start order in each layer: subsystem, then title, then id (modules of a subsystem sit
 *   together). Then `rules.sweeps` rounds of the barycenter heuristic, each a sweep down
 *   (order a layer by the mean position of its neighbours in the layer above) and up (by the
 *   layer below). A point with no neighbour on that side keeps its current position as its
 *   key; equal keys fall back to subsystem, title, id. The order with the fewest crossings
 *   seen after any pass (the start order included) is kept, so the sweeps never make the
 *   drawing worse and an up pass cannot undo a better down pass.
 * - `placement.lateRoots`: modules that, when they have no prerequisites, sit one layer before
 *   their earliest dependent instead of in layer 0. A subsystem's path draws the modules of
 *   other subsystems it builds on as stubs; placed late, a stub sits beside the module it leads
 *   into instead of at the far start with an edge across the whole drawing. Moving a root later
 *   keeps every prerequisite in a lower layer, as its dependents are all past it.
 * - Nothing depends on the input order of `modules` or `edges`.
 */
export function layeredLayout(
  modules: GraphModule[],
  edges: GraphEdge[],
  rules: { sweeps: number } = LAYOUT_RULES,
  placement: { lateRoots?: Iterable<number> } = {},
): LayeredLayout {
  const graph = buildGraph(modules, edges);
  const layerOf: number[] = modules.map(() => 0);
  for (const i of topologicalIndices(graph)) {
    for (const p of graph.prerequisites[i]!) layerOf[i] = Math.max(layerOf[i]!, layerOf[p]! + 1);
  }
  for (const id of new Set(placement.lateRoots ?? [])) {
    const i = graph.indexOf.get(id);
    if (i === undefined || graph.prerequisites[i]!.length > 0 || graph.dependents[i]!.length === 0) continue;
    layerOf[i] = Math.min(...graph.dependents[i]!.map((d) => layerOf[d]!)) - 1;
  }

  // Points: the modules (indices 0..n-1), then virtual points. `tie` is the fallback order: a
  // virtual point sorts with the module its edge leads to, then by the prerequisite's id.
  type Tie = { subsystem: string; title: string; id: number; via: number };
  const ties: Tie[] = modules.map((m) => ({
    subsystem: m.subsystem,
    title: m.title,
    id: m.id,
    via: Number.MIN_SAFE_INTEGER,
  }));
  const pointLayer = [...layerOf];
  const segments: [number, number][] = []; // [upper point, lower point] between adjacent layers
  for (const [from, to] of graph.edges) {
    let upper = from;
    for (let layer = layerOf[from]! + 1; layer < layerOf[to]!; layer++) {
      const target = modules[to]!;
      const virtual = ties.length;
      ties.push({ subsystem: target.subsystem, title: target.title, id: target.id, via: modules[from]!.id });
      pointLayer.push(layer);
      segments.push([upper, virtual]);
      upper = virtual;
    }
    segments.push([upper, to]);
  }
  const compareTie = (a: number, b: number) => {
    const x = ties[a]!;
    const y = ties[b]!;
    return compareText(x.subsystem, y.subsystem) || compareText(x.title, y.title) || x.id - y.id || x.via - y.via;
  };

  const depth = modules.length === 0 ? 0 : Math.max(...layerOf) + 1;
  let order: number[][] = Array.from({ length: depth }, () => []);
  pointLayer.forEach((layer, point) => order[layer]!.push(point));
  for (const layer of order) layer.sort(compareTie);

  const above: number[][] = ties.map(() => []);
  const below: number[][] = ties.map(() => []);
  for (const [upper, lower] of segments) {
    below[upper]!.push(lower);
    above[lower]!.push(upper);
  }

  const positionsOf = (layers: number[][]) => {
    const position: number[] = ties.map(() => 0);
    for (const layer of layers) layer.forEach((point, rank) => (position[point] = rank));
    return position;
  };
  const countCrossings = (layers: number[][]) => {
    const position = positionsOf(layers);
    let count = 0;
    for (let a = 0; a < segments.length; a++) {
      for (let b = a + 1; b < segments.length; b++) {
        const [u1, v1] = segments[a]!;
        const [u2, v2] = segments[b]!;
        if (pointLayer[u1] !== pointLayer[u2]) continue;
        if ((position[u1]! - position[u2]!) * (position[v1]! - position[v2]!) < 0) count++;
      }
    }
    return count;
  };
  const reorder = (layer: number[], neighbours: number[][], position: number[]) => {
    const key = new Map<number, number>();
    for (const point of layer) {
      const near = neighbours[point]!;
      key.set(point, near.length === 0 ? position[point]! : near.reduce((s, n) => s + position[n]!, 0) / near.length);
    }
    layer.sort((a, b) => key.get(a)! - key.get(b)! || compareTie(a, b));
    layer.forEach((point, rank) => (position[point] = rank));
  };

  let best = order.map((layer) => [...layer]);
  let bestCrossings = countCrossings(best);
  for (let sweep = 0; sweep < rules.sweeps && bestCrossings > 0; sweep++) {
    const position = positionsOf(order);
    for (const pass of ["down", "up"] as const) {
      if (pass === "down") for (let layer = 1; layer < depth; layer++) reorder(order[layer]!, above, position);
      else for (let layer = depth - 2; layer >= 0; layer--) reorder(order[layer]!, below, position);
      // Checked after each pass: the up pass can undo what the down pass got right.
      const crossings = countCrossings(order);
      if (crossings < bestCrossings) {
        best = order.map((layer) => [...layer]);
        bestCrossings = crossings;
      }
    }
  }
  order = best;

  const layers = order.map((layer) => layer.filter((point) => point < modules.length).map((i) => modules[i]!.id));
  const positions = new Map<number, { layer: number; order: number }>();
  layers.forEach((ids, layer) => ids.forEach((id, rank) => positions.set(id, { layer, order: rank })));
  return { layers, positions, crossings: bestCrossings };
}
