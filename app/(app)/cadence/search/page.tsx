import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";
import { Suspense, type ReactNode } from "react";
import { z } from "zod";
import type { Viewer } from "@/app/lib/auth/roles";
import { SUBSYSTEM_LABELS, type Subsystem } from "@/app/lib/domain/vocabulary";
import { requireViewer } from "@/app/lib/session";
import { ExplorerNav } from "@/components/cadence/explorer-nav";
import {
  BODY_CANDIDATES,
  DEFAULT_PAGE_SIZE,
  MAX_QUERY_LENGTH,
  SEARCH_TYPE_LABELS,
  SEARCH_TYPES,
  searchCadence,
  type SearchOutcome,
  type SearchResult,
  type SearchType,
  type TextSegment,
} from "@/db/queries/cadence-search";

export const dynamic = "force-dynamic";

export const metadata: Metadata = { title: "Search · CADENCE explorer" };

const SearchParamsSchema = z.object({
  // Longer input is cut, not refused: a pasted paragraph still searches its first words.
  q: z
    .string()
    .catch("")
    .transform((q) => Array.from(q.trim()).slice(0, MAX_QUERY_LENGTH).join("")),
  type: z.enum(["all", ...SEARCH_TYPES]).catch("all"),
  page: z.coerce.number().int().min(1).max(10_000).catch(1),
});

type Filters = z.infer<typeof SearchParamsSchema>;

const EXAMPLES = ["antenna deployment", "thermal vacuum", '"burn wire"', "battery or solar"];

/** One of a kind, for result badges. */
const TYPE_SINGULAR: Record<SearchType, string> = {
  people: "Person",
  projects: "Project",
  tasks: "Task",
  meetings: "Meeting",
  documents: "Document",
  raw: "Raw page",
};

const EXCLUDE_REASONS: Record<string, string> = {
  template: "a template",
  archived: "archived",
  duplicate: "a duplicate",
  linked_view: "a linked view",
  untitled: "untitled",
  empty: "empty",
  other: "not part of the record",
};

function searchHref(filters: { q: string; type?: Filters["type"]; page?: number }): string {
  const params = new URLSearchParams({ q: filters.q });
  if (filters.type && filters.type !== "all") params.set("type", filters.type);
  if (filters.page && filters.page > 1) params.set("page", String(filters.page));
  return `/cadence/search?${params.toString()}`;
}

function resultHref(result: SearchResult): string {
  return `/cadence/${result.type}/${result.id}`;
}

const n = (value: number) => value.toLocaleString("en-US");

export default async function CadenceSearchPage(props: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const filters = SearchParamsSchema.parse(await props.searchParams);
  const viewer = await requireViewer(filters.q ? searchHref(filters) : "/cadence/search");
  return (
    <div className="space-y-6">
      <ExplorerNav current="search" />
      <section className="max-w-3xl space-y-3">
        <h1 className="text-3xl font-bold tracking-tight">Search the CADENCE record</h1>
        <form action="/cadence/search" method="get" role="search" className="space-y-2">
          <label htmlFor="search-q" className="block text-sm font-medium">
            Words to find in people, projects, tasks, meetings, documents and raw pages
          </label>
          <div className="flex flex-wrap gap-2">
            <input
              id="search-q"
              name="q"
              type="search"
              defaultValue={filters.q}
              maxLength={MAX_QUERY_LENGTH}
              aria-describedby="search-q-hint"
              className="min-w-0 flex-1 rounded-md border border-line bg-white px-3 py-2 text-base"
            />
            <button type="submit" className="rounded-md bg-brand px-4 py-2 font-medium text-white hover:bg-brand-strong">
              Search
            </button>
          </div>
          <p id="search-q-hint" className="text-sm text-muted">
            Any form of a word matches (antenna finds antennas). &quot;Quotes&quot; find a phrase, <em>or</em> finds either
            word, and -word leaves a word out.
          </p>
        </form>
      </section>

      {filters.q === "" ? (
        <EmptyQuery />
      ) : (
        <Suspense key={`${filters.q}|${filters.type}|${filters.page}`} fallback={<ResultsSkeleton />}>
          <Results viewer={viewer} filters={filters} />
        </Suspense>
      )}
    </div>
  );
}

function EmptyQuery() {
  return (
    <section aria-labelledby="start-heading" className="max-w-3xl space-y-3">
      <h2 id="start-heading" className="text-xl font-semibold">
        What to search for
      </h2>
      <p className="text-muted">
        Search finds a word in titles and bodies: task descriptions, meeting notes and attendees, document pages, people&apos;s
        roles, and the raw Notion pages, including the ones the import left out. The best matches come first: a word in a
        title counts more than one in a body. For example:
      </p>
      <ul className="flex flex-wrap gap-2">
        {EXAMPLES.map((example) => (
          <li key={example}>
            <Link
              href={searchHref({ q: example })}
              className="inline-block rounded-full border border-line bg-white px-3 py-1 text-sm text-brand hover:border-brand"
            >
              {example}
            </Link>
          </li>
        ))}
      </ul>
      <p className="text-muted">
        Or browse a table: <BrowseLinks />.
      </p>
    </section>
  );
}

function BrowseLinks() {
  const tables = ["people", "projects", "tasks", "meetings", "documents"] as const;
  return (
    <>
      {tables.map((t, i) => (
        <span key={t}>
          {i > 0 ? ", " : null}
          <Link href={`/cadence/${t}`} className="text-brand underline underline-offset-2">
            {SEARCH_TYPE_LABELS[t].toLowerCase()}
          </Link>
        </span>
      ))}
    </>
  );
}

function ResultsSkeleton() {
  return (
    <div className="h-64 max-w-3xl animate-pulse rounded-lg border border-line bg-white" role="status">
      <span className="sr-only">Searching…</span>
    </div>
  );
}

async function Results({ viewer, filters }: { viewer: Viewer; filters: Filters }) {
  await connection();
  const outcome = await searchCadence(viewer, { q: filters.q, type: filters.type, page: filters.page, pageSize: DEFAULT_PAGE_SIZE });
  const all = SEARCH_TYPES.reduce((sum, t) => sum + outcome.counts[t], 0);
  const pageCount = Math.max(1, Math.ceil(outcome.total / outcome.pageSize));
  const first = (outcome.page - 1) * outcome.pageSize + 1;
  // When the cap was reached the counts are lower bounds: "1,000+".
  const plus = outcome.capped ? "+" : "";
  return (
    <section aria-labelledby="results-heading" className="max-w-3xl space-y-4">
      <h2 id="results-heading" className="sr-only">
        Results
      </h2>
      <nav aria-label="Result types">
        <ul className="flex flex-wrap gap-2 text-sm">
          {(["all", ...SEARCH_TYPES] as const).map((type) => {
            const count = type === "all" ? all : outcome.counts[type];
            const current = type === outcome.type;
            return (
              <li key={type}>
                <Link
                  href={searchHref({ q: outcome.q, type })}
                  aria-current={current ? "page" : undefined}
                  className={`inline-block rounded-full border px-3 py-1 ${
                    current ? "border-brand bg-brand text-white" : "border-line bg-white text-ink hover:border-brand"
                  }`}
                >
                  {type === "all" ? "All" : SEARCH_TYPE_LABELS[type]} <span className="tabular-nums">({n(count)}{plus})</span>
                </Link>
              </li>
            );
          })}
        </ul>
      </nav>

      <p className="text-sm text-muted" aria-live="polite">
        {outcome.total === 0
          ? `No results for “${outcome.q}”${outcome.type === "all" ? "" : ` among ${SEARCH_TYPE_LABELS[outcome.type].toLowerCase()}`}.`
          : outcome.results.length === 0
            ? `${n(outcome.total)} results for “${outcome.q}”, but page ${n(outcome.page)} is past the last one.`
            : `${n(first)}–${n(first + outcome.results.length - 1)} of ${n(outcome.total)}${plus} results for “${outcome.q}”, best first.`}
      </p>
      {outcome.capped ? (
        <p className="text-sm text-muted">
          So many pages match that only the best of the first {n(BODY_CANDIDATES)} matches (and every page with the words in
          its title) are ranked. Add a word or put a phrase in quotes to narrow the search.
        </p>
      ) : null}

      {outcome.total === 0 ? (
        <NoResults outcome={outcome} otherTypes={all} />
      ) : outcome.results.length === 0 ? (
        <p>
          <Link href={searchHref({ q: outcome.q, type: outcome.type })} className="text-brand underline underline-offset-2">
            Go to the first page
          </Link>
        </p>
      ) : (
        <ol className="space-y-3" start={first}>
          {outcome.results.map((result) => (
            <ResultItem key={`${result.type}:${result.id}`} result={result} />
          ))}
        </ol>
      )}

      {pageCount > 1 && outcome.results.length > 0 ? (
        <nav aria-label="Result pages" className="flex items-center justify-between gap-2 text-sm">
          {outcome.page > 1 ? (
            <Link href={searchHref({ q: outcome.q, type: outcome.type, page: outcome.page - 1 })} className="rounded-md border border-line bg-white px-3 py-1.5 font-medium text-brand hover:border-brand" rel="prev">
              <span aria-hidden="true">← </span>Previous
            </Link>
          ) : (
            <span />
          )}
          <span className="text-muted">
            Page {n(outcome.page)} of {n(pageCount)}
          </span>
          {outcome.page < pageCount ? (
            <Link href={searchHref({ q: outcome.q, type: outcome.type, page: outcome.page + 1 })} className="rounded-md border border-line bg-white px-3 py-1.5 font-medium text-brand hover:border-brand" rel="next">
              Next<span aria-hidden="true"> →</span>
            </Link>
          ) : (
            <span />
          )}
        </nav>
      ) : null}
    </section>
  );
}

function NoResults({ outcome, otherTypes }: { outcome: SearchOutcome; otherTypes: number }) {
  const words = outcome.q.replace(/["()]/g, " ").split(/\s+/).filter((w) => w && !/^(or|and)$/i.test(w) && !w.startsWith("-"));
  const suggestions: ReactNode[] = [];
  if (outcome.noTerms) {
    suggestions.push(
      <>Your search has only very common words (like “the” or “and”) or symbols, which are not indexed. Add a more specific word.</>,
    );
  }
  if (outcome.type !== "all" && otherTypes > 0) {
    suggestions.push(
      <>
        <Link href={searchHref({ q: outcome.q })} className="text-brand underline underline-offset-2">
          Search all types
        </Link>
        : {n(otherTypes)} {otherTypes === 1 ? "result" : "results"} there.
      </>,
    );
  }
  if (words.length > 1) {
    const either = words.join(" or ");
    suggestions.push(
      <>
        Every word must match. Try fewer words, or any of them:{" "}
        <Link href={searchHref({ q: either })} className="text-brand underline underline-offset-2">
          {either}
        </Link>
      </>,
    );
  }
  if (outcome.q.includes('"')) suggestions.push(<>Quotes match the exact phrase only: try without them.</>);
  suggestions.push(<>Check the spelling, or use a more general word (“battery” rather than a part number).</>);
  suggestions.push(
    <>
      Browse a table instead: <BrowseLinks />.
    </>,
  );
  return (
    <div className="space-y-2 rounded-lg border border-line bg-white p-4">
      <h3 className="font-semibold">Suggestions</h3>
      <ul className="list-disc space-y-1 pl-5 text-sm">
        {suggestions.map((s, i) => (
          <li key={i}>{s}</li>
        ))}
      </ul>
    </div>
  );
}

function Highlighted({ segments }: { segments: TextSegment[] }) {
  return (
    <>
      {segments.map((s, i) =>
        s.hit ? (
          <mark key={i} className="rounded-sm bg-yellow-100 px-0.5 text-ink">
            {s.text}
          </mark>
        ) : (
          <span key={i}>{s.text}</span>
        ),
      )}
    </>
  );
}

function ResultItem({ result }: { result: SearchResult }) {
  const title = result.title.length > 0 ? result.title : [{ text: "(untitled)", hit: false }];
  const meta = [
    result.subsystem && result.subsystem in SUBSYSTEM_LABELS ? SUBSYSTEM_LABELS[result.subsystem as Subsystem] : null,
    result.status ? result.status.replace(/_/g, " ") : null,
    result.date ? (result.type === "tasks" ? `due ${result.date}` : result.date) : null,
    result.detail,
  ].filter((m): m is string => Boolean(m));
  const excluded = result.raw && !result.raw.keep;
  return (
    <li className="space-y-1 rounded-lg border border-line bg-white p-4">
      <div className="flex flex-wrap items-center gap-2 text-xs">
        <span className="rounded bg-canvas px-1.5 py-0.5 font-medium uppercase tracking-wide text-muted">
          {TYPE_SINGULAR[result.type]}
        </span>
        {result.type === "raw" && excluded ? (
          <span className="rounded border border-amber-300 bg-amber-50 px-1.5 py-0.5 font-medium text-amber-900">
            Excluded from the record{result.raw?.excludeReason ? `: ${EXCLUDE_REASONS[result.raw.excludeReason] ?? result.raw.excludeReason}` : ""}
          </span>
        ) : null}
        {result.raw?.missing ? (
          <span className="rounded border border-line px-1.5 py-0.5 text-muted">Not in the latest export</span>
        ) : null}
      </div>
      <h3 className="text-lg font-semibold leading-snug">
        <Link href={resultHref(result)} className="text-brand underline-offset-2 hover:underline">
          <Highlighted segments={title} />
        </Link>
      </h3>
      {meta.length > 0 ? <p className="text-sm text-muted">{meta.join(" · ")}</p> : null}
      {result.snippet.length > 0 ? (
        <p className="text-sm">
          <Highlighted segments={result.snippet} />
        </p>
      ) : null}
      {result.type !== "raw" && result.raw ? (
        <p className="text-sm">
          <Link href={`/cadence/raw/${result.raw.id}`} className="text-muted underline underline-offset-2 hover:text-brand">
            Raw Notion page
          </Link>
        </p>
      ) : null}
    </li>
  );
}
