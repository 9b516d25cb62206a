/**
 * Deterministic randomness for the demo export: a seeded mulberry32 stream, per-item streams
 * derived from a label and an index (so any row can be regenerated on its own, in any order), and
 * Notion-like ids that are unique by construction.
 */

/** The one seed everything derives from; change it and every byte of the export changes. */
export const DEMO_SEED = 0x5eed_cade;

export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** FNV-1a over UTF-16 code units, then a final avalanche. */
export function hash32(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

export class Rng {
  private readonly next: () => number;

  constructor(seed: number) {
    this.next = mulberry32(seed);
  }

  float(): number {
    return this.next();
  }

  /** Integer in [0, n). */
  int(n: number): number {
    return Math.floor(this.next() * n);
  }

  /** Integer in [lo, hi], both included. */
  between(lo: number, hi: number): number {
    return lo + this.int(hi - lo + 1);
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new Error("pick from an empty list");
    return items[this.int(items.length)]!;
  }

  /** Picks by weight: `[[value, weight], …]`. */
  weighted<T>(options: readonly (readonly [T, number])[]): T {
    const total = options.reduce((sum, [, w]) => sum + w, 0);
    let roll = this.next() * total;
    for (const [value, weight] of options) {
      roll -= weight;
      if (roll < 0) return value;
    }
    return options[options.length - 1]![0];
  }

  /** A shuffled copy (Fisher–Yates). */
  shuffle<T>(items: readonly T[]): T[] {
    const copy = [...items];
    for (let i = copy.length - 1; i > 0; i--) {
      const j = this.int(i + 1);
      [copy[i], copy[j]] = [copy[j]!, copy[i]!];
    }
    return copy;
  }

  /** `k` distinct items, in random order. */
  sample<T>(items: readonly T[], k: number): T[] {
    return this.shuffle(items).slice(0, k);
  }
}

/** The stream for one item: the same label and index always give the same numbers. */
export function rngFor(label: string, index = 0): Rng {
  return new Rng(hash32(`${DEMO_SEED}:${label}:${index}`));
}

// ---------------------------------------------------------------------------------------------
// Ids

const MASK64 = (1n << 64n) - 1n;

/** splitmix64's step: a bijection on 64-bit integers, so distinct keys give distinct outputs. */
function splitmix64(x: bigint): bigint {
  let z = (x + 0x9e3779b97f4a7c15n) & MASK64;
  z = ((z ^ (z >> 30n)) * 0xbf58476d1ce4e5b9n) & MASK64;
  z = ((z ^ (z >> 27n)) * 0x94d049bb133111ebn) & MASK64;
  return z ^ (z >> 31n);
}

/** Per-workspace prefix of newer Notion ids (the 13th hex digit is the "8" real ones carry). */
export const WORKSPACE_ID_PREFIX = "1a2b3c4de5f680";

/**
 * A 32-hex id for item `index` of id group `group`. `style: "workspace"` gives the newer kind,
 * sharing WORKSPACE_ID_PREFIX; `"v4"` gives an older random-looking UUIDv4. Sixteen of the free
 * hex digits come from a bijective mix of (group, index), so ids never collide.
 */
export function makeId(group: number, index: number, style: "workspace" | "v4" = "workspace"): string {
  const key = ((BigInt(group) << 32n) | BigInt(index)) ^ BigInt(DEMO_SEED);
  const unique = splitmix64(key).toString(16).padStart(16, "0");
  const filler = splitmix64(key ^ 0x5a5a5a5a5a5a5a5an).toString(16).padStart(16, "0");
  const template =
    style === "workspace"
      ? `${WORKSPACE_ID_PREFIX}${"?".repeat(18)}`
      : `${"?".repeat(12)}4???${"89ab"[Number(BigInt.asUintN(2, splitmix64(key ^ 7n)))]}${"?".repeat(15)}`;
  const free = unique + filler;
  let used = 0;
  let id = "";
  for (const ch of template) id += ch === "?" ? free[used++] : ch;
  return id;
}

/** A dashed UUIDv4-shaped string from a label (export job ids, workspace id). */
export function makeUuid(label: string): string {
  const rng = rngFor(`uuid:${label}`);
  let hex = "";
  for (let i = 0; i < 32; i++) hex += rng.int(16).toString(16);
  hex = `${hex.slice(0, 12)}4${hex.slice(13, 16)}${"89ab"[rng.int(4)]}${hex.slice(17)}`;
  return dashed(hex);
}

export function dashed(id32: string): string {
  return `${id32.slice(0, 8)}-${id32.slice(8, 12)}-${id32.slice(12, 16)}-${id32.slice(16, 20)}-${id32.slice(20)}`;
}
