/**
 * Where to go after signing in. Only a path on this site is kept — taken from an absolute URL
 * too, as Auth.js writes those — so the sign-in page cannot be used as an open redirect.
 */
export function safeCallbackPath(value: unknown): string {
  if (typeof value !== "string" || value === "") return "/";
  try {
    const url = new URL(value, "http://placeholder.invalid");
    const path = `${url.pathname}${url.search}${url.hash}`;
    return path.startsWith("/") && !path.startsWith("//") ? path : "/";
  } catch {
    return "/";
  }
}
