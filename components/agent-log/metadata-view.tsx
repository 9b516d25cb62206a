/**
 * An entry's metadata, folded away until asked for. A native <details> opens with Enter or
 * Space and says whether it is open, with no script; the JSON wraps instead of scrolling so a
 * phone never needs a sideways scroll.
 */
export function MetadataView({ metadata, label = "Metadata" }: { metadata: unknown; label?: string }) {
  if (metadata === null || metadata === undefined) return null;
  const keys = typeof metadata === "object" && !Array.isArray(metadata) ? Object.keys(metadata).length : null;
  if (keys === 0) return null;
  return (
    <details className="group text-sm">
      <summary className="inline-flex cursor-pointer items-center gap-1 rounded text-muted hover:text-ink [&::-webkit-details-marker]:hidden">
        <svg aria-hidden="true" viewBox="0 0 16 16" className="h-3.5 w-3.5 transition-transform group-open:rotate-90">
          <path d="M6 3.5L10.5 8 6 12.5" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" />
        </svg>
        {label}
        {keys !== null && <span className="text-xs">({keys} {keys === 1 ? "key" : "keys"})</span>}
      </summary>
      <pre className="mt-2 rounded-md border border-line bg-canvas p-3 font-mono text-xs break-words whitespace-pre-wrap text-ink">
        {JSON.stringify(metadata, null, 2)}
      </pre>
    </details>
  );
}
