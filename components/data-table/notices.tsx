/** What the URL asked for but the table could not use, said plainly instead of failing. */
export function TableNotices({ notices }: { notices: string[] }) {
  if (notices.length === 0) return null;
  return (
    <div role="note" aria-label="Ignored parts of the link" className="rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-ink">
      <p className="font-semibold">Some parts of this link were ignored:</p>
      <ul className="mt-1 list-disc space-y-0.5 pl-5">
        {notices.map((notice) => (
          <li key={notice}>{notice}</li>
        ))}
      </ul>
    </div>
  );
}
