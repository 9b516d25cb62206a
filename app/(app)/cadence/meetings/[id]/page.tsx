import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cache } from "react";
import { requireViewer } from "@/app/lib/session";
import { CorrectedFields } from "@/components/cadence/corrections";
import { DateText, plural } from "@/components/cadence/detail-format";
import { parseDetailId } from "@/components/cadence/detail-id";
import { DetailHeader, DetailSection, EmptyNote, FieldList } from "@/components/cadence/detail-layout";
import { PersonName, RecordLink } from "@/components/cadence/detail-lists";
import { Markdown } from "@/components/markdown/markdown";
import { linkedNotionPageIds } from "@/components/markdown/notion-links";
import { getMeetingDetail, getRawPageLinks } from "@/db/queries/cadence-detail";

export const dynamic = "force-dynamic";

interface Props {
  params: Promise<{ id: string }>;
}

const loadMeeting = cache(async (rawId: string) => {
  const id = parseDetailId(rawId);
  const viewer = await requireViewer(`/cadence/meetings/${encodeURIComponent(rawId)}`);
  return id === null ? null : getMeetingDetail(viewer, id);
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const meeting = await loadMeeting((await params).id);
  return { title: meeting ? `${meeting.name} · Meetings` : "Meeting not found" };
}

export default async function MeetingPage({ params }: Props) {
  const meeting = await loadMeeting((await params).id);
  if (!meeting) notFound();
  const viewer = await requireViewer();
  const pageLinks = await getRawPageLinks(viewer, linkedNotionPageIds(meeting.notes ?? ""));
  const unknown = meeting.attendees.filter((a) => a.personId === null).length;

  return (
    <div className="space-y-8">
      <DetailHeader
        section="meetings"
        crumbs={[
          { label: "Explorer", href: "/cadence" },
          { label: "Meetings", href: "/cadence/meetings" },
        ]}
        kind="Meeting"
        title={meeting.name}
        source={meeting}
      />
      <CorrectedFields entity="meeting" recordId={meeting.id} />

      <DetailSection id="meeting-details" title="Details">
        <FieldList
          fields={[
            { label: "Date", value: meeting.date ? <DateText value={meeting.date} /> : null },
            { label: "Project", value: meeting.project ? <RecordLink href={`/cadence/projects/${meeting.project.id}`}>{meeting.project.name}</RecordLink> : "No project" },
          ]}
        />
      </DetailSection>

      <DetailSection
        id="meeting-attendees"
        title="Attendees"
        count={meeting.attendees.length}
        description={
          unknown > 0
            ? `As listed in Notion. ${plural(unknown, "name matches", "names match")} no person of the record, so ${unknown === 1 ? "it is" : "they are"} not linked.`
            : "As listed in Notion."
        }
      >
        {meeting.attendees.length > 0 ? (
          <ul className="flex flex-wrap gap-2">
            {meeting.attendees.map((attendee, index) => (
              <li key={`${attendee.name}-${index}`} className="rounded-md border border-line bg-white px-3 py-1.5">
                {attendee.personId !== null ? <PersonName person={{ id: attendee.personId, name: attendee.name }} /> : <span>{attendee.name}</span>}
              </li>
            ))}
          </ul>
        ) : (
          <EmptyNote>No attendees were recorded.</EmptyNote>
        )}
      </DetailSection>

      <DetailSection id="meeting-notes" title="Notes">
        {meeting.notes?.trim() ? <Markdown source={meeting.notes} pageLinks={pageLinks} /> : <EmptyNote>The page has no notes.</EmptyNote>}
      </DetailSection>
    </div>
  );
}
