import type { Viewer } from "@/app/lib/auth/roles";
import { signOutAction } from "@/app/(auth)/logout/actions";

const ROLE_LABEL = { student: "Student", faculty: "Faculty", admin: "Admin" } as const;

export function UserMenu({ viewer }: { viewer: Viewer }) {
  return (
    <div className="flex items-center gap-3 text-sm">
      <span className="text-blue-100">
        <span className="font-medium text-white">{viewer.name}</span>{" "}
        <span className="rounded bg-white/15 px-1.5 py-0.5 text-xs">{ROLE_LABEL[viewer.role]}</span>
      </span>
      <form action={signOutAction}>
        <button type="submit" className="rounded-md px-2 py-1 text-blue-100 underline-offset-2 hover:bg-white/10 hover:text-white hover:underline">
          Sign out
        </button>
      </form>
    </div>
  );
}
