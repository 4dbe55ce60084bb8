"use client";

import { LocaleSwitcher, useLocale, useT } from "@o2o/client";
import Link from "next/link";
import { type ReactNode, useEffect, useState } from "react";
import { useMe } from "../auth/me-context";
import { ConnectionBadge } from "../status/connection-badge";
import { Icon } from "./icons";
import { SignOutButton, TillBrand } from "./till-chrome";
import type { TillSelection } from "./till-selection";

function Clock() {
  const locale = useLocale();
  const [now, setNow] = useState<Date | null>(null);
  useEffect(() => {
    setNow(new Date());
    const timer = setInterval(() => setNow(new Date()), 15_000);
    return () => clearInterval(timer);
  }, []);
  if (!now) return <span className="clock" />;
  return (
    <time className="clock num" dateTime={now.toISOString()}>
      {now.toLocaleTimeString(locale, { hour: "2-digit", minute: "2-digit" })}
    </time>
  );
}

export function StatusBar({ till, children }: { till: TillSelection; children?: ReactNode }) {
  const t = useT();
  const me = useMe();
  return (
    <header className="status-bar">
      <TillBrand till={till} />
      <span className="status-tools">
        {children}
        <ConnectionBadge />
        <Clock />
        <span className="cashier">
          <Icon name="user" size={20} />
          <span className="visually-hidden">{t("till.cashier")}: </span>
          <strong>{me.displayName ?? me.id}</strong>
        </span>
        <LocaleSwitcher />
        <Link href="/setup" className="pos-btn pos-btn-ghost" title={t("till.changeRegister")}>
          <Icon name="swap" />
          <span className="hide-narrow">{t("till.changeRegister")}</span>
        </Link>
        <SignOutButton variant="outline" />
      </span>
    </header>
  );
}
