import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { cache } from "react";
import { EXCLUDE_REASON_LABELS } from "@/app/lib/imports/labels";
import { requireViewer } from "@/app/lib/session";
import type { ExplorerSection } from "@/components/cadence/explorer-nav";
import { categoryLabel, InstantText } from "@/components/cadence/detail-format";
import { parseDetailId } from "@/components/cadence/detail-id";
import { DetailHeader, DetailSection, EmptyNote, FieldList, type Crumb } from "@/components/cadence/detail-layout";
import { RecordLink } from "@/components/cadence/detail-lists";
import { Markdown } from "@/components/markdown/markdown";
import { linkedNotionPageIds } from "@/components/markdown/notion-links";
import { getRawPageDetail, getRawPageLinks, type CadenceEntity } from "@/db/queries/cadence-detail";

export const dynamic = "force-dynamic";

interface Props {
  params: Promise<{ id: string }>;
}

const loadPage = cache(async (rawId: string) => {
  const id = parseDetailId(rawId);
  const viewer = await requireViewer(`/cadence/raw/${encodeURIComponent(rawId)}`);
  return id === null ? null : getRawPageDetail(viewer, id);
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const page = await loadPage((await params).id);
  return { title: page ? `${page.title} · Raw page` : "Raw page not found" };
}

const ENTITY: Record<CadenceEntity, { word: string; path: string }> = {
  person: { word: "Person", path: "people" },
  project: { word: "Project", path: "projects" },
  task: { word: "Task", path: "tasks" },
  meeting: { word: "Meeting", path: "meetings" },
  document: { word: "Document", path: "documents" },
};

/** The explorer tab a raw page belongs under, by what it was classified as. */
function sectionOf(category: string): ExplorerSection {
  if (category === "tasks" || category === "meetings" || category === "people") return category;
  if (category.startsWith("documents_")) return "documents";
  return "overview";
}

function excludedText(reason: string | null): string {
  if (!reason) return "Excluded";
  return `Excluded: ${(EXCLUDE_REASON_LABELS[reason] ?? reason).toLowerCase()}`;
}

export default async function RawPage({ params }: Props) {
  const page = await loadPage((await params).id);
  if (!page) notFound();
  const viewer = await requireViewer();
  const pageLinks = await getRawPageLinks(viewer, linkedNotionPageIds(page.body));
  const crumbs: Crumb[] = [{ label: "Explorer", href: "/cadence" }];
  if (page.parent) crumbs.push({ label: page.parent.title, href: `/cadence/raw/${page.parent.id}` });

  return (
    <div className="space-y-8">
      <DetailHeader section={sectionOf(page.category)} crumbs={crumbs} kind="Raw page" title={page.title} source={{ notionUrl: page.notionUrl }} />

      <DetailSection id="raw-records" title="Records built from this page" count={page.builtRecords.length}>
        {page.builtRecords.length > 0 ? (
          <ul className="space-y-1">
            {page.builtRecords.map((record) => (
              <li key={`${record.entity}-${record.id}`}>
                <span className="text-sm font-medium text-muted">{ENTITY[record.entity].word}: </span>
                <RecordLink href={`/cadence/${ENTITY[record.entity].path}/${record.id}`}>{record.label}</RecordLink>
              </li>
            ))}
          </ul>
        ) : (
          <EmptyNote>{page.keep ? "No CADENCE record was built from this page." : "No CADENCE record was built from this page: the import excluded it."}</EmptyNote>
        )}
      </DetailSection>

      <DetailSection id="raw-details" title="Import details">
        <FieldList
          fields={[
            { label: "Export path", value: <code className="font-mono text-sm break-all">{page.exportPath}</code> },
            { label: "Notion database", value: page.databaseName ?? "Not a database row" },
            { label: "Category", value: categoryLabel(page.category) },
            {
              label: "Import",
              value: page.keep ? <span className="font-medium text-ok">Kept</span> : <span className="font-medium text-warn">{excludedText(page.excludeReason)}</span>,
            },
            {
              label: "Missing since",
              value: page.missingSince ? <InstantText iso={page.missingSince} /> : "Still in the latest export",
            },
            {
              label: "Parent page",
              value: page.parent ? (
                <RecordLink href={`/cadence/raw/${page.parent.id}`}>{page.parent.title}</RecordLink>
              ) : page.parentPageId ? (
                <span className="text-muted">Not stored (a database or page outside the import)</span>
              ) : (
                "None: a top-level page"
              ),
            },
            {
              label: "Last written by",
              value: page.syncId !== null ? <Link href={`/agent-log/runs/${page.syncId}`} className="font-medium text-brand underline underline-offset-2 hover:no-underline">Import run {page.syncId}</Link> : null,
            },
            { label: "Notion page id", value: <code className="font-mono text-sm break-all">{page.notionPageId}</code> },
          ]}
        />
      </DetailSection>

      <DetailSection id="raw-properties" title="Properties" count={page.properties.length} description="The page's database properties, exactly as exported.">
        {page.properties.length > 0 ? (
          <FieldList fields={page.properties.map(([name, value]) => ({ label: name, value: value === "" ? <span className="text-muted">Empty</span> : value }))} />
        ) : (
          <EmptyNote>The page has no properties.</EmptyNote>
        )}
      </DetailSection>

      <DetailSection id="raw-body" title="Page content">
        {page.body.trim() ? <Markdown source={page.body} pageLinks={pageLinks} /> : <EmptyNote>The page has no text.</EmptyNote>}
      </DetailSection>

      <DetailSection id="raw-children" title="Pages below this one" count={page.children.total}>
        {page.children.items.length > 0 ? (
          <>
            <ul className="divide-y divide-line rounded-lg border border-line bg-white">
              {page.children.items.map((child) => (
                <li key={child.id} className="flex flex-wrap items-baseline gap-x-3 gap-y-1 px-3 py-2">
                  <span className="min-w-0 flex-1 basis-60">
                    <RecordLink href={`/cadence/raw/${child.id}`}>{child.title}</RecordLink>
                  </span>
                  <span className="text-sm text-muted">{categoryLabel(child.category)}</span>
                  <span className={`text-sm ${child.keep ? "text-ok" : "text-warn"}`}>{child.keep ? "Kept" : "Excluded"}</span>
                </li>
              ))}
            </ul>
            {page.children.total > page.children.items.length && (
              <p className="text-sm text-muted">
                Showing the first {page.children.items.length.toLocaleString("en-US")} of {page.children.total.toLocaleString("en-US")} pages, by title.
              </p>
            )}
          </>
        ) : (
          <EmptyNote>No stored page sits below this one.</EmptyNote>
        )}
      </DetailSection>
    </div>
  );
}
