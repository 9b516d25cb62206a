import { Session } from "node:inspector/promises";
import { getHeapStatistics } from "node:v8";

/** Below this much heap in use, nothing is asked: small imports never pay for a collection. */
const MIN_HEAP_BYTES = 96 * 1024 * 1024;
/** A collection is asked for once the heap in use has grown this much since the last one. */
const GROWTH = 1.5;

/**
 * Keeps an import's heap close to what it really holds.
 *
 * V8 schedules its next full collection when the heap reaches up to four times the live data
 * found by the previous one. An import's first full collection comes early (the export's
 * listing and CSV rows are live then); everything released afterwards (CSV rows once paired,
 * each page's leftovers, the listing at the end of the pass) then stays in memory until V8
 * reaches that limit, which on 100,000 pages is most of the process's peak. So the import
 * checks, now and then, how far the heap has grown since the last full collection, and asks
 * for one once it has grown by half (a few, of a few hundred milliseconds each, on 100,000 pages).
 */
export class GarbagePacer {
  private baseline = usedHeap();

  /** Cheap enough to call every thousand pages: one counter read, mostly. */
  async check(): Promise<void> {
    const used = usedHeap();
    if (used < MIN_HEAP_BYTES || used < this.baseline * GROWTH) return;
    await collectGarbage();
    this.baseline = usedHeap();
  }
}

function usedHeap(): number {
  return getHeapStatistics().used_heap_size;
}

/**
 * Asks V8 for a full collection now, through the inspector protocol (which needs no
 * command-line flag); V8 also gives the freed memory back to the system. Only a hint: where the
 * inspector is unavailable (a Node built without it) nothing happens.
 */
async function collectGarbage(): Promise<void> {
  let session: Session | null = null;
  try {
    session = new Session();
    session.connect();
    await session.post("HeapProfiler.collectGarbage");
  } catch {
    // No inspector, or it refused: the import works the same, with more memory.
  } finally {
    try {
      session?.disconnect();
    } catch {
      // Already disconnected.
    }
  }
}
