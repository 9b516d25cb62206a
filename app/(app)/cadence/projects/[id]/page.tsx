import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { cache } from "react";
import { requireViewer } from "@/app/lib/session";
import { CorrectedFields, SubsystemCorrection } from "@/components/cadence/corrections";
import { StatusBadge, statusLabel, subsystemLabel } from "@/components/cadence/detail-format";
import { parseDetailId } from "@/components/cadence/detail-id";
import { CappedNote, DetailHeader, DetailSection, EmptyNote, FieldList } from "@/components/cadence/detail-layout";
import { DocumentList, MeetingList, PersonName, RecordLink, TaskList } from "@/components/cadence/detail-lists";
import { Markdown } from "@/components/markdown/markdown";
import { linkedNotionPageIds } from "@/components/markdown/notion-links";
import { getProjectDetail, getRawPageLinks } from "@/db/queries/cadence-detail";

export const dynamic = "force-dynamic";

interface Props {
  params: Promise<{ id: string }>;
}

const loadProject = cache(async (rawId: string) => {
  const id = parseDetailId(rawId);
  const viewer = await requireViewer(`/cadence/projects/${encodeURIComponent(rawId)}`);
  return id === null ? null : getProjectDetail(viewer, id);
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const project = await loadProject((await params).id);
  return { title: project ? `${project.name} · Projects` : "Project not found" };
}

export default async function ProjectPage({ params }: Props) {
  const project = await loadProject((await params).id);
  if (!project) notFound();
  const viewer = await requireViewer();
  const pageLinks = await getRawPageLinks(viewer, linkedNotionPageIds(project.description ?? ""));
  const tasksHref = `/cadence/tasks?project=${project.id}`;

  return (
    <div className="space-y-8">
      <DetailHeader
        section="projects"
        crumbs={[
          { label: "Explorer", href: "/cadence" },
          { label: "Projects", href: "/cadence/projects" },
        ]}
        kind="Project"
        title={project.name}
        source={project}
      />
      <CorrectedFields entity="project" recordId={project.id} />

      <DetailSection id="project-details" title="Details">
        <FieldList
          fields={[
            { label: "Status", value: <StatusBadge status={project.status} /> },
            { label: "Subsystem", value: project.subsystem ? subsystemLabel(project.subsystem) : null },
            { label: "Owner", value: project.owner ? <PersonName person={project.owner} /> : null },
            ...(project.documentId !== null
              ? [{ label: "Also a document", value: <RecordLink href={`/cadence/documents/${project.documentId}`}>The same Notion page as a document</RecordLink> }]
              : []),
          ]}
        />
      </DetailSection>

      <DetailSection id="project-description" title="Description">
        {project.description?.trim() ? <Markdown source={project.description} pageLinks={pageLinks} /> : <EmptyNote>The page has no text.</EmptyNote>}
      </DetailSection>

      <DetailSection id="project-tasks" title="Tasks" count={project.taskTotal} description="Grouped by status, earliest due date first.">
        {project.taskTotal === 0 ? (
          <EmptyNote>No task belongs to this project.</EmptyNote>
        ) : (
          <>
            <ul className="flex flex-wrap gap-2" aria-label="Tasks per status">
              {project.tasksByStatus.map((group) => (
                <li key={group.status ?? "none"}>
                  <a href={`#tasks-${group.status ?? "none"}`} className="inline-flex items-center gap-2 rounded-md border border-line bg-white px-2 py-1 text-sm hover:border-brand">
                    <StatusBadge status={group.status} />
                    <span className="font-semibold tabular-nums">{group.count}</span>
                  </a>
                </li>
              ))}
            </ul>
            {project.tasksByStatus.map((group) => {
              const headingId = `tasks-${group.status ?? "none"}`;
              return (
                <section key={headingId} aria-labelledby={headingId} className="space-y-2">
                  <h3 id={headingId} className="text-lg font-semibold">
                    {statusLabel(group.status)} <span className="font-normal text-muted tabular-nums">({group.count})</span>
                  </h3>
                  <TaskList tasks={group.tasks} show={{ assignee: true }} />
                  {group.tasks.length < group.count && (
                    <p className="text-sm text-muted">
                      {group.count - group.tasks.length} more not shown.{" "}
                      <Link href={`${tasksHref}&status=${group.status ?? "none"}`} className="font-medium text-brand underline underline-offset-2 hover:no-underline">
                        See all {statusLabel(group.status).toLowerCase()} tasks of the project
                      </Link>
                      .
                    </p>
                  )}
                </section>
              );
            })}
          </>
        )}
      </DetailSection>

      <DetailSection id="project-meetings" title="Meetings" count={project.meetings.total} description="Latest first.">
        {project.meetings.items.length > 0 ? (
          <>
            <MeetingList meetings={project.meetings.items} showProject={false} />
            <CappedNote shown={project.meetings.items.length} total={project.meetings.total} href={`/cadence/meetings?project=${project.id}`} noun="meetings" />
          </>
        ) : (
          <EmptyNote>No meeting belongs to this project.</EmptyNote>
        )}
      </DetailSection>

      <DetailSection
        id="project-documents"
        title="Documents"
        description="Documents carry no project of their own. Those filed under the project's page in Notion belong to it; documents of the same subsystem are only related by subject."
      >
        <section aria-labelledby="project-documents-filed" className="space-y-2">
          <h3 id="project-documents-filed" className="text-lg font-semibold">
            Filed under this project in Notion <span className="font-normal text-muted tabular-nums">({project.filedDocuments.total})</span>
          </h3>
          {project.filedDocuments.items.length > 0 ? (
            <DocumentList documents={project.filedDocuments.items} showSubsystem />
          ) : (
            <EmptyNote>No document page sits under this project&apos;s page.</EmptyNote>
          )}
        </section>
        {project.subsystem && (
          <section aria-labelledby="project-documents-subsystem" className="space-y-2">
            <h3 id="project-documents-subsystem" className="text-lg font-semibold">
              Other documents of the {subsystemLabel(project.subsystem)} subsystem{" "}
              <span className="font-normal text-muted tabular-nums">({project.subsystemDocuments.total})</span>
            </h3>
            {project.subsystemDocuments.items.length > 0 ? (
              <>
                <DocumentList documents={project.subsystemDocuments.items} />
                <CappedNote
                  shown={project.subsystemDocuments.items.length}
                  total={project.subsystemDocuments.total}
                  href={`/cadence/documents?subsystem=${project.subsystem}`}
                  noun="documents"
                />
              </>
            ) : (
              <EmptyNote>No other document of this subsystem.</EmptyNote>
            )}
          </section>
        )}
      </DetailSection>

      <SubsystemCorrection entity="project" recordId={project.id} />
    </div>
  );
}
