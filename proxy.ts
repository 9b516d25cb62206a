import NextAuth from "next-auth";
import { authConfig } from "./auth.config";

/**
 * Sends anonymous visitors to sign in. It only redirects: every page, read, route handler and
 * action checks the caller's role itself (app/lib/session.ts).
 */
export const { auth: proxy } = NextAuth(authConfig);

export const config = {
  // API routes answer 401/403 themselves; static files need no session.
  matcher: ["/((?!api/|_next/static|_next/image|icon.svg|favicon.ico|robots.txt).*)"],
};
