"use client";

import { useT } from "@o2o/client";
import { AdminCreateCouponTemplateDocument, type CouponKind } from "@o2o/schema";
import { type FormEvent, useState } from "react";
import { useMutation } from "urql";
import { parseWhole, parseYuan } from "../../lib/money-input";
import { FormAlert, TextField } from "../../components/form-field";

/** A new coupon template: amount or percent off, threshold, validity and limits. */
export function CouponTemplateForm({ onCreated }: { onCreated: (name: string) => void }) {
  const t = useT();
  const [name, setName] = useState("");
  const [kind, setKind] = useState<CouponKind>("AMOUNT");
  const [value, setValue] = useState("");
  const [threshold, setThreshold] = useState("0");
  const [validDays, setValidDays] = useState("30");
  const [perMember, setPerMember] = useState("1");
  const [claimCode, setClaimCode] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [{ fetching }, create] = useMutation(AdminCreateCouponTemplateDocument);

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    const amount =
      kind === "AMOUNT"
        ? parseYuan(value)
        : (() => {
            const p = Number(value);
            return value.trim() && p > 0 && p < 100 ? Math.round(p * 100) : null;
          })();
    const min = parseYuan(threshold);
    const days = parseWhole(validDays, 1, 3650);
    const limit = parseWhole(perMember, 1, 100);
    if (!name.trim()) return setError(t("common.required"));
    if (!amount || min === null || days === null || limit === null) return setError(t("coupon.invalid"));
    const result = await create({
      input: {
        name: name.trim(),
        kind,
        value: amount,
        threshold: min,
        validDays: days,
        perMemberLimit: limit,
        claimCode: claimCode.trim() || null,
        status: "ACTIVE",
      },
    });
    if (result.data) {
      setError(null);
      setName("");
      setValue("");
      setClaimCode("");
      onCreated(result.data.createCouponTemplate.name);
    } else setError(t("common.failed", { message: result.error?.graphQLErrors[0]?.message ?? "" }));
  }

  return (
    <form className="card form-card" onSubmit={onSubmit} aria-labelledby="coupon-form-title" noValidate>
      <h3 className="card-title" id="coupon-form-title">
        {t("coupon.new")}
      </h3>
      <FormAlert message={error} />
      <div className="form-grid">
        <TextField wide label={t("coupon.name")} value={name} onChange={setName} maxLength={100} />
        <label className="field">
          <span>{t("coupon.kind")}</span>
          <select value={kind} onChange={(e) => setKind(e.target.value as CouponKind)}>
            <option value="AMOUNT">{t("coupon.kind.AMOUNT")}</option>
            <option value="PERCENT">{t("coupon.kind.PERCENT")}</option>
          </select>
        </label>
        <TextField
          label={t(kind === "AMOUNT" ? "coupon.valueAmount" : "coupon.valuePercent")}
          value={value}
          onChange={setValue}
          inputMode="decimal"
        />
        <TextField label={t("coupon.threshold")} value={threshold} onChange={setThreshold} inputMode="decimal" />
        <TextField label={t("coupon.validDays")} value={validDays} onChange={setValidDays} inputMode="numeric" />
        <TextField label={t("coupon.perMember")} value={perMember} onChange={setPerMember} inputMode="numeric" />
        <label className="field">
          <span>{t("coupon.claimCode")}</span>
          <input value={claimCode} onChange={(e) => setClaimCode(e.target.value.toUpperCase())} maxLength={32} className="mono" />
        </label>
      </div>
      <div className="form-actions">
        <button type="submit" className="btn btn-primary" disabled={fetching}>
          {t("coupon.create")}
        </button>
      </div>
    </form>
  );
}
