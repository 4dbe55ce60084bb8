"use client";

import { LocaleSwitcher, useSession, useT } from "@o2o/client";
import { useRouter } from "next/navigation";
import { useEffect } from "react";
import { ConnectionBadge } from "../status/connection-badge";
import { PosBrand } from "../till/till-chrome";
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
        <PosBrand>{t("app.name")}</PosBrand>
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
