"use client";

import { useSession, useT } from "@o2o/client";
import { useRouter } from "next/navigation";
import { useEffect } from "react";
import { MemberLoginForm } from "./member-login-form";
import { nextPath } from "./next-path";

export function LoginScreen() {
  const t = useT();
  const router = useRouter();
  const session = useSession();

  useEffect(() => {
    if (session) router.replace(nextPath(window.location.search, "/account"));
  }, [session, router]);

  return (
    <div className="container narrow">
      <div className="panel login-panel">
        <h1>{t("login.title")}</h1>
        <p className="muted">{t("login.subtitle")}</p>
        <MemberLoginForm />
      </div>
    </div>
  );
}
