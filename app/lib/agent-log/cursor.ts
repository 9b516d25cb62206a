/**
 * The timeline pages by keyset, never by OFFSET: a cursor names the last entry shown, as its
 * (timestamp, log_id) in the timeline's order. The timestamp is kept as PostgreSQL printed it,
 * to the microsecond: a JavaScript Date keeps only milliseconds, and a cursor rounded to them
 * would skip the entries that fall inside the lost microseconds.
 */
export interface TimelineCursor {
  /** `YYYY-MM-DDTHH:MM:SS.ffffff` (UTC, as stored), or null for an entry without a time. */
  timestamp: string | null;
  logId: number;
}

/** The format `to_char(timestamp, 'YYYY-MM-DD"T"HH24:MI:SS.US')` prints. */
export const CURSOR_TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}$/;
const MAX_SERIAL = 2_147_483_647;

export function encodeCursor(cursor: TimelineCursor): string {
  return Buffer.from(`${cursor.timestamp ?? "-"}_${cursor.logId}`, "utf8").toString("base64url");
}

/** The cursor a link carries, or null when it is missing or was not made by encodeCursor. */
export function decodeCursor(text: string | null | undefined): TimelineCursor | null {
  if (!text || text.length > 100 || !/^[A-Za-z0-9_-]+$/.test(text)) return null;
  const decoded = Buffer.from(text, "base64url").toString("utf8");
  const match = /^(.+)_(\d{1,10})$/.exec(decoded);
  if (!match) return null;
  const [, stamp, id] = match as unknown as [string, string, string];
  const logId = Number(id);
  if (!Number.isSafeInteger(logId) || logId < 1 || logId > MAX_SERIAL) return null;
  if (stamp === "-") return { timestamp: null, logId };
  if (!CURSOR_TIMESTAMP.test(stamp) || Number.isNaN(Date.parse(`${stamp.slice(0, 23)}Z`))) return null;
  return { timestamp: stamp, logId };
}
