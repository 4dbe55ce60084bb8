"use client";

import { formatFen, useLocale, useT } from "@o2o/client";
import { type FormEvent, useId, useState } from "react";
import { useClient } from "urql";
import { Modal } from "../../components/modal";
import type { DraftMember } from "../sale/sale-draft";
import { lookupMember } from "./member-lookup";

/** F2: find a member by mobile number (or scan their member QR anywhere) and attach them to the sale. */
export function MemberDialog({
  current,
  onAttach,
  onDetach,
  onClose,
}: {
  current: DraftMember | null;
  onAttach: (member: DraftMember) => void;
  onDetach: () => void;
  onClose: () => void;
}) {
  const t = useT();
  const locale = useLocale();
  const client = useClient();
  const id = useId();
  const [phone, setPhone] = useState("");
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<string | null>(null);

  async function lookup(event: FormEvent) {
    event.preventDefault();
    const digits = phone.replace(/\D/g, "");
    if (digits.length < 11) {
      setMessage(t("member.phoneInvalid"));
      return;
    }
    setBusy(true);
    const found = await lookupMember(client, { phone: digits }, locale);
    setBusy(false);
    if (!found.ok) {
      setMessage(found.message ?? t("error.network"));
      return;
    }
    if (!found.member) {
      setMessage(t("member.notFound", { phone: digits }));
      return;
    }
    onAttach(found.member);
  }

  return (
    <Modal title={t("member.title")} onClose={onClose} busy={busy}>
      {current ? (
        <section className="member-card" aria-label={t("member.current")}>
          <strong>{current.name ?? current.maskedPhone}</strong>
          <span className="muted">{current.maskedPhone}</span>
          {current.tierName ? <span className="badge badge-member">{current.tierName}</span> : null}
          <span>{t("member.points", { n: current.pointsBalance })}</span>
          <span>{t("member.storeCredit", { amount: formatFen(current.storeCreditBalance) })}</span>
          <button type="button" className="pos-btn pos-btn-outline" onClick={onDetach}>
            {t("member.detach")}
          </button>
        </section>
      ) : null}
      <form onSubmit={lookup} className="member-form" noValidate>
        <div className="field">
          <label htmlFor={id}>{t("member.phone")}</label>
          <input
            id={id}
            inputMode="tel"
            autoComplete="off"
            value={phone}
            onChange={(e) => {
              setPhone(e.target.value);
              setMessage(null);
            }}
            maxLength={20}
            aria-describedby={message ? `${id}-msg` : undefined}
            aria-invalid={Boolean(message)}
            data-autofocus
          />
        </div>
        {message ? (
          <p className="field-error" id={`${id}-msg`} role="alert">
            {message}
          </p>
        ) : null}
        <p className="muted">{t("member.scanHint")}</p>
        <button type="submit" className="pos-btn pos-btn-primary pos-btn-xl" disabled={busy} aria-busy={busy}>
          {t(busy ? "member.looking" : "member.lookup")}
        </button>
      </form>
    </Modal>
  );
}
