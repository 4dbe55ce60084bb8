"use client";

import { ErrorState, LoadingState, useT } from "@o2o/client";
import { ShopProfileDocument } from "@o2o/schema";
import { useQuery } from "urql";
import { QrImage } from "../qr/qr-image";
import { memberQrPayload } from "./member-qr";

/** The member code (会员码): a QR the till scans to attach the member to a sale, with the masked phone and tier. */
export function MemberCodeView() {
  const t = useT();
  const [{ data, fetching, error }, refetch] = useQuery({ query: ShopProfileDocument });
  if (fetching && !data) return <LoadingState />;
  if (error && !data) return <ErrorState error={error} onRetry={() => refetch({ requestPolicy: "network-only" })} />;
  const me = data?.myProfile;
  if (!me) return <LoadingState />;
  const payload = memberQrPayload(me.id);
  return (
    <section className="member-code panel" aria-labelledby="member-code-name">
      <header className="member-code-head">
        <h2 id="member-code-name">{me.name ?? t("account.nameFallback")}</h2>
        <span className="member-badge">{me.tier?.name ?? t("account.member")}</span>
      </header>
      <figure className="member-code-qr" data-payload={payload}>
        <QrImage value={payload} label={t("memberCode.qrLabel", { payload })} size={248} />
        <figcaption className="muted small">{t("memberCode.hint")}</figcaption>
      </figure>
      <dl className="facts member-code-facts">
        <div>
          <dt>{t("memberCode.phone")}</dt>
          <dd className="mono">{me.maskedPhone}</dd>
        </div>
        <div>
          <dt>{t("memberCode.tier")}</dt>
          <dd>{me.tier?.name ?? t("account.member")}</dd>
        </div>
      </dl>
      <p className="muted small center">{t("memberCode.brightness")}</p>
    </section>
  );
}
