import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { cache } from "react";
import { requireViewer } from "@/app/lib/session";
import { CorrectedFields, MergePerson, SubsystemCorrection } from "@/components/cadence/corrections";
import { plural, StatusBadge, subsystemLabel } from "@/components/cadence/detail-format";
import { parseDetailId } from "@/components/cadence/detail-id";
import { CappedNote, DetailHeader, DetailSection, EmptyNote, FieldList } from "@/components/cadence/detail-layout";
import { MeetingList, RecordLink, TaskList } from "@/components/cadence/detail-lists";
import { findMergedPersonSurvivor, getPersonDetail } from "@/db/queries/cadence-detail";

export const dynamic = "force-dynamic";

interface Props {
  params: Promise<{ id: string }>;
}

const loadPerson = cache(async (rawId: string) => {
  const id = parseDetailId(rawId);
  const viewer = await requireViewer(`/cadence/people/${encodeURIComponent(rawId)}`);
  if (id === null) return { person: null, survivor: null };
  const person = await getPersonDetail(viewer, id);
  return { person, survivor: person ? null : await findMergedPersonSurvivor(viewer, id) };
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { person } = await loadPerson((await params).id);
  return { title: person ? `${person.name} · People` : "Person not found" };
}

export default async function PersonPage({ params }: Props) {
  const { person, survivor } = await loadPerson((await params).id);
  // A person merged into another lives on as the survivor: old links still lead somewhere.
  if (!person && survivor !== null) redirect(`/cadence/people/${survivor}`);
  if (!person) notFound();

  return (
    <div className="space-y-8">
      <DetailHeader
        section="people"
        crumbs={[
          { label: "Explorer", href: "/cadence" },
          { label: "People", href: "/cadence/people" },
        ]}
        kind="Person"
        title={person.name}
        source={person}
      />
      <CorrectedFields entity="person" recordId={person.id} />

      <DetailSection id="person-details" title="Details">
        <FieldList
          fields={[
            { label: "Role", value: person.role },
            { label: "Subsystem", value: person.subsystem ? subsystemLabel(person.subsystem) : null },
            {
              label: "E-mail",
              value: person.email ? (
                <a href={`mailto:${person.email}`} className="font-medium text-brand underline underline-offset-2 hover:no-underline break-all">
                  {person.email}
                </a>
              ) : null,
            },
            ...(person.mergedNames.length > 0 ? [{ label: "Also recorded as", value: person.mergedNames.join(", ") }] : []),
          ]}
        />
      </DetailSection>

      <DetailSection id="person-tasks" title="Tasks" count={person.tasks.total} description="Assigned to them, latest due date first.">
        {person.tasks.items.length > 0 ? (
          <>
            <TaskList tasks={person.tasks.items} show={{ status: true, project: true }} />
            <CappedNote shown={person.tasks.items.length} total={person.tasks.total} href={`/cadence/tasks?assignee=${person.id}`} noun="tasks" />
          </>
        ) : (
          <EmptyNote>No task is assigned to {person.name}.</EmptyNote>
        )}
      </DetailSection>

      <DetailSection
        id="person-meetings"
        title="Meetings attended"
        count={person.meetings.total}
        description={`Meetings whose attendee list names ${person.mergedNames.length > 0 ? "them (under any of their names)" : "them"} exactly, latest first.`}
      >
        {person.meetings.items.length > 0 ? (
          <>
            <MeetingList meetings={person.meetings.items} showProject />
            {person.meetings.total > person.meetings.items.length && (
              <p className="text-sm text-muted">Showing the latest {plural(person.meetings.items.length, "meeting", "meetings")} of {person.meetings.total.toLocaleString("en-US")}.</p>
            )}
          </>
        ) : (
          <EmptyNote>No meeting lists {person.name} as an attendee.</EmptyNote>
        )}
      </DetailSection>

      <DetailSection id="person-projects" title="Projects owned" count={person.projects.length}>
        {person.projects.length > 0 ? (
          <ul className="divide-y divide-line rounded-lg border border-line bg-white">
            {person.projects.map((project) => (
              <li key={project.id} className="flex flex-wrap items-baseline gap-x-3 gap-y-1 px-3 py-2">
                <span className="min-w-0 flex-1 basis-60">
                  <RecordLink href={`/cadence/projects/${project.id}`}>{project.name}</RecordLink>
                </span>
                <StatusBadge status={project.status} />
                <span className="text-sm text-muted">{subsystemLabel(project.subsystem)}</span>
                <span className="text-sm text-muted">{plural(project.taskCount, "task", "tasks")}</span>
              </li>
            ))}
          </ul>
        ) : (
          <EmptyNote>{person.name} owns no project.</EmptyNote>
        )}
      </DetailSection>

      <SubsystemCorrection entity="person" recordId={person.id} />
      <MergePerson personId={person.id} />
    </div>
  );
}
