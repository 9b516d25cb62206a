import Link from "next/link";

export default function Forbidden() {
  return (
    <div className="mx-auto max-w-xl space-y-4 py-16 text-center">
      <p className="text-sm font-semibold uppercase tracking-wide text-muted">403</p>
      <h1 className="text-2xl font-bold tracking-tight">You do not have access to this page</h1>
      <p className="text-muted">Your account&apos;s role does not allow it. If you think it should, ask an admin.</p>
      <Link href="/" className="inline-block rounded-md bg-brand px-4 py-2 font-semibold text-white hover:bg-brand-strong">
        Back to the overview
      </Link>
    </div>
  );
}
