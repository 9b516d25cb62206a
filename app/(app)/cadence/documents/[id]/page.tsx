import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cache } from "react";
import { requireViewer } from "@/app/lib/session";
import { CorrectedFields, SubsystemCorrection } from "@/components/cadence/corrections";
import { capitalized, categoryLabel, subsystemLabel } from "@/components/cadence/detail-format";
import { parseDetailId } from "@/components/cadence/detail-id";
import { DetailHeader, DetailSection, EmptyNote, ExternalLink, FieldList } from "@/components/cadence/detail-layout";
import { RecordLink } from "@/components/cadence/detail-lists";
import { Markdown } from "@/components/markdown/markdown";
import { linkedNotionPageIds } from "@/components/markdown/notion-links";
import { getDocumentDetail, getRawPageLinks } from "@/db/queries/cadence-detail";

export const dynamic = "force-dynamic";

interface Props {
  params: Promise<{ id: string }>;
}

const loadDocument = cache(async (rawId: string) => {
  const id = parseDetailId(rawId);
  const viewer = await requireViewer(`/cadence/documents/${encodeURIComponent(rawId)}`);
  return id === null ? null : getDocumentDetail(viewer, id);
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const doc = await loadDocument((await params).id);
  return { title: doc ? `${doc.title} · Documents` : "Document not found" };
}

export default async function DocumentPage({ params }: Props) {
  const doc = await loadDocument((await params).id);
  if (!doc) notFound();
  const viewer = await requireViewer();
  const pageLinks = await getRawPageLinks(viewer, linkedNotionPageIds(doc.body ?? ""));
  // The importer falls back to the Notion page itself when a page has no URL property.
  const safeUrl = doc.url && /^https?:\/\//i.test(doc.url) ? doc.url : null;

  return (
    <div className="space-y-8">
      <DetailHeader
        section="documents"
        crumbs={[
          { label: "Explorer", href: "/cadence" },
          { label: "Documents", href: "/cadence/documents" },
        ]}
        kind="Document"
        title={doc.title}
        source={doc}
      />
      <CorrectedFields entity="document" recordId={doc.id} />

      <DetailSection id="document-details" title="Details">
        <FieldList
          fields={[
            { label: "Type", value: capitalized(doc.docType) },
            { label: "Category", value: doc.category ? categoryLabel(doc.category) : null },
            { label: "Subsystem", value: doc.subsystem ? subsystemLabel(doc.subsystem) : null },
            { label: "URL", value: safeUrl ? <ExternalLink href={safeUrl}>{safeUrl}</ExternalLink> : doc.url },
            ...(doc.projectId !== null
              ? [{ label: "Also a project", value: <RecordLink href={`/cadence/projects/${doc.projectId}`}>The same Notion page as a project</RecordLink> }]
              : []),
          ]}
        />
      </DetailSection>

      <DetailSection id="document-body" title="Page content" description="The text of the Notion page, as exported.">
        {doc.body === null ? (
          <EmptyNote>The page itself is not stored: only its entry in the documents table.</EmptyNote>
        ) : doc.body.trim() ? (
          <Markdown source={doc.body} pageLinks={pageLinks} />
        ) : (
          <EmptyNote>The page has no text.</EmptyNote>
        )}
      </DetailSection>

      <SubsystemCorrection entity="document" recordId={doc.id} />
    </div>
  );
}
