import type { EnvironmentStatus, SandboxStatus, SimulationKind } from "@/app/lib/domain/vocabulary";

/**
 * What a simulation environment is for, in words: its kind's purpose and its `config_json` as
 * labelled details. The config is free-form JSON written by whoever set the environment up, so
 * known keys get a name and a unit, unknown ones a label made from the key, and nested values
 * are flattened one level; nothing is shown as raw JSON.
 */

export interface ConfigDetail {
  label: string;
  value: string;
  /** Identifiers (templates, probes, commands) read best in a monospace font. */
  code: boolean;
}

export const KIND_PURPOSES: Record<SimulationKind, string> = {
  CircuitJS: "Interactive circuit simulation in the browser: build a circuit and watch its currents and voltages move.",
  LTSpice: "SPICE circuit simulation with real device models, for converters and protection circuits.",
  FreeCAD: "3D CAD modelling with finite-element analysis of parts and structures.",
  WebContainer: "A Node.js project that runs in the browser, for writing and testing flight-software code.",
};

export const ENVIRONMENT_STATUS_LABELS: Record<EnvironmentStatus, string> = {
  available: "Available",
  maintenance: "In maintenance",
  retired: "Retired",
};

export const SANDBOX_STATUS_LABELS: Record<SandboxStatus, string> = {
  provisioning: "Starting",
  ready: "Ready",
  running: "Running",
  stopped: "Stopped",
  failed: "Failed",
};

interface KnownKey {
  label: string;
  code: boolean;
  format?: (value: unknown) => string | null;
}

const KNOWN_KEYS: Record<string, KnownKey> = {
  template: { label: "Starting template", code: true },
  probes: { label: "Probes", code: true },
  models: { label: "Device models", code: true },
  analysis: { label: "SPICE analysis", code: true },
  timestepUs: { label: "Time step", code: false, format: (v) => (typeof v === "number" ? `${v} µs` : null) },
  units: { label: "Units", code: false },
  fem: { label: "FEM solver", code: false },
  runtime: { label: "Runtime", code: false, format: (v) => (typeof v === "string" && /^node\d+$/i.test(v) ? `Node.js ${v.slice(4)}` : null) },
  tests: { label: "Test runner", code: true },
};

const MAX_DETAILS = 12;
const MAX_VALUE = 160;

export function describeEnvironmentConfig(config: Record<string, unknown>): ConfigDetail[] {
  const known = Object.keys(KNOWN_KEYS).filter((key) => key in config);
  const unknown = Object.keys(config).filter((key) => !(key in KNOWN_KEYS));
  const details: ConfigDetail[] = [];
  for (const key of [...known, ...unknown]) {
    const spec = KNOWN_KEYS[key];
    const value = config[key];
    if (isPlainObject(value)) {
      for (const [inner, innerValue] of Object.entries(value)) {
        const text = scalarText(innerValue);
        if (text !== null) details.push({ label: `${keyLabel(key)}: ${keyLabel(inner, false)}`, value: text, code: false });
      }
      continue;
    }
    const text = spec?.format?.(value) ?? scalarText(value);
    if (text !== null) details.push({ label: spec?.label ?? keyLabel(key), value: text, code: spec?.code ?? false });
  }
  return details.slice(0, MAX_DETAILS);
}

/** "meshSize" → "Mesh size", "max_iterations" → "Max iterations": the key's words in sentence case. */
export function keyLabel(key: string, capitalise = true): string {
  const words = key
    .replace(/([a-z0-9])([A-Z])/g, "$1 $2")
    .replace(/[_-]+/g, " ")
    .trim()
    .toLowerCase();
  if (!words) return key;
  return capitalise ? words[0]!.toUpperCase() + words.slice(1) : words;
}

/** A string, number or boolean, or a list of them; null for anything else (empty, nested, null). */
function scalarText(value: unknown): string | null {
  if (Array.isArray(value)) {
    const items = value.map(single).filter((v): v is string => v !== null);
    return items.length > 0 ? clip(items.join(", ")) : null;
  }
  const text = single(value);
  return text === null ? null : clip(text);
}

function single(value: unknown): string | null {
  if (typeof value === "string") return value.trim() || null;
  if (typeof value === "number" && Number.isFinite(value)) return String(value);
  if (typeof value === "boolean") return value ? "yes" : "no";
  return null;
}

function clip(text: string): string {
  return text.length > MAX_VALUE ? `${text.slice(0, MAX_VALUE - 1)}…` : text;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}

/** "24 Aug 2026, 14:03 UTC". */
export function dateTimeText(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return `${date.toLocaleString("en-GB", { day: "numeric", month: "short", year: "numeric", hour: "2-digit", minute: "2-digit", hour12: false, timeZone: "UTC" })} UTC`;
}
