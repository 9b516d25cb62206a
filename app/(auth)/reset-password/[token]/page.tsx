import type { Metadata } from "next";
import Link from "next/link";
import { findPasswordResetTarget } from "@/db/queries/users";
import { resetPassword } from "./actions";
import { ResetPasswordForm } from "./reset-password-form";
import { INVALID_LINK_MESSAGE, ResetToken } from "./token";

export const dynamic = "force-dynamic";

export const metadata: Metadata = {
  title: "Set your password",
  // The token is in the URL: never send it onwards as a Referer, never index it.
  referrer: "no-referrer",
  robots: { index: false, follow: false },
};

/** Public: the link itself is the credential, so no sign-in is asked for. */
export default async function ResetPasswordPage(props: { params: Promise<{ token: string }> }) {
  const { token } = await props.params;
  const parsed = ResetToken.safeParse(token);
  const target = parsed.success ? await findPasswordResetTarget(parsed.data) : null;
  return (
    <div className="space-y-6">
      <div className="space-y-1 text-center">
        <h1 className="text-2xl font-bold tracking-tight">Set your password</h1>
        {target ? (
          <p className="text-sm text-muted">
            For <strong className="text-ink">{target.email}</strong>. The link works once.
          </p>
        ) : null}
      </div>
      {target && parsed.success ? (
        <ResetPasswordForm email={target.email} action={resetPassword.bind(null, parsed.data)} />
      ) : (
        <div className="space-y-3 text-center">
          <p role="alert" className="rounded-md border border-red-200 bg-red-50 px-3 py-2 text-bad">
            {INVALID_LINK_MESSAGE}
          </p>
          <Link href="/login" className="font-semibold text-brand underline-offset-4 hover:underline">
            Go to sign in
          </Link>
        </div>
      )}
    </div>
  );
}
