"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";

/** Tabs between the pages of one module; the current page is marked for assistive technology. */
export function SubNav({ label, items }: { label: string; items: { href: string; label: string; exact?: boolean }[] }) {
  const pathname = usePathname();
  return (
    <nav className="subnav" aria-label={label}>
      {items.map((item) => {
        const active = item.exact ? pathname === item.href : pathname === item.href || pathname.startsWith(`${item.href}/`);
        return (
          <Link key={item.href} href={item.href} className="subnav-link" aria-current={active ? "page" : undefined}>
            {item.label}
          </Link>
        );
      })}
    </nav>
  );
}
