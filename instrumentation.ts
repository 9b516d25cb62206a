/**
 * Runs once when the server starts. A production server without AUTH_SECRET would fail on the
 * first sign-in with an obscure 500; refuse to start instead, saying what to set.
 */
export function register(): void {
  if (process.env.NODE_ENV === "production" && process.env.NEXT_RUNTIME === "nodejs" && !process.env.AUTH_SECRET) {
    throw new Error(
      "AUTH_SECRET is not set. Sessions cannot be signed without it: set AUTH_SECRET to a random value " +
        "of at least 32 bytes (e.g. `openssl rand -base64 32`) in the server's environment.",
    );
  }
}
