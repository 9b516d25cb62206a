import { diffWords, lineItems, type TextChange } from "@/app/lib/domain/text-diff";

/**
 * Old and new wording in one run of text: removed words struck through in red, added words
 * underlined in green. Screen readers do not announce <del>/<ins>, so each piece says what it is.
 */
export function WordDiff({ before, after }: { before: string; after: string }) {
  const pieces = diffWords(before, after);
  return (
    <span className="whitespace-pre-wrap break-words">
      {pieces.map((piece, i) =>
        piece.op === "=" ? (
          <span key={i}>{piece.text}</span>
        ) : piece.op === "-" ? (
          <del key={i} className="bg-red-50 text-bad decoration-2">
            <span className="sr-only">[removed: </span>
            {piece.text}
            <span className="sr-only">]</span>
          </del>
        ) : (
          <ins key={i} className="bg-green-50 text-ok decoration-2">
            <span className="sr-only">[added: </span>
            {piece.text}
            <span className="sr-only">]</span>
          </ins>
        ),
      )}
    </span>
  );
}

/**
 * A section body's changed lines, as the diff lists them, with a count of the lines not shown.
 * A line replaced by one new line shows as one changed line with its words diffed.
 */
export function LineChanges({ change, label }: { change: TextChange; label: string }) {
  return (
    <div className="space-y-1">
      <p className="text-sm text-muted">
        {change.linesAdded} {change.linesAdded === 1 ? "line" : "lines"} added, {change.linesRemoved} {change.linesRemoved === 1 ? "line" : "lines"} removed
      </p>
      <ul aria-label={label} className="overflow-x-auto rounded-md border border-line bg-canvas font-mono text-sm">
        {lineItems(change.lines).map((item, i) =>
          item.kind === "changed" ? (
            <li key={i} className="whitespace-pre-wrap break-words bg-white px-3 py-0.5">
              <span aria-hidden="true">~ </span>
              <span className="sr-only">Changed line: </span>
              <WordDiff before={item.before} after={item.after} />
            </li>
          ) : (
            <li key={i} className={`whitespace-pre-wrap break-words px-3 py-0.5 ${item.kind === "added" ? "bg-green-50 text-ok" : "bg-red-50 text-bad"}`}>
              <span aria-hidden="true">{item.kind === "added" ? "+ " : "− "}</span>
              <span className="sr-only">{item.kind === "added" ? "Added line: " : "Removed line: "}</span>
              {item.text === "" ? <span className="italic text-muted">(empty line)</span> : item.text}
            </li>
          ),
        )}
      </ul>
      {change.omitted > 0 ? <p className="text-sm text-muted">…and {change.omitted} more changed {change.omitted === 1 ? "line" : "lines"}.</p> : null}
    </div>
  );
}
