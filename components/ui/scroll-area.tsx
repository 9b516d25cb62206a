"use client";

import { useEffect, useRef, useState } from "react";

/**
 * A horizontal scroller for a wide table. Only while its content overflows does it become a
 * named, focusable region, so keyboard users can scroll it and need no extra tab stop otherwise.
 */
export function ScrollArea({ label, children }: { label: string; children: React.ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);
  const [scrollable, setScrollable] = useState(false);

  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    // The observer reports once on observe(), then on every size change of the box or its table.
    const observer = new ResizeObserver(() => setScrollable(element.scrollWidth > element.clientWidth + 1));
    observer.observe(element);
    if (element.firstElementChild) observer.observe(element.firstElementChild);
    return () => observer.disconnect();
  }, []);

  return (
    <div
      ref={ref}
      // relative: screen-reader-only text inside (position: absolute) stays in the scroller
      // instead of widening the page on a phone.
      className="relative overflow-x-auto"
      {...(scrollable ? { tabIndex: 0, role: "region", "aria-label": `${label} (scrolls sideways)` } : {})}
    >
      {children}
    </div>
  );
}
