"use client";

import { LocaleSwitcher, useSession, useT } from "@o2o/client";
import { useRouter } from "next/navigation";
import { useEffect } from "react";
import { StaffLoginForm, safeNext } from "./staff-login-form";

export function LoginScreen() {
  const t = useT();
  const router = useRouter();
  const session = useSession();

  // Already signed in (another tab, the back button, or the form just now): straight to where the visitor was going.
  useEffect(() => {
    if (session) router.replace(safeNext("/"));
  }, [session, router]);

  return (
    <div className="login-page">
      <aside className="login-hero">
        <div className="brand brand-light">
          <span className="brand-mark" aria-hidden="true">
            鲜
          </span>
          <span className="brand-text">
            <strong>{t("app.name")}</strong>
            <small>{t("app.console")}</small>
          </span>
        </div>
        <div className="login-pitch">
          <h2>{t("login.pitchTitle")}</h2>
          <ul>
            <li>{t("login.pitch1")}</li>
            <li>{t("login.pitch2")}</li>
            <li>{t("login.pitch3")}</li>
          </ul>
        </div>
        <small className="login-foot">© 鲜衣坊 O2O</small>
      </aside>
      <main className="login-main">
        <div className="login-locale">
          <LocaleSwitcher />
        </div>
        <div className="login-card">
          <h1>{t("login.title")}</h1>
          <p className="muted">{t("login.subtitle")}</p>
          <StaffLoginForm />
        </div>
      </main>
    </div>
  );
}
