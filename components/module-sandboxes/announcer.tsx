"use client";

import { createContext, useCallback, useContext, useEffect, useRef, useState, type ReactNode } from "react";

const Announce = createContext<(message: string) => void>(() => {});

/**
 * A status region for the whole Sandboxes section. Detaching removes the environment's card,
 * and with it the button that was pressed and any message next to it, so the answer is given
 * here and focus moves to the section's heading instead of being lost.
 */
export function SandboxAnnouncer({ headingId, children }: { headingId: string; children: ReactNode }) {
  const [said, setSaid] = useState<{ message: string; seq: number }>({ message: "", seq: 0 });
  const announce = useCallback((message: string) => setSaid((previous) => ({ message, seq: previous.seq + 1 })), []);
  const first = useRef(true);

  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    document.getElementById(headingId)?.focus();
  }, [said.seq, headingId]);

  return (
    <Announce.Provider value={announce}>
      <p role="status" className="text-sm text-ok">
        {said.message}
      </p>
      {children}
    </Announce.Provider>
  );
}

export function useAnnounce(): (message: string) => void {
  return useContext(Announce);
}
