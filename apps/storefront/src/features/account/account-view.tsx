"use client";

import { ErrorState, LoadingState, useSignOut, useT, useViewer } from "@o2o/client";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useEffect, useState } from "react";
import { Icon } from "../shell/icons";

export function AccountView() {
  const t = useT();
  const router = useRouter();
  const viewer = useViewer();
  const { signOut, signingOut } = useSignOut();
  const [welcome, setWelcome] = useState(false);

  // Read once on the client; the flag only decorates the first visit after registering.
  useEffect(() => setWelcome(new URLSearchParams(window.location.search).get("welcome") === "1"), []);

  if (viewer.status === "loading") return <LoadingState />;
  if (viewer.status === "error") return <ErrorState error={viewer.error} onRetry={viewer.retry} />;
  if (viewer.status === "signed-out") {
    return (
      <div className="panel account-signed-out">
        <span className="notice-icon">
          <Icon name="user" size={28} />
        </span>
        <h1>{t("account.signedOutTitle")}</h1>
        <p className="muted">{t("account.signedOutBody")}</p>
        <Link className="btn btn-primary btn-block" href="/login">
          {t("account.signIn")}
        </Link>
      </div>
    );
  }

  const { me } = viewer;
  const name = me.displayName ?? t("account.nameFallback");
  return (
    <div className="account">
      {welcome ? (
        <div className="alert alert-success" role="status">
          {t("account.welcome")}
        </div>
      ) : null}
      <section className="member-card" aria-labelledby="member-name">
        <span className="member-avatar" aria-hidden="true">
          {Array.from(name)[0]}
        </span>
        <div>
          <h1 id="member-name">{name}</h1>
          <span className="member-badge">{t("account.member")}</span>
        </div>
      </section>
      <section className="panel">
        <h2 className="visually-hidden">{t("account.title")}</h2>
        <dl className="facts">
          <div>
            <dt>{t("account.memberId")}</dt>
            <dd className="mono">{me.id}</dd>
          </div>
          <div>
            <dt>{t("account.kind")}</dt>
            <dd>{t(me.kind === "STAFF" ? "account.kindStaff" : "account.kindMember")}</dd>
          </div>
        </dl>
      </section>
      <div className="account-actions">
        <Link className="btn btn-outline btn-block" href="/">
          {t("account.continue")}
        </Link>
        <button
          type="button"
          className="btn btn-ghost btn-block"
          disabled={signingOut}
          onClick={async () => {
            await signOut();
            router.replace("/");
          }}
        >
          {t(signingOut ? "account.signingOut" : "account.signOut")}
        </button>
      </div>
    </div>
  );
}
