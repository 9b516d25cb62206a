"use client";

import { useActionState, useId } from "react";
import { ROLES } from "@/app/lib/auth/roles";
import type { LinkableFaculty, LinkableStudent, UserListItem } from "@/db/queries/users";
import { ActionStatus } from "./action-status";
import { changeUserRole, createPasswordResetLink, linkUserRecord, setUserDisabled, type UserActionState } from "./actions";
import { facultyOptionLabel, linkedLabel, recordValue, ROLE_LABELS } from "./labels";
import { ResetLinkNotice } from "./reset-link-notice";
import { StudentOptions } from "./student-options";

const idle: UserActionState = { status: "idle" };

export const smallSelect = "rounded-md border border-line bg-white px-2 py-1 text-base sm:text-sm";
export const smallButton =
  "whitespace-nowrap rounded-md border border-line bg-white px-3 py-1 text-sm font-semibold hover:bg-canvas disabled:opacity-60";

export function RoleForm({ user }: { user: UserListItem }) {
  const [state, action, pending] = useActionState(changeUserRole, idle);
  const id = useId();
  return (
    <form action={action} className="space-y-1">
      <input type="hidden" name="userId" value={user.id} />
      <div className="flex items-center gap-2">
        <label htmlFor={id} className="sr-only">
          Role for {user.name}
        </label>
        {/* Keyed by the saved role: a select's defaultValue applies only on mount. */}
        <select
          key={user.role}
          id={id}
          name="role"
          defaultValue={user.role}
          aria-invalid={state.status === "error" ? true : undefined}
          aria-describedby={`${id}-result`}
          className={smallSelect}
        >
          {ROLES.map((role) => (
            <option key={role} value={role}>
              {ROLE_LABELS[role]}
            </option>
          ))}
        </select>
        <button type="submit" disabled={pending} className={smallButton}>
          Change role<span className="sr-only"> for {user.name}</span>
        </button>
      </div>
      <ActionStatus state={state} id={`${id}-result`} />
    </form>
  );
}

export function LinkForm({
  user,
  students,
  faculty,
}: {
  user: UserListItem;
  students: LinkableStudent[];
  faculty: LinkableFaculty[];
}) {
  const [state, action, pending] = useActionState(linkUserRecord, idle);
  const id = useId();
  const current = user.linked && user.linked.kind === user.role ? user.linked : null;
  const currentValue = current ? recordValue(current) : "";
  return (
    <form action={action} className="space-y-1">
      <input type="hidden" name="userId" value={user.id} />
      <div className="flex items-center gap-2">
        <label htmlFor={id} className="sr-only">
          Linked record for {user.name}
        </label>
        <select
          key={`${user.role}:${currentValue}`}
          id={id}
          name="record"
          defaultValue={currentValue}
          aria-invalid={state.status === "error" ? true : undefined}
          aria-describedby={`${id}-result`}
          className={`${smallSelect} w-44`}
        >
          <option value="">No linked record</option>
          {current ? <option value={currentValue}>{linkedLabel(current)}</option> : null}
          {user.role === "student" ? <StudentOptions students={students} /> : null}
          {user.role === "faculty"
            ? faculty.map((f) => (
                <option key={f.id} value={`faculty:${f.id}`}>
                  {facultyOptionLabel(f)}
                </option>
              ))
            : null}
        </select>
        <button type="submit" disabled={pending} className={smallButton}>
          Link record<span className="sr-only"> for {user.name}</span>
        </button>
      </div>
      <ActionStatus state={state} id={`${id}-result`} />
    </form>
  );
}

export function StatusForm({ user }: { user: UserListItem }) {
  const [state, action, pending] = useActionState(setUserDisabled, idle);
  return (
    <form action={action} className="space-y-1">
      <input type="hidden" name="userId" value={user.id} />
      <input type="hidden" name="disabled" value={user.disabled ? "false" : "true"} />
      <button type="submit" disabled={pending} className={smallButton}>
        {user.disabled ? "Enable" : "Disable"}
        <span className="sr-only"> {user.name}</span>
      </button>
      <ActionStatus state={state} />
    </form>
  );
}

export function ResetPasswordForm({ user }: { user: UserListItem }) {
  const [state, action, pending] = useActionState(createPasswordResetLink, idle);
  return (
    <div>
      <form action={action} className="space-y-1">
        <input type="hidden" name="userId" value={user.id} />
        <button type="submit" disabled={pending} className={smallButton}>
          Reset password<span className="sr-only"> for {user.name}</span>
        </button>
        <ActionStatus state={state} />
      </form>
      {state.status === "success" && state.resetLink ? (
        <div className="w-72">
          <ResetLinkNotice key={state.resetLink} path={state.resetLink} label={`Reset link for ${user.name}`} />
        </div>
      ) : null}
    </div>
  );
}
