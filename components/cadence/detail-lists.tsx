import Link from "next/link";
import type { DocumentItem, MeetingItem, TaskItem } from "@/db/queries/cadence-detail";
import { capitalized, DateText, StatusBadge, subsystemLabel } from "./detail-format";

/** Lists of related records on the detail pages: one line each, wrapping on a phone. */

const TITLE_LINK = "font-medium text-brand underline-offset-4 hover:underline break-words";
const ITEM = "flex flex-wrap items-baseline gap-x-3 gap-y-1 px-3 py-2";
const LIST = "divide-y divide-line rounded-lg border border-line bg-white";

export function TaskList({ tasks, show }: { tasks: TaskItem[]; show: { status?: boolean; project?: boolean; assignee?: boolean } }) {
  return (
    <ul className={LIST}>
      {tasks.map((task) => (
        <li key={task.id} className={ITEM}>
          <Link href={`/cadence/tasks/${task.id}`} className={`${TITLE_LINK} min-w-0 flex-1 basis-60`}>
            {task.title}
          </Link>
          {show.status && <StatusBadge status={task.status} />}
          {show.project && (
            <span className="text-sm text-muted">
              {task.project ? (
                <>
                  <span className="sr-only">Project: </span>
                  {task.project.name}
                </>
              ) : (
                "No project"
              )}
            </span>
          )}
          {show.assignee && (
            <span className="text-sm text-muted">
              {task.assignee ? (
                <>
                  <span className="sr-only">Assignee: </span>
                  {task.assignee.name}
                </>
              ) : (
                "Unassigned"
              )}
            </span>
          )}
          <span className="text-sm text-muted tabular-nums">
            {task.dueDate ? (
              <>
                Due <DateText value={task.dueDate} />
              </>
            ) : (
              "No due date"
            )}
          </span>
        </li>
      ))}
    </ul>
  );
}

export function MeetingList({ meetings, showProject }: { meetings: MeetingItem[]; showProject: boolean }) {
  return (
    <ul className={LIST}>
      {meetings.map((meeting) => (
        <li key={meeting.id} className={ITEM}>
          <Link href={`/cadence/meetings/${meeting.id}`} className={`${TITLE_LINK} min-w-0 flex-1 basis-60`}>
            {meeting.name}
          </Link>
          {showProject && meeting.project && (
            <span className="text-sm text-muted">
              <span className="sr-only">Project: </span>
              {meeting.project.name}
            </span>
          )}
          <span className="text-sm text-muted tabular-nums">{meeting.date ? <DateText value={meeting.date} /> : "No date"}</span>
        </li>
      ))}
    </ul>
  );
}

export function DocumentList({ documents, showSubsystem = false }: { documents: DocumentItem[]; showSubsystem?: boolean }) {
  return (
    <ul className={LIST}>
      {documents.map((doc) => (
        <li key={doc.id} className={ITEM}>
          <Link href={`/cadence/documents/${doc.id}`} className={`${TITLE_LINK} min-w-0 flex-1 basis-60`}>
            {doc.title}
          </Link>
          {doc.docType && <span className="text-sm text-muted">{capitalized(doc.docType)}</span>}
          {showSubsystem && <span className="text-sm text-muted">{subsystemLabel(doc.subsystem)}</span>}
        </li>
      ))}
    </ul>
  );
}

/** A person's name, linked to their page when there is one. */
export function PersonName({ person }: { person: { id: number; name: string } | null }) {
  if (!person) return null;
  return (
    <Link href={`/cadence/people/${person.id}`} className={TITLE_LINK}>
      {person.name}
    </Link>
  );
}

export function RecordLink({ href, children }: { href: string; children: React.ReactNode }) {
  return (
    <Link href={href} className={TITLE_LINK}>
      {children}
    </Link>
  );
}
