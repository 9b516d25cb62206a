"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { requireRole } from "@/app/lib/session";
import { createApiTokenRecord, revokeApiTokenRecord } from "@/db/queries/api-tokens";

export interface TokenActionState {
  status: "idle" | "success" | "error";
  message?: string;
  fieldErrors?: Record<string, string[]>;
  /** The new token in full: in this answer only, never stored or shown again. */
  token?: string;
  tokenName?: string;
}

const PAGE = "/admin/tokens";
const FAILED = "Something went wrong; nothing was changed. Try again.";

const CreateTokenForm = z.object({
  name: z
    .string({ error: "Name the token." })
    .trim()
    .min(1, "Name the token, e.g. after the agent that will use it.")
    .max(100, "Use at most 100 characters."),
});

const RevokeTokenForm = z.object({
  tokenId: z.coerce.number({ error: "Choose a token." }).int("Choose a token.").positive("Choose a token."),
});

export async function createApiToken(_previous: TokenActionState, formData: FormData): Promise<TokenActionState> {
  const viewer = await requireRole("admin");
  const parsed = CreateTokenForm.safeParse(Object.fromEntries(formData));
  if (!parsed.success) {
    return { status: "error", message: "Check the highlighted field.", fieldErrors: z.flattenError(parsed.error).fieldErrors };
  }
  const { name } = parsed.data;
  try {
    const issued = await createApiTokenRecord(name, { userId: viewer.userId, email: viewer.email });
    revalidatePath(PAGE);
    return { status: "success", message: `Token “${name}” created.`, token: issued.token, tokenName: name };
  } catch (error) {
    console.error("[admin/tokens] createApiToken failed:", error);
    return { status: "error", message: FAILED };
  }
}

export async function revokeApiToken(_previous: TokenActionState, formData: FormData): Promise<TokenActionState> {
  const viewer = await requireRole("admin");
  const parsed = RevokeTokenForm.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return { status: "error", message: parsed.error.issues[0]?.message ?? "Choose a token." };
  try {
    const result = await revokeApiTokenRecord(parsed.data.tokenId, { userId: viewer.userId, email: viewer.email });
    if (!result.ok) return { status: "error", message: result.message };
    revalidatePath(PAGE);
    return {
      status: "success",
      message: result.alreadyRevoked ? `“${result.name}” was already revoked.` : `“${result.name}” is revoked: agents using it are refused from now on.`,
    };
  } catch (error) {
    console.error("[admin/tokens] revokeApiToken failed:", error);
    return { status: "error", message: FAILED };
  }
}
