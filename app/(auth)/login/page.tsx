import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { safeCallbackPath } from "@/app/lib/auth/callback";
import { getViewer } from "@/app/lib/session";
import { signInWithSso } from "./actions";
import { LoginForm } from "./login-form";

export const metadata: Metadata = { title: "Sign in" };

export default async function LoginPage(props: { searchParams: Promise<{ callbackUrl?: string | string[] }> }) {
  const { callbackUrl } = await props.searchParams;
  const back = typeof callbackUrl === "string" ? safeCallbackPath(callbackUrl) : undefined;
  if (await getViewer()) redirect(back ?? "/");
  const ssoName = process.env.AUTH_OIDC_ISSUER ? (process.env.AUTH_OIDC_NAME ?? "University SSO") : undefined;
  return (
    <div className="space-y-6">
      <div className="space-y-1 text-center">
        <h1 className="text-2xl font-bold tracking-tight">Sign in to Ascent Basecamp</h1>
        <p className="text-sm text-muted">Students, faculty and admins sign in with their account e-mail.</p>
      </div>
      <LoginForm callbackUrl={back} ssoName={ssoName} />
      {ssoName ? (
        <form action={signInWithSso}>
          <input type="hidden" name="callbackUrl" value={back ?? "/"} />
          <button type="submit" className="w-full rounded-md border border-line bg-white px-4 py-2 font-semibold hover:bg-canvas">
            Sign in with {ssoName}
          </button>
        </form>
      ) : null}
    </div>
  );
}
