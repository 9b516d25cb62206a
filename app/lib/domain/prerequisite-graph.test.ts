import { describe, expect, test } from "vitest";
import {
  crossSubsystemEdges,
  describeCycle,
  findCycle,
  layeredLayout,
  LAYOUT_RULES,
  PrerequisiteCycleError,
  topologicalOrder,
  unreachableAfterRemoval,
  type GraphEdge,
  type GraphModule,
} from "./prerequisite-graph";

/**
 * Edges are written in learning order, `[prerequisite, module]`: `[1, 2]` is "2 needs 1".
 * Modules default to one subsystem with titles M1, M2, …
 */
type Pair = [number, number];
const edge = ([prerequisite, module]: Pair, required = true): GraphEdge => ({
  moduleId: module,
  prerequisiteModuleId: prerequisite,
  required,
});
const edges = (pairs: Pair[]) => pairs.map((p) => edge(p));
const mods = (count: number, subsystem = "power"): GraphModule[] =>
  Array.from({ length: count }, (_, i) => ({ id: i + 1, title: `M${i + 1}`, subsystem }));

/** 1–4 in power, 5–6 in avionics, with real titles for the messages. */
const catalogue: GraphModule[] = [
  { id: 1, title: "Power budget", subsystem: "power" },
  { id: 2, title: "Solar array sizing", subsystem: "power" },
  { id: 3, title: "Battery sizing", subsystem: "power" },
  { id: 4, title: "Power distribution", subsystem: "power" },
  { id: 5, title: "Orbit basics", subsystem: "avionics" },
  { id: 6, title: "Attitude control", subsystem: "avionics" },
];

describe("findCycle", () => {
  test.each<[string, Pair[], Pair | undefined, number[] | null]>([
    ["no edges, no candidate", [], undefined, null],
    ["acyclic chain, no candidate", [[1, 2], [2, 3]], undefined, null],
    ["a shortcut along a chain is no cycle", [[1, 2], [2, 3]], [1, 3], null],
    ["a parallel branch is no cycle", [[1, 2], [1, 3]], [2, 3], null],
    ["direct: 2 needs 1, candidate 1 needs 2", [[1, 2]], [2, 1], [1, 2]],
    ["long: 1→2→3→4, candidate 1 needs 4", [[1, 2], [2, 3], [3, 4]], [4, 1], [1, 2, 3, 4]],
    ["the shortest way back is named", [[1, 2], [2, 3], [3, 4], [1, 4]], [4, 1], [1, 4]],
    ["starts at the candidate's module", [[1, 2], [2, 3], [3, 4]], [4, 2], [2, 3, 4]],
    ["self candidate", [[1, 2]], [3, 3], [3]],
    ["self candidate on an unknown module", [], [99, 99], [99]],
    ["candidate with an unknown end", [[1, 2]], [99, 1], null],
    ["existing self-edge, no candidate", [[2, 2]], undefined, [2]],
    ["existing cycle, no candidate", [[1, 2], [2, 3], [3, 1]], undefined, [1, 2, 3]],
    ["existing cycle elsewhere, harmless candidate", [[2, 3], [3, 2]], [1, 4], [2, 3]],
    ["edges to unknown modules are ignored", [[1, 99], [99, 1]], undefined, null],
  ])("%s", (_name, pairs, candidate, expected) => {
    expect(findCycle(mods(4), edges(pairs), candidate && edge(candidate))).toEqual(expected);
  });

  test("recommended edges make cycles too", () => {
    const recommended = [edge([1, 2], false), edge([2, 3], false)];
    expect(findCycle(mods(3), recommended, edge([3, 1], false))).toEqual([1, 2, 3]);
  });

  test("every consecutive pair of the cycle is an edge, the last closing it", () => {
    const pairs: Pair[] = [[1, 2], [2, 3], [3, 4], [2, 4], [4, 5]];
    const candidate = edge([5, 2]);
    const cycle = findCycle(mods(5), edges(pairs), candidate)!;
    const all = [...edges(pairs), candidate];
    cycle.forEach((id, i) => {
      const next = cycle[(i + 1) % cycle.length]!;
      expect(all.some((e) => e.prerequisiteModuleId === id && e.moduleId === next)).toBe(true);
    });
  });
});

describe("describeCycle", () => {
  test.each<[string, number[], string]>([
    ["two modules", [1, 2], "Power budget → Solar array sizing → Power budget"],
    ["three modules", [2, 3, 4], "Solar array sizing → Battery sizing → Power distribution → Solar array sizing"],
    ["a self-edge", [5], "Orbit basics → Orbit basics"],
    ["an unknown id", [1, 42], "Power budget → #42 → Power budget"],
    ["empty", [], ""],
  ])("%s", (_name, cycle, text) => {
    expect(describeCycle(cycle, catalogue)).toBe(text);
  });

  test("reads the refusal for the issue's example", () => {
    // Solar array sizing needs Power budget; faculty try "Power budget needs Solar array sizing".
    const cycle = findCycle(catalogue, edges([[1, 2]]), edge([2, 1]))!;
    expect(describeCycle(cycle, catalogue)).toBe("Power budget → Solar array sizing → Power budget");
  });
});

describe("unreachableAfterRemoval", () => {
  test.each<[string, Pair[], Pair, number[]]>([
    ["a module's only prerequisite takes its chain along", [[1, 2], [2, 3]], [1, 2], [2, 3]],
    ["the end of a chain", [[1, 2], [2, 3]], [2, 3], [3]],
    ["a dependent with another way in stays", [[1, 2], [2, 3], [1, 3]], [1, 2], [2]],
    ["diamond: one of two prerequisites", [[1, 2], [1, 3], [2, 4], [3, 4]], [2, 4], []],
    ["diamond: a side's only prerequisite", [[1, 2], [1, 3], [2, 4], [3, 4]], [1, 2], [2]],
    ["a shortcut edge", [[1, 2], [2, 3], [1, 3]], [1, 3], []],
    ["an edge that is not there", [[1, 2]], [2, 3], []],
    ["an edge with an unknown end", [[1, 2]], [1, 99], []],
    // Solar array sizing needs Power budget and Orbit basics: the catalogue view keeps it, but
    // it (and Battery sizing after it) would follow nothing in the power path.
    ["last in-subsystem prerequisite, one left across", [[1, 2], [5, 2], [2, 3]], [1, 2], [2, 3]],
    ["a cross edge with an in-subsystem one left", [[1, 2], [5, 2]], [5, 2], []],
    ["a cross edge that was the only prerequisite", [[5, 1], [1, 2]], [5, 1], [1, 2]],
    ["an avionics removal leaves power alone", [[5, 6], [1, 2]], [5, 6], [6]],
  ])("%s", (_name, pairs, removed, expected) => {
    expect(unreachableAfterRemoval(catalogue, edges(pairs), edge(removed))).toEqual(expected);
  });

  test("matches the edge by its ends, whatever its required flag", () => {
    expect(unreachableAfterRemoval(catalogue, [edge([1, 2], false)], edge([1, 2], true))).toEqual([2]);
  });

  test("ids come back in the input order of the modules", () => {
    const reversed = [...catalogue].reverse();
    expect(unreachableAfterRemoval(reversed, edges([[1, 2], [2, 3]]), edge([1, 2]))).toEqual([3, 2]);
  });
});

describe("topologicalOrder", () => {
  test.each<[string, GraphModule[], Pair[], number[]]>([
    ["no edges keeps the input order", [3, 1, 2].map((id) => mods(3)[id - 1]!), [], [3, 1, 2]],
    ["a chain", mods(3), [[3, 2], [2, 1]], [3, 2, 1]],
    ["a blocked module waits, the others keep their order", mods(4), [[4, 1]], [2, 3, 4, 1]],
    ["a released module queues by input order", mods(3), [[1, 3]], [1, 2, 3]],
    ["released after an earlier-listed ready module", [3, 2, 1].map((id) => mods(3)[id - 1]!), [[1, 3]], [2, 1, 3]],
    ["diamond", mods(4), [[1, 2], [1, 3], [2, 4], [3, 4]], [1, 2, 3, 4]],
    ["duplicate edges count once", mods(2), [[1, 2], [1, 2]], [1, 2]],
  ])("%s", (_name, modules, pairs, expected) => {
    expect(topologicalOrder(modules, edges(pairs))).toEqual(expected);
  });

  test("throws a named cycle", () => {
    const run = () => topologicalOrder(catalogue, edges([[1, 2], [2, 1], [3, 4]]));
    expect(run).toThrow(PrerequisiteCycleError);
    expect(run).toThrow("The prerequisite graph has a cycle: Power budget → Solar array sizing → Power budget");
    try {
      run();
    } catch (error) {
      expect((error as PrerequisiteCycleError).cycle).toEqual([1, 2]);
    }
  });

  test("refuses duplicate module ids", () => {
    expect(() => topologicalOrder([...mods(2), ...mods(1)], [])).toThrow("Duplicate module id 1");
  });
});

describe("crossSubsystemEdges", () => {
  test("keeps the edges between subsystems, in input order", () => {
    const all = [edge([1, 2]), edge([5, 2]), edge([6, 5]), edge([3, 6], false), edge([99, 1])];
    expect(crossSubsystemEdges(catalogue, all)).toEqual([edge([5, 2]), edge([3, 6], false)]);
  });
});

/** An independent count of crossings among edges between adjacent layers. */
function crossings(layout: ReturnType<typeof layeredLayout>, pairs: Pair[]): number {
  const at = (id: number) => layout.positions.get(id)!;
  const adjacent = pairs.filter(([p, m]) => at(m).layer - at(p).layer === 1);
  let count = 0;
  for (let a = 0; a < adjacent.length; a++) {
    for (let b = a + 1; b < adjacent.length; b++) {
      const [p1, m1] = adjacent[a]!;
      const [p2, m2] = adjacent[b]!;
      if (at(p1).layer !== at(p2).layer) continue;
      if ((at(p1).order - at(p2).order) * (at(m1).order - at(m2).order) < 0) count++;
    }
  }
  return count;
}

describe("layeredLayout", () => {
  test.each<[string, number, Pair[], number[][]]>([
    ["a chain", 3, [[1, 2], [2, 3]], [[1], [2], [3]]],
    ["a diamond", 4, [[1, 2], [1, 3], [2, 4], [3, 4]], [[1], [2, 3], [4]]],
    ["layer is the longest path, not the shortest", 3, [[1, 2], [2, 3], [1, 3]], [[1], [2], [3]]],
    ["unconnected modules are roots", 3, [[1, 3]], [[1, 2], [3]]],
    ["empty", 0, [], []],
  ])("%s", (_name, count, pairs, layers) => {
    const layout = layeredLayout(mods(count), edges(pairs));
    expect(layout.layers).toEqual(layers);
    for (const [p, m] of pairs) expect(layout.positions.get(p)!.layer).toBeLessThan(layout.positions.get(m)!.layer);
  });

  test.each<[string, Pair[], number[], number[][]]>([
    ["a late root sits just before its earliest dependent", [[1, 2], [2, 3], [4, 3]], [4], [[1], [2, 4], [3]]],
    ["before the earliest of several dependents", [[1, 2], [2, 3], [4, 3], [4, 2]], [4], [[1, 4], [2], [3]]],
    ["a module with prerequisites is not moved", [[1, 2], [2, 3], [4, 3]], [2], [[1, 4], [2], [3]]],
    ["a root without dependents stays in layer 0", [[1, 2]], [3, 4], [[1, 3, 4], [2]]],
    ["unknown ids are ignored", [[1, 2]], [99], [[1, 3, 4], [2]]],
  ])("placement: %s", (_name, pairs, lateRoots, layers) => {
    const layout = layeredLayout(mods(4), edges(pairs), LAYOUT_RULES, { lateRoots });
    expect(layout.layers).toEqual(layers);
    for (const [p, m] of pairs) expect(layout.positions.get(p)!.layer).toBeLessThan(layout.positions.get(m)!.layer);
  });

  test("positions agree with the layers", () => {
    const layout = layeredLayout(mods(4), edges([[1, 2], [1, 3], [2, 4], [3, 4]]));
    expect([...layout.positions]).toEqual([
      [1, { layer: 0, order: 0 }],
      [2, { layer: 1, order: 0 }],
      [3, { layer: 1, order: 1 }],
      [4, { layer: 2, order: 0 }],
    ]);
  });

  test("start order is subsystem, then title, then id", () => {
    const modules: GraphModule[] = [
      { id: 1, title: "Zeta", subsystem: "power" },
      { id: 2, title: "Alpha", subsystem: "power" },
      { id: 3, title: "Omega", subsystem: "avionics" },
      { id: 4, title: "Alpha", subsystem: "power" },
    ];
    expect(layeredLayout(modules, []).layers).toEqual([[3, 2, 4, 1]]);
  });

  // Roots A, B, C (1–3); X needs C, Y needs B, Z needs A (4–6). In title order every pair of
  // edges crosses; flipping the lower layer removes all three crossings.
  const crossed: Pair[] = [[3, 4], [2, 5], [1, 6]];

  test("barycenter removes the crossings of the naive order", () => {
    const naive = layeredLayout(mods(6), edges(crossed), { sweeps: 0 });
    const swept = layeredLayout(mods(6), edges(crossed));
    expect(naive.layers).toEqual([[1, 2, 3], [4, 5, 6]]);
    expect(naive.crossings).toBe(3);
    expect(crossings(naive, crossed)).toBe(3);
    expect(swept.layers).toEqual([[1, 2, 3], [6, 5, 4]]);
    expect(swept.crossings).toBe(0);
    expect(crossings(swept, crossed)).toBe(0);
  });

  test("long edges are routed through virtual points and their crossings counted", () => {
    // 1→2→3 is a chain; 4 is a root that 3 needs too, so 4→3 spans two layers. 5 in layer 1
    // needs 4, 6 needs 1. The start order of layer 1 (by title: 2, the route to 3, 5, 6) has
    // two crossings; one down pass gathers 1's children before 4's and removes them.
    const pairs: Pair[] = [[1, 2], [2, 3], [4, 3], [4, 5], [1, 6]];
    expect(layeredLayout(mods(6), edges(pairs), { sweeps: 0 }).crossings).toBe(2);
    const layout = layeredLayout(mods(6), edges(pairs));
    expect(layout.layers).toEqual([[1, 4], [2, 6, 5], [3]]);
    expect(layout.crossings).toBe(0);
    expect(crossings(layout, pairs)).toBe(0);
  });

  test("sweeps never make a drawing worse than the naive order", () => {
    // A few deterministic pseudo-random DAGs (edges only from lower to higher ids).
    let seed = 7;
    const random = () => {
      seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
      return seed / 2 ** 31;
    };
    for (let round = 0; round < 20; round++) {
      const count = 6 + Math.floor(random() * 10);
      const pairs: Pair[] = [];
      for (let m = 2; m <= count; m++) {
        for (let p = 1; p < m; p++) if (random() < 0.25) pairs.push([p, m]);
      }
      const naive = layeredLayout(mods(count), edges(pairs), { sweeps: 0 });
      const swept = layeredLayout(mods(count), edges(pairs));
      expect(swept.crossings).toBeLessThanOrEqual(naive.crossings);
    }
  });

  test("deterministic: same answer twice and whatever the input order", () => {
    const modules: GraphModule[] = [
      ...catalogue,
      { id: 7, title: "Link budget", subsystem: "communications" },
      { id: 8, title: "Antenna pointing", subsystem: "communications" },
    ];
    const pairs: Pair[] = [[5, 6], [5, 1], [1, 2], [1, 3], [2, 4], [3, 4], [6, 8], [7, 8], [1, 7], [5, 4]];
    const first = layeredLayout(modules, edges(pairs));
    const again = layeredLayout(modules, edges(pairs));
    const shuffled = layeredLayout([...modules].reverse(), edges([...pairs].reverse()));
    expect(again).toEqual(first);
    expect(shuffled.layers).toEqual(first.layers);
    expect([...shuffled.positions].sort(([a], [b]) => a - b)).toEqual([...first.positions].sort(([a], [b]) => a - b));
  });

  test("refuses a cycle", () => {
    expect(() => layeredLayout(mods(2), edges([[1, 2], [2, 1]]))).toThrow(PrerequisiteCycleError);
  });
});
