"use client";

import { useEffect, useState } from "react";
import { clockText, durationText } from "./labels";

/**
 * The time since the attempt started, for display only: the server times the attempt itself
 * when it is finished. Computed from the server's start and its clock at render time, so a
 * wrong clock on this device shifts nothing; the first render uses those figures alone, so the
 * server's HTML and the browser's first render agree.
 */
export function ElapsedTimer({ startedAt, serverNow }: { startedAt: string; serverNow: string }) {
  const start = Date.parse(startedAt);
  const atRender = Date.parse(serverNow);
  const [seconds, setSeconds] = useState(() => (atRender - start) / 1000);

  useEffect(() => {
    // The device clock may be off: measure from when this device received the server's time.
    const received = Date.now();
    const tick = () => setSeconds((atRender - start + Date.now() - received) / 1000);
    tick();
    const timer = window.setInterval(tick, 1000);
    return () => window.clearInterval(timer);
  }, [start, atRender]);

  return (
    <p className="text-sm text-muted">
      Time so far:{" "}
      {/* role="timer" is not announced on every tick; the minutes and seconds are there when read. */}
      <span role="timer" className="font-semibold tabular-nums text-ink">
        <span aria-hidden="true">{clockText(seconds)}</span>
        <span className="sr-only">{durationText(Math.floor(seconds / 60) * 60)}</span>
      </span>
    </p>
  );
}
