"use server";

import { signOut } from "@/auth";
import { requireViewer } from "@/app/lib/session";

export async function signOutAction(): Promise<void> {
  await requireViewer();
  await signOut({ redirectTo: "/login" });
}
