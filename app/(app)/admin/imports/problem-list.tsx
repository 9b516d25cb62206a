export interface Problem {
  code: string;
  message: string;
  path?: string | null;
}

/** Page problems of a run or a preview: what is wrong, and the export path it was found at. */
export function ProblemList({ problems }: { problems: Problem[] }) {
  return (
    <ul className="divide-y divide-line rounded-md border border-line bg-white">
      {problems.map((p, i) => (
        <li key={i} className="space-y-0.5 px-3 py-2 text-sm">
          <p>
            <span className="mr-2 rounded bg-amber-50 px-1.5 py-0.5 font-mono text-xs text-warn ring-1 ring-amber-200">
              {p.code}
            </span>
            {p.message}
          </p>
          {p.path && <p className="break-all font-mono text-xs text-muted">{p.path}</p>}
        </li>
      ))}
    </ul>
  );
}
