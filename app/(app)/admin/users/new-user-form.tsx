"use client";

import { startTransition, useActionState, useRef, useState, type FormEvent } from "react";
import { ROLES, type Role } from "@/app/lib/auth/roles";
import type { LinkableFaculty, LinkableStudent } from "@/db/queries/users";
import { createUser, type UserActionState } from "./actions";
import { facultyOptionLabel, ROLE_LABELS } from "./labels";
import { ResetLinkNotice } from "./reset-link-notice";
import { StudentOptions } from "./student-options";

const idle: UserActionState = { status: "idle" };
const field = "w-full rounded-md border border-line bg-white px-3 py-2 text-base";

export function NewUserForm({ students, faculty }: { students: LinkableStudent[]; faculty: LinkableFaculty[] }) {
  const formRef = useRef<HTMLFormElement>(null);
  const [role, setRole] = useState<Role>("student");
  const [state, formAction, pending] = useActionState(async (previous: UserActionState, formData: FormData) => {
    const next = await createUser(previous, formData);
    if (next.status === "success") {
      formRef.current?.reset();
      setRole("student");
    }
    return next;
  }, idle);

  // Submitted by hand so a refused form keeps what was typed (a form action resets it).
  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formData = new FormData(event.currentTarget);
    startTransition(() => formAction(formData));
  }

  const error = (name: string) => state.fieldErrors?.[name]?.[0];
  const describe = (name: string, hint?: string) =>
    [hint, error(name) ? `new-${name}-error` : undefined].filter(Boolean).join(" ") || undefined;

  return (
    <div className="space-y-4">
      <form ref={formRef} action={formAction} onSubmit={onSubmit} noValidate className="grid gap-4 sm:grid-cols-2">
        <div className="space-y-1">
          <label htmlFor="new-name" className="block text-sm font-medium">
            Name
          </label>
          <input
            id="new-name"
            name="name"
            type="text"
            autoComplete="off"
            required
            aria-invalid={error("name") ? true : undefined}
            aria-describedby={describe("name")}
            className={field}
          />
          <FieldError name="name" message={error("name")} />
        </div>
        <div className="space-y-1">
          <label htmlFor="new-email" className="block text-sm font-medium">
            E-mail
          </label>
          <input
            id="new-email"
            name="email"
            type="email"
            autoComplete="off"
            spellCheck={false}
            required
            aria-invalid={error("email") ? true : undefined}
            aria-describedby={describe("email")}
            className={field}
          />
          <FieldError name="email" message={error("email")} />
        </div>
        <div className="space-y-1">
          <label htmlFor="new-role" className="block text-sm font-medium">
            Role
          </label>
          <select
            id="new-role"
            name="role"
            value={role}
            onChange={(event) => setRole(event.target.value as Role)}
            aria-invalid={error("role") ? true : undefined}
            aria-describedby={describe("role")}
            className={field}
          >
            {ROLES.map((r) => (
              <option key={r} value={r}>
                {ROLE_LABELS[r]}
              </option>
            ))}
          </select>
          <FieldError name="role" message={error("role")} />
        </div>
        <div className="space-y-1">
          <label htmlFor="new-record" className="block text-sm font-medium">
            Linked record (optional)
          </label>
          <select
            // A new role offers other records; remounting drops a choice that no longer fits.
            key={role}
            id="new-record"
            name="record"
            defaultValue=""
            disabled={role === "admin"}
            aria-invalid={error("record") ? true : undefined}
            aria-describedby={describe("record", "new-record-hint")}
            className={`${field} disabled:bg-canvas disabled:text-muted`}
          >
            <option value="">None</option>
            {role === "student" ? <StudentOptions students={students} /> : null}
            {role === "faculty"
              ? faculty.map((f) => (
                  <option key={f.id} value={`faculty:${f.id}`}>
                    {facultyOptionLabel(f)}
                  </option>
                ))
              : null}
          </select>
          <p id="new-record-hint" className="text-sm text-muted">
            {role === "admin"
              ? "Admin accounts link no record."
              : `The ${role} record this account signs in as; only records not linked yet are listed.`}
          </p>
          <FieldError name="record" message={error("record")} />
        </div>
        <div className="flex flex-wrap items-center gap-3 sm:col-span-2">
          <button
            type="submit"
            disabled={pending}
            className="rounded-md bg-brand px-4 py-2 font-semibold text-white hover:bg-brand-strong disabled:opacity-60"
          >
            Create account
          </button>
          <p className="text-sm text-muted">No password is set: the new account gets a one-time link instead.</p>
        </div>
      </form>
      <div aria-live="polite" className="space-y-2 text-sm">
        {state.status === "success" ? <p className="text-ok">{state.message}</p> : null}
      </div>
      {state.status === "error" && state.message ? (
        <p role="alert" className="rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm text-bad">
          {state.message}
        </p>
      ) : null}
      {state.status === "success" && state.resetLink ? (
        <ResetLinkNotice key={state.resetLink} path={state.resetLink} label="Reset link for the new account" />
      ) : null}
    </div>
  );
}

function FieldError({ name, message }: { name: string; message?: string }) {
  return message ? (
    <p id={`new-${name}-error`} className="text-sm text-bad">
      {message}
    </p>
  ) : null;
}
