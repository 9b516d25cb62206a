import type { NextAuthConfig } from "next-auth";

/** Pages anyone may open; everything else sends an anonymous visitor to sign in. */
export const PUBLIC_PATHS = ["/login", "/reset-password"];

export function isPublicPath(pathname: string): boolean {
  return PUBLIC_PATHS.some((p) => pathname === p || pathname.startsWith(`${p}/`));
}

/**
 * The part of the Auth.js configuration the proxy needs: how to read the session cookie and
 * where to send anonymous visitors. No providers and no database here.
 */
export const authConfig = {
  pages: { signIn: "/login" },
  session: { strategy: "jwt", maxAge: 8 * 60 * 60 },
  trustHost: true,
  providers: [],
  callbacks: {
    authorized({ auth, request }) {
      return isPublicPath(request.nextUrl.pathname) || Boolean(auth?.user);
    },
    session({ session, token }) {
      if (token.userId && token.role) {
        session.user.id = token.userId;
        session.user.role = token.role;
        session.user.studentId = token.studentId ?? null;
        session.user.facultyId = token.facultyId ?? null;
      }
      return session;
    },
  },
} satisfies NextAuthConfig;
