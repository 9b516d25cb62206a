import type { Metadata } from "next";
import Link from "next/link";
import { requireViewer } from "@/app/lib/session";
import { signOutAction } from "./actions";

export const metadata: Metadata = { title: "Sign out" };

export default async function LogoutPage() {
  const viewer = await requireViewer("/logout");
  return (
    <div className="space-y-6 text-center">
      <h1 className="text-2xl font-bold tracking-tight">Sign out</h1>
      <p className="text-muted">
        You are signed in as <strong className="text-ink">{viewer.name}</strong> ({viewer.email}).
      </p>
      <form action={signOutAction} className="flex justify-center gap-3">
        <button type="submit" className="rounded-md bg-brand px-4 py-2 font-semibold text-white hover:bg-brand-strong">
          Sign out
        </button>
        <Link href="/" className="rounded-md border border-line bg-white px-4 py-2 font-semibold hover:bg-canvas">
          Stay signed in
        </Link>
      </form>
    </div>
  );
}
