"use client";

import { LoadingState, useSession, useT } from "@o2o/client";
import Link from "next/link";
import type { ReactNode } from "react";

/** Member pages: a sign-in prompt for guests (coming back here afterwards), the page for members. */
export function MemberGate({ next, children }: { next: string; children: ReactNode }) {
  const t = useT();
  const session = useSession();
  if (session === undefined) return <LoadingState />;
  if (!session) {
    return (
      <div className="panel center">
        <p>{t("account.signedOutBody")}</p>
        <Link className="btn btn-primary" href={`/login?next=${encodeURIComponent(next)}`}>
          {t("account.signIn")}
        </Link>
      </div>
    );
  }
  return <>{children}</>;
}

export function BackLink() {
  const t = useT();
  return (
    <Link href="/account" className="back-link">
      ‹ {t("member.back")}
    </Link>
  );
}
