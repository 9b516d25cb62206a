import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import type { Provider } from "next-auth/providers";
import { z } from "zod";
import { authConfig } from "./auth.config";
import { clientIp } from "./app/lib/auth/rate-limit";
import { authenticate, findActiveUserByEmail, SignInRateLimited } from "./db/queries/auth";

const Credentials_ = z.object({
  email: z.email().max(255),
  password: z.string().min(1).max(200),
});

class RateLimitedSignIn extends CredentialsSignin {
  override code = "rate_limited";
}

/**
 * A university's SSO (any OpenID Connect provider), switched on by AUTH_OIDC_ISSUER,
 * AUTH_OIDC_ID and AUTH_OIDC_SECRET. It signs in existing accounts only, matched by e-mail.
 */
function ssoProviders(): Provider[] {
  const { AUTH_OIDC_ISSUER: issuer, AUTH_OIDC_ID: clientId, AUTH_OIDC_SECRET: clientSecret } = process.env;
  if (!issuer || !clientId || !clientSecret) return [];
  return [
    {
      id: "university-sso",
      name: process.env.AUTH_OIDC_NAME ?? "University SSO",
      type: "oidc",
      issuer,
      clientId,
      clientSecret,
    },
  ];
}

export const { handlers, auth, signIn, signOut } = NextAuth({
  ...authConfig,
  logger: {
    // A wrong password is an expected outcome (audited in audit_logs), not a server error.
    error(error) {
      if (error.name === "CredentialsSignin" || error instanceof CredentialsSignin) return;
      console.error(error);
    },
  },
  providers: [
    Credentials({
      credentials: { email: { label: "Email", type: "email" }, password: { label: "Password", type: "password" } },
      async authorize(raw, request) {
        const parsed = Credentials_.safeParse(raw);
        if (!parsed.success) return null;
        try {
          return await authenticate(parsed.data.email, parsed.data.password, clientIp(request.headers));
        } catch (error) {
          if (error instanceof SignInRateLimited) throw new RateLimitedSignIn();
          throw error;
        }
      },
    }),
    ...ssoProviders(),
  ],
  callbacks: {
    ...authConfig.callbacks,
    async signIn({ user, account }) {
      if (!account || account.provider === "credentials") return true;
      return Boolean(user.email && (await findActiveUserByEmail(user.email)));
    },
    async jwt({ token, user, account }) {
      if (user && account?.provider === "credentials") {
        token.userId = user.id;
        token.role = user.role;
        token.studentId = user.studentId ?? null;
        token.facultyId = user.facultyId ?? null;
      } else if (user?.email && account) {
        const appUser = await findActiveUserByEmail(user.email);
        if (appUser) {
          token.userId = appUser.id;
          token.role = appUser.role;
          token.studentId = appUser.studentId;
          token.facultyId = appUser.facultyId;
          token.name = appUser.name;
        }
      }
      return token;
    },
  },
});
