"use client";

import type { LinkableFaculty, LinkableStudent, UserListItem } from "@/db/queries/users";
import { formatWhen, linkedLabel, roleLabel } from "./labels";
import { LinkForm, ResetPasswordForm, RoleForm, StatusForm } from "./row-forms";

/**
 * Every account with its controls. A client component so the lists of unlinked records travel
 * to the browser once, not once per row.
 */
export function UsersTable({
  users,
  students,
  faculty,
  viewerId,
}: {
  users: UserListItem[];
  students: LinkableStudent[];
  faculty: LinkableFaculty[];
  viewerId: string;
}) {
  return (
    // Focusable so keyboard users can scroll it sideways on a narrow screen. `relative` keeps
    // the absolutely positioned sr-only labels inside the scroller, or they widen the page.
    <div
      role="region"
      aria-labelledby="accounts-heading"
      tabIndex={0}
      className="relative overflow-x-auto rounded-lg border border-line bg-white shadow-sm"
    >
      <table className="min-w-full text-left text-sm">
        <caption className="sr-only">Accounts, with controls to change each one</caption>
        <thead className="border-b border-line bg-canvas text-xs uppercase tracking-wide text-muted">
          <tr>
            <th scope="col" className="px-3 py-2 font-semibold">Name</th>
            <th scope="col" className="px-3 py-2 font-semibold">E-mail</th>
            <th scope="col" className="px-3 py-2 font-semibold">Role</th>
            <th scope="col" className="px-3 py-2 font-semibold">Linked record</th>
            <th scope="col" className="px-3 py-2 font-semibold">Status</th>
            <th scope="col" className="px-3 py-2 font-semibold">Last sign-in</th>
            <th scope="col" className="px-3 py-2 font-semibold">Password</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-line">
          {users.map((user) => (
            <tr key={user.id} className="align-top">
              <th scope="row" className="min-w-32 px-3 py-3 font-semibold">
                {user.name}
                {user.id === viewerId ? <span className="ml-1 font-normal text-muted">(you)</span> : null}
              </th>
              <td className="px-3 py-3">
                <EmailText email={user.email} />
              </td>
              <td className="min-w-48 px-3 py-3">
                <p className="sr-only">Current role: {roleLabel(user.role)}</p>
                <RoleForm user={user} />
              </td>
              <td className="min-w-64 space-y-1 px-3 py-3">
                <p>{user.linked ? linkedLabel(user.linked) : <span className="text-muted">None</span>}</p>
                {user.role === "admin" ? (
                  <p className="text-xs text-muted">Admin accounts link no record.</p>
                ) : (
                  <LinkForm user={user} students={students} faculty={faculty} />
                )}
              </td>
              <td className="min-w-36 space-y-1 px-3 py-3">
                <StatusBadge disabled={user.disabled} />
                <StatusForm user={user} />
              </td>
              <td className="min-w-28 px-3 py-3">
                {user.lastSignInAt ? <time dateTime={user.lastSignInAt}>{formatWhen(user.lastSignInAt)}</time> : <span className="text-muted">Never</span>}
              </td>
              <td className="min-w-40 px-3 py-3">
                <ResetPasswordForm user={user} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** Breaks only after the @, so a long address wraps into two readable halves. */
function EmailText({ email }: { email: string }) {
  const at = email.indexOf("@");
  if (at < 0) return <span className="break-all">{email}</span>;
  return (
    <span>
      {email.slice(0, at + 1)}
      <wbr />
      {email.slice(at + 1)}
    </span>
  );
}

/** Word and colour together, so the colour never carries the meaning alone. */
function StatusBadge({ disabled }: { disabled: boolean }) {
  return (
    <p>
      <span
        className={`inline-flex rounded-full border px-2 py-0.5 text-xs font-semibold ${
          disabled ? "border-red-200 bg-red-50 text-bad" : "border-green-200 bg-green-50 text-ok"
        }`}
      >
        {disabled ? "Disabled" : "Active"}
      </span>
    </p>
  );
}
