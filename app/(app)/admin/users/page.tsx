import type { Metadata } from "next";
import Link from "next/link";
import { requireRole } from "@/app/lib/session";
import { listLinkableFaculty, listLinkableStudents, listUsers } from "@/db/queries/users";
import { NewUserForm } from "./new-user-form";
import { UsersTable } from "./users-table";

export const dynamic = "force-dynamic";

export const metadata: Metadata = { title: "Users" };

export default async function UsersPage() {
  const viewer = await requireRole("admin");
  const [users, students, faculty] = await Promise.all([listUsers(viewer), listLinkableStudents(viewer), listLinkableFaculty(viewer)]);
  return (
    <div className="space-y-10">
      <section className="max-w-3xl space-y-3">
        <nav aria-label="Breadcrumb" className="text-sm font-medium">
          <Link href="/admin" className="text-brand underline-offset-4 hover:underline">
            <span aria-hidden="true">← </span>Admin
          </Link>
        </nav>
        <h1 className="text-3xl font-bold tracking-tight">Users</h1>
        <p className="text-lg text-muted">
          Who may sign in, with which role, and which student or faculty record each account is. Passwords are
          never set here: an account gets a one-time link, valid for 24 hours, to choose its own.
        </p>
      </section>

      <section aria-labelledby="accounts-heading" className="space-y-4">
        <div className="flex flex-wrap items-baseline justify-between gap-2">
          <h2 id="accounts-heading" className="text-xl font-semibold">
            Accounts
          </h2>
          <p className="text-sm text-muted">
            {users.length === 1 ? "1 account" : `${users.length} accounts`}. Times in UTC.
          </p>
        </div>
        <UsersTable users={users} students={students} faculty={faculty} viewerId={viewer.userId} />
      </section>

      <section aria-labelledby="new-account-heading" className="max-w-3xl space-y-4">
        <h2 id="new-account-heading" className="text-xl font-semibold">
          New account
        </h2>
        <NewUserForm students={students} faculty={faculty} />
      </section>
    </div>
  );
}
