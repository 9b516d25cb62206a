import { describe, expect, test } from "vitest";
import { dateTimeText, describeEnvironmentConfig, keyLabel, type ConfigDetail } from "./environment-config";

describe("describeEnvironmentConfig", () => {
  test.each<[string, Record<string, unknown>, ConfigDetail[]]>([
    [
      "the demo CircuitJS bench: template, time step with its unit, probes as a list",
      { template: "eps-power-path", timestepUs: 5, probes: ["V_BUS", "I_BATT"] },
      [
        { label: "Starting template", value: "eps-power-path", code: true },
        { label: "Probes", value: "V_BUS, I_BATT", code: true },
        { label: "Time step", value: "5 µs", code: false },
      ],
    ],
    [
      "the demo WebContainer: a Node runtime in words",
      { template: "fsw-state-machine", runtime: "node20", tests: "vitest" },
      [
        { label: "Starting template", value: "fsw-state-machine", code: true },
        { label: "Runtime", value: "Node.js 20", code: false },
        { label: "Test runner", value: "vitest", code: true },
      ],
    ],
    [
      "unknown keys get a label from their words, after the known ones",
      { meshSize: 2.5, template: "rails", use_gpu: true },
      [
        { label: "Starting template", value: "rails", code: true },
        { label: "Mesh size", value: "2.5", code: false },
        { label: "Use gpu", value: "yes", code: false },
      ],
    ],
    [
      "a nested object is flattened one level; deeper values and empties are left out",
      { solver: { maxIterations: 200, tolerance: "1e-6", deeper: { x: 1 } }, notes: "", list: [], nothing: null },
      [
        { label: "Solver: max iterations", value: "200", code: false },
        { label: "Solver: tolerance", value: "1e-6", code: false },
      ],
    ],
    ["a known key with an unexpected type falls back to plain text", { timestepUs: "fast" }, [{ label: "Time step", value: "fast", code: false }]],
    ["nothing configured", {}, []],
  ])("%s", (_label, config, expected) => {
    expect(describeEnvironmentConfig(config)).toEqual(expected);
  });

  test("very long values are clipped and at most twelve details are shown", () => {
    const config = Object.fromEntries(Array.from({ length: 20 }, (_, i) => [`key${i}`, "x".repeat(500)]));
    const details = describeEnvironmentConfig(config);
    expect(details).toHaveLength(12);
    expect(details[0]!.value.length).toBe(160);
    expect(details[0]!.value.endsWith("…")).toBe(true);
  });
});

test.each([
  ["timestepUs", "Timestep us"],
  ["fem_solver", "Fem solver"],
  ["run-mode", "Run mode"],
])("keyLabel(%s) = %s", (key, label) => {
  expect(keyLabel(key)).toBe(label);
});

test("dateTimeText shows the UTC time, and an unreadable value as it is", () => {
  expect(dateTimeText("2026-08-24T14:03:09.000Z")).toBe("24 Aug 2026, 14:03 UTC");
  expect(dateTimeText("soon")).toBe("soon");
});
