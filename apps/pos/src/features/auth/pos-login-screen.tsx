"use client";

import { useRouter } from "next/navigation";
import { useEffect } from "react";
import { LocaleSwitcher, useT } from "../../i18n/locale";
import { useSession } from "../../lib/session";
import { ConnectionBadge } from "../status/connection-badge";
import { StaffLoginForm } from "./staff-login-form";

export function PosLoginScreen() {
  const t = useT();
  const router = useRouter();
  const session = useSession();

  useEffect(() => {
    if (session) router.replace("/");
  }, [session, router]);

  return (
    <div className="pos-login">
      <header className="pos-login-bar">
        <span className="pos-brand">
          <span className="pos-brand-mark" aria-hidden="true">
            鲜
          </span>
          {t("app.name")}
        </span>
        <span className="pos-login-tools">
          <ConnectionBadge />
          <LocaleSwitcher />
        </span>
      </header>
      <main className="pos-login-main">
        <div className="pos-card pos-login-card">
          <h1>{t("login.title")}</h1>
          <p className="muted">{t("login.subtitle")}</p>
          <StaffLoginForm afterLogin="/" />
        </div>
      </main>
    </div>
  );
}
