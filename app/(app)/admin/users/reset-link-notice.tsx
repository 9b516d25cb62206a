"use client";

import { useId, useState, useSyncExternalStore } from "react";

const noSubscription = () => () => {};

/**
 * A one-time reset link, shown once: only its hash is stored, so it cannot be shown again.
 * The origin is read on the client, where the admin's address bar is the truth.
 */
export function ResetLinkNotice({ path, label }: { path: string; label: string }) {
  const id = useId();
  const origin = useSyncExternalStore(noSubscription, () => window.location.origin, () => "");
  const url = `${origin}${path}`;
  const [copy, setCopy] = useState<"idle" | "copied" | "failed">("idle");

  async function copyLink() {
    try {
      await navigator.clipboard.writeText(url);
      setCopy("copied");
    } catch {
      setCopy("failed");
    }
  }

  return (
    <div className="mt-2 space-y-1 rounded-md border border-amber-200 bg-amber-50 p-2 text-sm">
      <label htmlFor={id} className="block font-medium">
        {label}
      </label>
      <div className="flex flex-wrap gap-2">
        <input
          id={id}
          type="text"
          readOnly
          value={url}
          onFocus={(event) => event.currentTarget.select()}
          className="min-w-0 flex-1 basis-56 rounded-md border border-line bg-white px-2 py-1 font-mono text-xs"
        />
        <button
          type="button"
          onClick={copyLink}
          className="rounded-md border border-line bg-white px-3 py-1 text-sm font-semibold hover:bg-canvas"
        >
          Copy link
        </button>
      </div>
      <p className="text-muted">Shown only now: copy it before leaving this page.</p>
      <p role="status">
        {copy === "copied" ? "Link copied." : copy === "failed" ? "Could not copy: select the link and copy it by hand." : null}
      </p>
    </div>
  );
}
