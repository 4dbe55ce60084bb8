"use client";

import { useRouter } from "next/navigation";
import { useEffect } from "react";
import { useT } from "../../i18n/locale";
import { useSession } from "../../lib/session";
import { MemberLoginForm } from "./member-login-form";

export function LoginScreen() {
  const t = useT();
  const router = useRouter();
  const session = useSession();

  useEffect(() => {
    if (session) router.replace("/account");
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
