"use client";

import { useT } from "@o2o/client";
import Link from "next/link";

/** The "back" button of a page header, to the list the page belongs to. */
export function BackLink({ href }: { href: string }) {
  const t = useT();
  return (
    <Link href={href} className="btn btn-ghost">
      {t("common.back")}
    </Link>
  );
}
