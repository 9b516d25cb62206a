import NextAuth from "next-auth";
import type { NextFetchEvent, NextRequest } from "next/server";
import { authConfig } from "./auth.config";

const { auth } = NextAuth(authConfig);
const redirectAnonymous = auth as unknown as (request: NextRequest, event: NextFetchEvent) => Promise<Response | undefined>;

/**
 * Sends anonymous visitors to sign in (authConfig.callbacks.authorized). It only redirects:
 * every page, read, route handler and action checks the caller's role itself.
 */
export function proxy(request: NextRequest, event: NextFetchEvent) {
  return redirectAnonymous(request, event);
}

export const config = {
  // API routes answer 401/403 themselves; static files need no session.
  matcher: ["/((?!api/|_next/static|_next/image|icon.svg|favicon.ico|robots.txt).*)"],
};
