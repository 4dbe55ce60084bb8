"use client";

import { ErrorState, hasPermission, LoadingState, LocaleSwitcher, type Me, useSignOut, useT, useViewer } from "@o2o/client";
import Link from "next/link";
import { usePathname, useRouter } from "next/navigation";
import { type ReactNode, useEffect, useState } from "react";
import { canUseConsole } from "../../lib/permissions";
import { MeProvider } from "../auth/me-context";
import { AccessDenied } from "./access-denied";
import { Icon } from "./icons";
import { NAV_ITEMS, navItemFor } from "./nav";

function initialOf(name: string): string {
  return Array.from(name.trim())[0]?.toUpperCase() ?? "?";
}

function SignOutButton({ className }: { className: string }) {
  const t = useT();
  const router = useRouter();
  const { signOut, signingOut } = useSignOut();
  return (
    <button
      type="button"
      className={className}
      disabled={signingOut}
      onClick={async () => {
        await signOut();
        router.replace("/login");
      }}
    >
      <Icon name="signOut" size={18} />
      <span>{t(signingOut ? "shell.signingOut" : "shell.signOut")}</span>
    </button>
  );
}

function Console({ me, children }: { me: Me; children: ReactNode }) {
  const t = useT();
  const pathname = usePathname();
  const [menuOpen, setMenuOpen] = useState(false);
  const [menuPath, setMenuPath] = useState(pathname);
  const current = navItemFor(pathname);
  const items = NAV_ITEMS.filter((item) => item.permission === null || hasPermission(me, item.permission));
  const name = me.displayName ?? me.id;

  // A navigation closes the mobile drawer (adjusted during render, no effect needed).
  if (menuPath !== pathname) {
    setMenuPath(pathname);
    setMenuOpen(false);
  }

  return (
    <div className="console" data-menu-open={menuOpen}>
      <a className="skip-link" href="#main">
        {t("shell.skip")}
      </a>
      <aside className="sidebar" id="sidebar">
        <div className="brand">
          <span className="brand-mark" aria-hidden="true">
            鲜
          </span>
          <span className="brand-text">
            <strong>{t("app.name")}</strong>
            <small>{t("app.console")}</small>
          </span>
        </div>
        <nav aria-label={t("shell.mainNav")}>
          <ul className="nav-list">
            {items.map((item) => {
              const active = current?.href === item.href;
              return (
                <li key={item.href}>
                  <Link href={item.href} className="nav-link" aria-current={active ? "page" : undefined}>
                    <Icon name={item.icon} />
                    <span>{t(item.label)}</span>
                  </Link>
                </li>
              );
            })}
          </ul>
        </nav>
        <div className="sidebar-footer">
          <span className="avatar" aria-hidden="true">
            {initialOf(name)}
          </span>
          <span className="sidebar-user">
            <strong>{name}</strong>
            <small>{t("dashboard.staff")}</small>
          </span>
        </div>
      </aside>
      <button type="button" className="scrim" tabIndex={-1} aria-hidden="true" onClick={() => setMenuOpen(false)} />
      <div className="console-main">
        <header className="topbar">
          <button
            type="button"
            className="icon-button menu-button"
            aria-controls="sidebar"
            aria-expanded={menuOpen}
            aria-label={t(menuOpen ? "shell.closeMenu" : "shell.openMenu")}
            onClick={() => setMenuOpen((open) => !open)}
          >
            <Icon name={menuOpen ? "close" : "menu"} />
          </button>
          <h1 className="topbar-title">{t(current?.label ?? "nav.dashboard")}</h1>
          <div className="topbar-actions">
            <LocaleSwitcher />
            <span className="user-chip">
              <span className="avatar avatar-sm" aria-hidden="true">
                {initialOf(name)}
              </span>
              <span className="user-chip-name">{name}</span>
            </span>
            <SignOutButton className="btn btn-ghost" />
          </div>
        </header>
        <main id="main" className="content" tabIndex={-1}>
          {current?.permission && !hasPermission(me, current.permission) ? <AccessDenied permission={current.permission} /> : children}
        </main>
      </div>
    </div>
  );
}

/** The signed-in frame of every console page: waits for `me`, sends signed-out visitors to /login. */
export function ConsoleShell({ children }: { children: ReactNode }) {
  const t = useT();
  const viewer = useViewer();
  const router = useRouter();
  const pathname = usePathname();

  useEffect(() => {
    if (viewer.status === "signed-out") router.replace(pathname === "/" ? "/login" : `/login?next=${encodeURIComponent(pathname)}`);
  }, [viewer.status, router, pathname]);

  if (viewer.status === "error") {
    return (
      <div className="splash">
        <ErrorState error={viewer.error} onRetry={viewer.retry} />
      </div>
    );
  }
  if (viewer.status !== "ready") {
    return (
      <div className="splash">
        <LoadingState />
      </div>
    );
  }
  if (viewer.me.kind !== "STAFF") {
    return (
      <div className="splash">
        <div className="card splash-card" role="alert">
          <p>{t("shell.notStaff")}</p>
          <SignOutButton className="btn btn-primary" />
        </div>
      </div>
    );
  }
  if (!canUseConsole(viewer.me)) {
    return (
      <div className="splash">
        <div className="card splash-card" role="alert">
          <h1>{t("shell.tillOnlyTitle")}</h1>
          <p>{t("shell.tillOnlyBody")}</p>
          <SignOutButton className="btn btn-primary" />
        </div>
      </div>
    );
  }
  return (
    <MeProvider me={viewer.me}>
      <Console me={viewer.me}>{children}</Console>
    </MeProvider>
  );
}
