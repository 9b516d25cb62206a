import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cache } from "react";
import { requireViewer } from "@/app/lib/session";
import { CorrectedFields, TaskCorrections } from "@/components/cadence/corrections";
import { DateText, StatusBadge, subsystemLabel } from "@/components/cadence/detail-format";
import { parseDetailId } from "@/components/cadence/detail-id";
import { DetailHeader, DetailSection, EmptyNote, FieldList } from "@/components/cadence/detail-layout";
import { PersonName, RecordLink } from "@/components/cadence/detail-lists";
import { Markdown } from "@/components/markdown/markdown";
import { linkedNotionPageIds } from "@/components/markdown/notion-links";
import { getRawPageLinks, getTaskDetail } from "@/db/queries/cadence-detail";

export const dynamic = "force-dynamic";

interface Props {
  params: Promise<{ id: string }>;
}

const loadTask = cache(async (rawId: string) => {
  const id = parseDetailId(rawId);
  const viewer = await requireViewer(`/cadence/tasks/${encodeURIComponent(rawId)}`);
  return id === null ? null : getTaskDetail(viewer, id);
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const task = await loadTask((await params).id);
  return { title: task ? `${task.title} · Tasks` : "Task not found" };
}

export default async function TaskPage({ params }: Props) {
  const { id: rawId } = await params;
  const task = await loadTask(rawId);
  if (!task) notFound();
  const viewer = await requireViewer();
  const pageLinks = await getRawPageLinks(viewer, linkedNotionPageIds(task.description ?? ""));

  return (
    <div className="space-y-8">
      <DetailHeader
        section="tasks"
        crumbs={[
          { label: "Explorer", href: "/cadence" },
          { label: "Tasks", href: "/cadence/tasks" },
        ]}
        kind="Task"
        title={task.title}
        source={task}
      />
      <CorrectedFields entity="task" recordId={task.id} />

      <DetailSection id="task-details" title="Details">
        <FieldList
          fields={[
            { label: "Status", value: <StatusBadge status={task.status} /> },
            { label: "Due date", value: task.dueDate ? <DateText value={task.dueDate} /> : null },
            { label: "Assignee", value: task.assignee ? <PersonName person={task.assignee} /> : "Unassigned" },
            {
              label: "Project",
              value: task.project ? <RecordLink href={`/cadence/projects/${task.project.id}`}>{task.project.name}</RecordLink> : "No project",
            },
            { label: "Subsystem", value: task.project ? `${subsystemLabel(task.project.subsystem)} (the project's)` : "None: the task has no project" },
          ]}
        />
      </DetailSection>

      <DetailSection id="task-description" title="Description">
        {task.description?.trim() ? <Markdown source={task.description} pageLinks={pageLinks} /> : <EmptyNote>The page has no text.</EmptyNote>}
      </DetailSection>

      <TaskCorrections taskId={task.id} />
    </div>
  );
}
