"use client";

import { ErrorState, formatFen, LoadingState, useSession, useSignOut, useT } from "@o2o/client";
import { ShopProfileDocument } from "@o2o/schema";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useEffect, useState } from "react";
import { useQuery } from "urql";
import type { MessageKey } from "../../i18n/messages";
import { memberQrPayload } from "../member/member-qr";
import { QrImage } from "../qr/qr-image";
import { Icon } from "../shell/icons";

const MENU: { href: string; label: MessageKey; icon: string }[] = [
  { href: "/account/orders", label: "member.orders", icon: "📦" },
  { href: "/account/points", label: "member.points", icon: "⭐" },
  { href: "/account/coupons", label: "member.coupons", icon: "🎟️" },
  { href: "/account/events", label: "member.events", icon: "🎉" },
  { href: "/account/try-on", label: "member.tryOn", icon: "👗" },
  { href: "/account/service", label: "member.service", icon: "💬" },
  { href: "/account/profile", label: "member.profile", icon: "👤" },
];

export function AccountView() {
  const t = useT();
  const router = useRouter();
  const session = useSession();
  const { signOut, signingOut } = useSignOut();
  const [welcome, setWelcome] = useState(false);
  const [{ data, fetching, error }, refetch] = useQuery({ query: ShopProfileDocument, pause: !session });

  // Read once on the client; the flag only decorates the first visit after registering.
  useEffect(() => setWelcome(new URLSearchParams(window.location.search).get("welcome") === "1"), []);

  if (session === undefined || (fetching && !data)) return <LoadingState />;
  if (!session) {
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
  if (error && !data) return <ErrorState error={error} onRetry={() => refetch({ requestPolicy: "network-only" })} />;
  const me = data?.myProfile;
  if (!me) return <LoadingState />;
  const name = me.name ?? t("account.nameFallback");
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
          <span className="member-badge">{me.tier?.name ?? t("account.member")}</span>
          <p className="member-phone">{me.maskedPhone}</p>
        </div>
        <Link href="/account/member-code" className="member-code-link" aria-label={t("memberCode.open")}>
          <QrImage value={memberQrPayload(me.id)} label="" size={44} />
          <span aria-hidden="true">{t("memberCode.open")}</span>
        </Link>
      </section>
      <dl className="stat-row">
        <div>
          <dt>{t("member.pointsBalance")}</dt>
          <dd>{me.pointsBalance}</dd>
        </div>
        <div>
          <dt>{t("member.storeCredit")}</dt>
          <dd>{formatFen(me.storeCreditBalance)}</dd>
        </div>
        <div>
          <dt>{t("member.referralCode")}</dt>
          <dd className="mono">{me.referralCode}</dd>
        </div>
      </dl>
      <nav className="menu-grid" aria-label={t("account.title")}>
        {MENU.map((item) => (
          <Link key={item.href} href={item.href} className="menu-tile">
            <span aria-hidden="true">{item.icon}</span>
            {t(item.label)}
          </Link>
        ))}
      </nav>
      <div className="account-actions">
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
