import Link from "next/link";

export function Brand() {
  return (
    <Link href="/" className="flex items-center gap-2 text-lg font-semibold tracking-tight">
      <span aria-hidden="true" className="inline-block h-3 w-3 rotate-45 bg-amber-400" />
      Ascent Basecamp
    </Link>
  );
}
