import Link from "next/link";

export default function NotFound() {
  return (
    <div className="mx-auto max-w-xl space-y-4 py-16 text-center">
      <p className="text-sm font-semibold uppercase tracking-wide text-muted">404</p>
      <h1 className="text-2xl font-bold tracking-tight">Page not found</h1>
      <p className="text-muted">There is nothing here, or nothing you may see.</p>
      <Link href="/" className="inline-block rounded-md bg-brand px-4 py-2 font-semibold text-white hover:bg-brand-strong">
        Back to the overview
      </Link>
    </div>
  );
}
