/**
 * Sign-in throttling. Failed attempts are counted per e-mail and per client IP over a sliding
 * window; the per-IP budget is larger because a campus shares few public addresses.
 */
export const SIGN_IN_LIMITS = {
  windowMinutes: 15,
  maxFailuresPerEmail: 5,
  maxFailuresPerIp: 30,
} as const;

export interface RateLimitDecision {
  limited: boolean;
  /** Whole minutes until the oldest counted failure leaves the window (at least 1). */
  retryAfterMinutes: number;
}

export function rateLimitDecision(
  failuresForEmail: readonly Date[],
  failuresForIp: readonly Date[],
  now: Date,
  limits: { windowMinutes: number; maxFailuresPerEmail: number; maxFailuresPerIp: number } = SIGN_IN_LIMITS,
): RateLimitDecision {
  const windowMs = limits.windowMinutes * 60_000;
  const recent = (times: readonly Date[]) =>
    times.filter((t) => now.getTime() - t.getTime() < windowMs).sort((a, b) => a.getTime() - b.getTime());
  const byEmail = recent(failuresForEmail);
  const byIp = recent(failuresForIp);
  const blockers: Date[] = [];
  // The window reopens when enough old failures expire to bring the count under the limit.
  if (byEmail.length >= limits.maxFailuresPerEmail) blockers.push(byEmail[byEmail.length - limits.maxFailuresPerEmail]!);
  if (byIp.length >= limits.maxFailuresPerIp) blockers.push(byIp[byIp.length - limits.maxFailuresPerIp]!);
  if (blockers.length === 0) return { limited: false, retryAfterMinutes: 0 };
  const reopensAt = Math.max(...blockers.map((t) => t.getTime() + windowMs));
  return { limited: true, retryAfterMinutes: Math.max(1, Math.ceil((reopensAt - now.getTime()) / 60_000)) };
}

/** The client's address as the first proxy saw it; "unknown" when there is no header. */
export function clientIp(headers: Headers): string {
  const forwarded = headers.get("x-forwarded-for")?.split(",")[0]?.trim();
  return (forwarded || headers.get("x-real-ip") || "unknown").slice(0, 64);
}

export function rateLimitMessage(minutes: number): string {
  return `Too many sign-in attempts. Try again in ${minutes} ${minutes === 1 ? "minute" : "minutes"}.`;
}
