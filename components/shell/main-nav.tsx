"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import type { Area } from "./areas";

export function MainNav({ areas }: { areas: Area[] }) {
  const pathname = usePathname();
  return (
    <nav aria-label="Main">
      <ul className="flex flex-wrap gap-1">
        {areas.map((area) => {
          const current = area.href === "/" ? pathname === "/" : pathname.startsWith(area.href);
          return (
            <li key={area.href}>
              <Link
                href={area.href}
                aria-current={current ? "page" : undefined}
                className={`block rounded-md px-3 py-2 text-sm font-medium ${
                  current ? "bg-white/15 text-white" : "text-blue-100 hover:bg-white/10 hover:text-white"
                }`}
              >
                {area.label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
