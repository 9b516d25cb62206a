import { describe, expect, test } from "vitest";
import { edgePath, graphGeometry, wrapTitle, type GraphSizes } from "./geometry";

const SIZES: GraphSizes = { nodeWidth: 100, nodeHeight: 40, columnGap: 60, rowGap: 10, padding: 5, arrowGap: 4 };

describe("wrapTitle", () => {
  test.each<[string, string, number, number, string[]]>([
    ["a short title stays whole", "Power budget", 27, 2, ["Power budget"]],
    ["breaks at a space", "Flight Software Modes and State Machines", 27, 2, ["Flight Software Modes and", "State Machines"]],
    [
      "too long for two lines ends in an ellipsis",
      "Orbital Thermal Environment: Solar, Albedo and Earth IR",
      27,
      2,
      ["Orbital Thermal", "Environment: Solar, Albedo…"],
    ],
    [
      "the cut falls between words, without a dangling comma",
      "Orbital Thermal Environment: Solar, Albedo and Earth IR",
      26,
      2,
      ["Orbital Thermal", "Environment: Solar…"],
    ],
    ["a word longer than a line is cut", "Supercalifragilisticexpialidocious", 10, 2, ["Supercali…"]],
    ["one line only", "Radiation Effects: TID, SEU and Latch-up", 20, 1, ["Radiation Effects…"]],
    ["spaces are normalised", "  Power   budget ", 27, 2, ["Power budget"]],
    ["an empty title has no lines", "", 27, 2, []],
  ])("%s", (_label, title, maxChars, maxLines, expected) => {
    const lines = wrapTitle(title, maxChars, maxLines);
    expect(lines).toEqual(expected);
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(maxChars);
  });
});

describe("graphGeometry", () => {
  test("a layer is a column; shorter columns are centred on the tallest", () => {
    const layout = { layers: [[1], [2, 3, 4], [5, 6]], positions: new Map(), crossings: 0 };
    const { width, height, boxes } = graphGeometry(layout, SIZES);
    expect(width).toBe(5 * 2 + 3 * 100 + 2 * 60);
    expect(height).toBe(5 * 2 + 3 * 40 + 2 * 10);
    expect(boxes.get(1)).toEqual({ x: 5, y: 5 + 50 });
    expect([2, 3, 4].map((id) => boxes.get(id))).toEqual([
      { x: 165, y: 5 },
      { x: 165, y: 55 },
      { x: 165, y: 105 },
    ]);
    expect([5, 6].map((id) => boxes.get(id)!.y)).toEqual([30, 80]);
  });

  test("an empty graph has no size", () => {
    expect(graphGeometry({ layers: [], positions: new Map(), crossings: 0 }, SIZES)).toEqual({ width: 0, height: 0, boxes: new Map() });
  });
});

describe("edgePath", () => {
  test("runs from the middle of the prerequisite's right side to just before the dependent's left side", () => {
    expect(edgePath({ x: 5, y: 5 }, { x: 165, y: 55 }, SIZES)).toBe("M 105 25 C 135 25, 131 75, 161 75");
  });

  test("a long edge bends over a third of its run", () => {
    const d = edgePath({ x: 0, y: 0 }, { x: 480, y: 0 }, SIZES);
    expect(d).toBe("M 100 20 C 225.3 20, 350.7 20, 476 20");
  });
});
