import "server-only";
import { sql, type SQL } from "drizzle-orm";
import type { AnyPgColumn } from "drizzle-orm/pg-core";
import type { Viewer } from "../../app/lib/auth/roles";
import type { Executor } from "../client";
import { getDb } from "../index";
import { queryRows } from "../rows";
import { cadenceDocuments, cadenceMeetings, cadencePeople, cadenceProjects, cadenceRawContent, cadenceTasks } from "../schema";
import { searchDocument } from "../schema/search";
import { ANY_ROLE, assertRole } from "./access";

/**
 * Full-text search over the CADENCE record: people, projects, tasks, meetings, documents and
 * the raw Notion pages, with PostgreSQL's own text search so PGlite and PostgreSQL answer alike.
 *
 * - The query is `websearch_to_tsquery('english', q)`: it accepts anything a person types
 *   (quotes for phrases, `or`, `-word`) and never raises a syntax error.
 * - Each record table is matched with the very `searchDocument(...)` expression its GIN index is
 *   built on, so every match is an index scan, and ranked with `ts_rank_cd` over that expression;
 *   raw pages, whose bodies are long, store that vector in `search_vector` and index the column.
 *   The rank is normalized into [0, 1) (flag 32) and a record whose title holds the whole query
 *   gets 1 more, so a title hit always outranks a body-only one, however often the body repeats
 *   the word.
 * - One result per thing. A raw page that is the source of a record (same `notion_page_id`)
 *   counts for that record: the record matches when its own columns or its raw page match, and
 *   carries the raw page as a secondary link. That is also how documents are searched by body at
 *   all: a document row has no body, its raw page has. When the raw page matches, the record
 *   takes the page's rank, read from the page's stored vector (title A, body B: the same text
 *   the record's own vector holds, and more); only records whose raw page does not match are
 *   ranked over their own expression. Ranking re-parses the text of every row it ranks, and at
 *   100× the demo data that cost 1 s for a common word; the stored vector makes it cheap.
 *   Raw pages that no record came from (excluded pages, pages the importer kept but mapped to no
 *   table) are results of their own, labelled when excluded.
 * - Snippets come from `ts_headline` for the returned page only, with private-use characters as
 *   highlight markers; they are split into text segments here, so no page text is ever HTML.
 */

export const SEARCH_TYPES = ["people", "projects", "tasks", "meetings", "documents", "raw"] as const;
export type SearchType = (typeof SEARCH_TYPES)[number];

export const SEARCH_TYPE_LABELS: Record<SearchType, string> = {
  people: "People",
  projects: "Projects",
  tasks: "Tasks",
  meetings: "Meetings",
  documents: "Documents",
  raw: "Raw pages",
};

/** Longer input is cut: nobody types more, and the tsquery stays small. */
export const MAX_QUERY_LENGTH = 200;
export const DEFAULT_PAGE_SIZE = 20;
const MAX_PAGE_SIZE = 100;

/** Highlight markers: Unicode private-use characters, which no real text uses. */
const START_SEL = "\uE000";
const STOP_SEL = "\uE001";

export interface SearchParams {
  q: string;
  type?: SearchType | "all";
  /** 1-based. */
  page?: number;
  pageSize?: number;
}

export interface TextSegment {
  text: string;
  hit: boolean;
}

export interface SearchResult {
  type: SearchType;
  id: number;
  rank: number;
  /** The title with the query's words marked. */
  title: TextSegment[];
  /** A passage of the body around the matches, marked; empty when there is no body. */
  snippet: TextSegment[];
  /** The raw page behind a record, or the raw page itself for type "raw". */
  raw: { id: number; keep: boolean; excludeReason: string | null; missing: boolean } | null;
  subsystem: string | null;
  status: string | null;
  /** ISO date: a task's due date, a meeting's date. */
  date: string | null;
  /** A task's or meeting's project, a person's role, a document's type, a raw page's category. */
  detail: string | null;
}

export interface SearchOutcome {
  /** The query as searched (trimmed, cleaned, capped). */
  q: string;
  type: SearchType | "all";
  page: number;
  pageSize: number;
  /** Matches per type, whatever the type filter. */
  counts: Record<SearchType, number>;
  /** Matches of the selected type (all types: the sum). */
  total: number;
  results: SearchResult[];
  /** The query has no searchable words: only stop words ("the", "and") or punctuation. */
  noTerms: boolean;
  /** More pages matched than are ranked (see `BODY_CANDIDATES`): counts are lower bounds. */
  capped: boolean;
}

/**
 * Pure: the query as it will be searched. Control characters (PostgreSQL refuses NUL) and the
 * highlight markers become spaces; whitespace collapses; the length is capped.
 */
export function normalizeQuery(raw: string): string {
  const cleaned = raw.replace(/[\u0000-\u001f\u007f\uE000\uE001]/g, " ").replace(/\s+/g, " ").trim();
  return Array.from(cleaned).slice(0, MAX_QUERY_LENGTH).join("").trim();
}

/** Pure: splits ts_headline output at the markers into plain and highlighted text. */
export function splitHighlights(marked: string): TextSegment[] {
  const segments: TextSegment[] = [];
  let hit = false;
  for (const part of marked.split(new RegExp(`([${START_SEL}${STOP_SEL}])`))) {
    if (part === START_SEL) hit = true;
    else if (part === STOP_SEL) hit = false;
    else if (part) {
      const last = segments[segments.length - 1];
      if (last && last.hit === hit) last.text += part;
      else segments.push({ text: part, hit });
    }
  }
  return segments;
}

/**
 * Pure: a snippet made readable as one line: markdown that means nothing out of context
 * (heading marks, list bullets, check boxes, emphasis) goes, and whitespace collapses.
 */
export function cleanSnippet(segments: TextSegment[]): TextSegment[] {
  const cleaned = segments
    .map((s) => ({
      hit: s.hit,
      text: s.hit
        ? s.text
        : s.text
            .replace(/^[ \t]*#{1,6}[ \t]+/gm, " ")
            .replace(/^[ \t]*(?:[-*+]|\d+\.)[ \t]+(?:\[[ xX]\][ \t]+)?/gm, " ")
            .replace(/\*\*|__|`/g, "")
            .replace(/\s+/g, " "),
    }))
    .filter((s) => s.text !== "");
  if (cleaned.length > 0) {
    cleaned[0]!.text = cleaned[0]!.text.trimStart();
    cleaned[cleaned.length - 1]!.text = cleaned[cleaned.length - 1]!.text.trimEnd();
  }
  return cleaned.filter((s) => s.text !== "");
}

function tsquery(q: string): SQL {
  return sql`websearch_to_tsquery('english', ${q})`;
}

interface Searchable {
  type: Exclude<SearchType, "raw">;
  table: SQL;
  id: AnyPgColumn;
  notionPageId: AnyPgColumn;
  title: AnyPgColumn;
  /** Exactly the parts (and order) of the table's GIN index in db/schema/cadence.ts. */
  document: SQL;
}

const SEARCHABLE: readonly Searchable[] = [
  {
    type: "people",
    table: sql`${cadencePeople}`,
    id: cadencePeople.personId,
    notionPageId: cadencePeople.notionPageId,
    title: cadencePeople.name,
    document: searchDocument([
      [cadencePeople.name, "A"],
      [cadencePeople.role, "B"],
      [cadencePeople.email, "C"],
    ]),
  },
  {
    type: "projects",
    table: sql`${cadenceProjects}`,
    id: cadenceProjects.projectId,
    notionPageId: cadenceProjects.notionPageId,
    title: cadenceProjects.name,
    document: searchDocument([
      [cadenceProjects.name, "A"],
      [cadenceProjects.description, "B"],
    ]),
  },
  {
    type: "tasks",
    table: sql`${cadenceTasks}`,
    id: cadenceTasks.taskId,
    notionPageId: cadenceTasks.notionPageId,
    title: cadenceTasks.title,
    document: searchDocument([
      [cadenceTasks.title, "A"],
      [cadenceTasks.description, "B"],
    ]),
  },
  {
    type: "meetings",
    table: sql`${cadenceMeetings}`,
    id: cadenceMeetings.meetingId,
    notionPageId: cadenceMeetings.notionPageId,
    title: cadenceMeetings.name,
    document: searchDocument([
      [cadenceMeetings.name, "A"],
      [cadenceMeetings.notes, "B"],
      [cadenceMeetings.attendees, "C"],
    ]),
  },
  {
    type: "documents",
    table: sql`${cadenceDocuments}`,
    id: cadenceDocuments.docId,
    notionPageId: cadenceDocuments.notionPageId,
    title: cadenceDocuments.title,
    document: searchDocument([
      [cadenceDocuments.title, "A"],
      [cadenceDocuments.url, "D"],
    ]),
  },
];

/** Raw pages store their vector (`searchDocument` of title A, body B) and index that column. */
const RAW_DOCUMENT = sql`${cadenceRawContent.searchVector}`;

function rankOf(document: SQL, titleVector: SQL, query: SQL): SQL {
  return sql`ts_rank_cd(${document}, ${query}, 32) + (${titleVector} @@ ${query})::int`;
}

function titleVector(title: AnyPgColumn): SQL {
  return sql`to_tsvector('english', coalesce(${title}, ''))`;
}

/**
 * How many matches are ranked at most. Ranking costs per match, and a common word matches tens
 * of thousands of pages at 100× the demo data; the candidates are every page whose title matches
 * (up to `TITLE_CANDIDATES`) and the first `BODY_CANDIDATES` other matches, which is where a
 * person looks anyway. The outcome says when the cap was reached, so the page can say "1,000+".
 */
export const TITLE_CANDIDATES = 300;
export const BODY_CANDIDATES = 1000;
/** Records matched by their own columns and not through their raw page (people's e-mail, attendees). */
export const RECORD_CANDIDATES = 200;

/**
 * Which records are matched by their own columns. A record built from a raw page has nothing the
 * page lacks (title, body, and the page's properties: attendees, role, e-mail), so it is found
 * through its page, whose vector is stored. Only records without a page are matched here, plus
 * people, whose roster row may have been named in a page without a page of its own. Matching
 * every record's own text would re-parse it row by row for a common word.
 */
function ownMatch(s: Searchable): SQL {
  return s.type === "people" ? sql`${s.document} @@` : sql`${s.notionPageId} is null and ${s.document} @@`;
}

/** Raw-page categories a record type can come from, to aim the capped candidates at a type filter. */
function rawCategoryFilter(type: SearchType | "all"): SQL | null {
  switch (type) {
    case "people":
      return sql`${cadenceRawContent.category} = 'people'`;
    case "tasks":
      return sql`${cadenceRawContent.category} = 'tasks'`;
    case "meetings":
      return sql`${cadenceRawContent.category} = 'meetings'`;
    case "projects":
    case "documents":
      return sql`${cadenceRawContent.category} like 'documents%'`;
    default:
      return null;
  }
}

/**
 * The statement behind `searchCadence`: one round trip answering the counts per type and one
 * page of results. Exported so a test can EXPLAIN it and see every GIN index used.
 */
export function searchStatement(q: string, type: SearchType | "all", limit: number, offset: number): SQL {
  const query = tsquery(q);
  const aimed = rawCategoryFilter(type);
  // A record whose raw page matches takes that page's rank (from its stored vector). Records
  // matched only by their own columns are ranked on their title alone: ranking their whole
  // text would re-parse it per row.
  const recordHits = SEARCHABLE.map(
    (s) => sql`
      select * from (
        select ${s.type}::text as type, ${s.id} as id,
               ts_rank_cd(${titleVector(s.title)}, ${query}, 32) * 0.5 + (${titleVector(s.title)} @@ ${query})::int as rank
          from ${s.table}
          where ${ownMatch(s)} ${query} and not exists (select 1 from raw_hits where raw_hits.notion_page_id = ${s.notionPageId})
          limit ${RECORD_CANDIDATES}
      ) as ${sql.identifier(`own_${s.type}`)}
      union all
      select ${s.type}::text, record.id, raw_hits.rank from raw_hits
        -- LATERAL + LIMIT keeps this an index probe per hit; as a plain join the planner hashes
        -- the whole table to look up a thousand pages.
        join lateral (select ${s.id} as id from ${s.table} where ${s.notionPageId} = raw_hits.notion_page_id limit 1) as record on true`,
  );
  const noRecord = SEARCHABLE.map(
    (s) => sql`not exists (select 1 from ${s.table} where ${s.notionPageId} = raw_hits.notion_page_id limit 1)`,
  );
  const typeFilter = type === "all" ? sql`true` : sql`type = ${type}`;
  const headline = (text: SQL, options: string) => sql`ts_headline('english', ${text}, ${query}, ${options})`;
  const markers = `StartSel="${START_SEL}", StopSel="${STOP_SEL}"`;
  return sql`
    with title_candidates as (
      select ${cadenceRawContent.id} as id from ${cadenceRawContent}
        where to_tsvector('english', ${cadenceRawContent.title}) @@ ${query}
        limit ${TITLE_CANDIDATES}
    ),
    body_candidates as (
      select ${cadenceRawContent.id} as id from ${cadenceRawContent}
        where ${RAW_DOCUMENT} @@ ${query}
        limit ${BODY_CANDIDATES}
    ),
    -- With a type filter, that type's pages get candidates of their own, so a capped search
    -- still fills its pages; the other types' counts stay what the unfiltered search says.
    aimed_candidates as (
      select ${cadenceRawContent.id} as id from ${cadenceRawContent}
        where ${aimed ?? sql`false`} and ${RAW_DOCUMENT} @@ ${query}
        limit ${aimed === null ? 0 : BODY_CANDIDATES}
    ),
    raw_hits as (
      select ${cadenceRawContent.id} as id, ${cadenceRawContent.notionPageId} as notion_page_id,
             ${rankOf(RAW_DOCUMENT, sql`to_tsvector('english', ${cadenceRawContent.title})`, query)} as rank
        from ${cadenceRawContent}
        where ${cadenceRawContent.id} in (
          select id from title_candidates union select id from body_candidates union select id from aimed_candidates
        )
    ),
    all_hits as (
      ${sql.join(recordHits, sql` union all `)}
      union all
      select 'raw', raw_hits.id, raw_hits.rank from raw_hits where ${sql.join(noRecord, sql` and `)}
    ),
    hits as (select type, id, max(rank) as rank from all_hits group by type, id),
    counts as (select type, count(*)::int as n from hits group by type),
    page as (
      select type, id, rank from hits where ${typeFilter}
        order by rank desc, type, id limit ${limit} offset ${offset}
    ),
    described as (
      select page.type, page.id, page.rank,
             coalesce(pe.name, pr.name, t.title, m.name, d.title, rr.title, '') as title,
             case page.type
               when 'people' then concat_ws(' · ', pe.role, pe.email)
               when 'projects' then pr.description
               when 'tasks' then t.description
               when 'meetings' then m.notes
             end as body,
             coalesce(rr.id, own.id) as raw_id,
             coalesce(rr.keep, own.keep) as raw_keep,
             coalesce(rr.exclude_reason, own.exclude_reason) as raw_exclude_reason,
             coalesce(rr.missing_since, own.missing_since) is not null as raw_missing,
             coalesce(rr.content_markdown, own.content_markdown) as raw_body,
             coalesce(pe.subsystem, pr.subsystem, d.subsystem, wp.subsystem) as subsystem,
             coalesce(pr.status, t.status) as status,
             coalesce(to_char(t.due_date, 'YYYY-MM-DD'), to_char(m.meeting_date, 'YYYY-MM-DD')) as date,
             case page.type
               when 'people' then pe.role
               when 'documents' then d.doc_type
               when 'raw' then rr.category
               else wp.name
             end as detail
        from page
        left join cadence_people pe on page.type = 'people' and pe.person_id = page.id
        left join cadence_projects pr on page.type = 'projects' and pr.project_id = page.id
        left join cadence_tasks t on page.type = 'tasks' and t.task_id = page.id
        left join cadence_meetings m on page.type = 'meetings' and m.meeting_id = page.id
        left join cadence_documents d on page.type = 'documents' and d.doc_id = page.id
        left join cadence_projects wp on wp.project_id = coalesce(t.project_id, m.project_id)
        -- LATERAL + LIMIT: an index probe per result row, never a hash of the whole raw table.
        left join lateral (
          select * from cadence_raw_content where page.type = 'raw' and cadence_raw_content.id = page.id limit 1
        ) rr on true
        left join lateral (
          select * from cadence_raw_content
            where cadence_raw_content.notion_page_id = coalesce(pe.notion_page_id, pr.notion_page_id, t.notion_page_id, m.notion_page_id, d.notion_page_id)
            limit 1
        ) own on true
    )
    select
      coalesce((select json_object_agg(type, n) from counts), '{}'::json) as counts,
      coalesce((
        select json_agg(json_build_object(
          'type', type, 'id', id, 'rank', rank,
          'title', ${headline(sql`title`, `HighlightAll=true, ${markers}`)},
          'snippet', ${headline(
            sql`left(case
              when coalesce(body, '') <> '' and to_tsvector('english', body) @@ ${query} then body
              when coalesce(raw_body, '') <> '' then raw_body
              else coalesce(body, '')
            end, 200000)`,
            `MaxFragments=2, MaxWords=24, MinWords=10, FragmentDelimiter=" … ", ${markers}`,
          )},
          'rawId', raw_id, 'rawKeep', raw_keep, 'rawExcludeReason', raw_exclude_reason, 'rawMissing', raw_missing,
          'subsystem', subsystem, 'status', status, 'date', date, 'detail', detail
        ) order by rank desc, type, id)
        from described
      ), '[]'::json) as results,
      numnode(${query}) as terms,
      (select count(*) from body_candidates) >= ${BODY_CANDIDATES}
        or (select count(*) from title_candidates) >= ${TITLE_CANDIDATES} as capped`;
}

interface ResultRow {
  type: SearchType;
  id: number;
  rank: number;
  title: string;
  snippet: string;
  rawId: number | null;
  rawKeep: boolean | null;
  rawExcludeReason: string | null;
  rawMissing: boolean;
  subsystem: string | null;
  status: string | null;
  date: string | null;
  detail: string | null;
}

function parseJson<T>(value: unknown): T {
  return (typeof value === "string" ? JSON.parse(value) : value) as T;
}

function emptyCounts(): Record<SearchType, number> {
  return { people: 0, projects: 0, tasks: 0, meetings: 0, documents: 0, raw: 0 };
}

/** Searches the record; an empty query answers nothing without touching the database. */
export async function searchCadence(viewer: Viewer | null, params: SearchParams, db?: Executor): Promise<SearchOutcome> {
  assertRole(viewer, ANY_ROLE);
  const q = normalizeQuery(params.q);
  const type = params.type ?? "all";
  const pageSize = Math.min(Math.max(1, Math.trunc(params.pageSize ?? DEFAULT_PAGE_SIZE)), MAX_PAGE_SIZE);
  const page = Math.max(1, Math.trunc(params.page ?? 1) || 1);
  const counts = emptyCounts();
  const outcome: SearchOutcome = { q, type, page, pageSize, counts, total: 0, results: [], noTerms: false, capped: false };
  if (q === "") return outcome;

  const d = db ?? (await getDb());
  const [row] = await queryRows<{ counts: unknown; results: unknown; terms: number; capped: boolean }>(
    d,
    searchStatement(q, type, pageSize, (page - 1) * pageSize),
  );
  if (!row) return outcome;
  for (const [key, n] of Object.entries(parseJson<Record<string, number>>(row.counts))) {
    if ((SEARCH_TYPES as readonly string[]).includes(key)) counts[key as SearchType] = Number(n);
  }
  outcome.noTerms = Number(row.terms) === 0;
  outcome.capped = row.capped === true;
  outcome.total = type === "all" ? Object.values(counts).reduce((a, b) => a + b, 0) : counts[type];
  outcome.results = parseJson<ResultRow[]>(row.results).map((r) => ({
    type: r.type,
    id: Number(r.id),
    rank: Number(r.rank),
    title: splitHighlights(r.title),
    snippet: cleanSnippet(splitHighlights(r.snippet ?? "")),
    raw:
      r.rawId === null
        ? null
        : { id: Number(r.rawId), keep: r.rawKeep === true, excludeReason: r.rawExcludeReason, missing: r.rawMissing === true },
    subsystem: r.subsystem,
    status: r.status,
    date: r.date,
    detail: r.detail,
  }));
  return outcome;
}
