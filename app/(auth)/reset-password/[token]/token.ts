import { z } from "zod";

/** What db/queries/users.ts hands out: 32 random bytes, base64url without padding. */
export const ResetToken = z.string().regex(/^[A-Za-z0-9_-]{43}$/);

export const INVALID_LINK_MESSAGE = "This link is invalid or has expired. Ask an admin for a new one.";
