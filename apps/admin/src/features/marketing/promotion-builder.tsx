"use client";

import { useT } from "@o2o/client";
import { AdminCreatePromotionDocument, type CreatePromotionInput, type MarketingStatus, type PromotionType } from "@o2o/schema";
import { useRouter } from "next/navigation";
import { type FormEvent, useDeferredValue, useState } from "react";
import { useMutation } from "urql";
import { PageHeader } from "../../components/page-header";
import { checkRule, EMPTY_FIELDS, PROMOTION_TYPES, type RuleFields } from "./promotion-params";
import { PromotionPreview } from "./promotion-preview";
import { RuleFieldsEditor } from "./rule-fields";
import { EMPTY_SCOPE, type Scope, ScopeFields, scopeInput } from "./scope-fields";
import { TextField } from "../../components/form-field";
import { BackLink } from "../../components/back-link";

/** Every rule type the engine supports, with a live preview on a sample cart. */
export function PromotionBuilder() {
  const t = useT();
  const router = useRouter();
  const [name, setName] = useState("");
  const [type, setType] = useState<PromotionType>("SPEND_SAVE");
  const [fields, setFields] = useState<RuleFields>(EMPTY_FIELDS);
  const [memberOnly, setMemberOnly] = useState(false);
  const [exclusive, setExclusive] = useState(false);
  const [stackable, setStackable] = useState(true);
  const [startsAt, setStartsAt] = useState("");
  const [endsAt, setEndsAt] = useState("");
  const [status, setStatus] = useState<MarketingStatus>("ACTIVE");
  const [scope, setScope] = useState<Scope>(EMPTY_SCOPE);
  const [error, setError] = useState<string | null>(null);
  const [{ fetching }, create] = useMutation(AdminCreatePromotionDocument);

  const rule = checkRule(type, fields);
  const input = (draftName: string): CreatePromotionInput | null =>
    rule.ok
      ? {
          name: draftName,
          type,
          params: rule.params,
          memberOnly,
          exclusive,
          stackableWithCoupons: stackable,
          startsAt: startsAt ? new Date(startsAt).toISOString() : null,
          endsAt: endsAt ? new Date(endsAt).toISOString() : null,
          status,
          scope: scopeInput(scope),
        }
      : null;
  const draft = useDeferredValue(input(name.trim() || t("promo.draftName")));

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (!name.trim()) return setError(t("promo.nameRequired"));
    const value = input(name.trim());
    if (!value) return setError(t("promo.invalidRule"));
    const result = await create({ input: value });
    if (result.data) router.push(`/marketing?created=${encodeURIComponent(result.data.createPromotion.name)}`);
    else setError(t("common.failed", { message: result.error?.graphQLErrors[0]?.message ?? result.error?.message ?? "" }));
  }

  return (
    <div className="page">
      <PageHeader title={t("promo.newTitle")} subtitle={t("promo.newSubtitle")} actions={<BackLink href="/marketing" />} />
      <div className="builder-grid">
        <form className="card form-card" onSubmit={onSubmit} noValidate>
          {error ? (
            <div className="alert alert-error" role="alert">
              {error}
            </div>
          ) : null}
          <TextField label={t("promo.name")} value={name} onChange={setName} maxLength={100} />
          <label className="field">
            <span>{t("promo.type")}</span>
            <select value={type} onChange={(e) => setType(e.target.value as PromotionType)}>
              {PROMOTION_TYPES.map((p) => (
                <option key={p} value={p}>
                  {t(`promoType.${p}`)}
                </option>
              ))}
            </select>
          </label>
          <RuleFieldsEditor type={type} value={fields} onChange={setFields} />
          {!rule.ok ? <p className="muted small">{t("promo.ruleIncomplete")}</p> : null}
          <ScopeFields value={scope} onChange={setScope} />
          <div className="form-grid">
            <label className="field">
              <span>{t("promo.startsAt")}</span>
              <input type="datetime-local" value={startsAt} onChange={(e) => setStartsAt(e.target.value)} />
            </label>
            <label className="field">
              <span>{t("promo.endsAt")}</span>
              <input type="datetime-local" value={endsAt} onChange={(e) => setEndsAt(e.target.value)} />
            </label>
          </div>
          <label className="check">
            <input type="checkbox" checked={memberOnly} onChange={(e) => setMemberOnly(e.target.checked)} />
            {t("promo.memberOnly")}
          </label>
          <label className="check">
            <input type="checkbox" checked={exclusive} onChange={(e) => setExclusive(e.target.checked)} />
            {t("promo.exclusive")}
          </label>
          <label className="check">
            <input type="checkbox" checked={stackable} onChange={(e) => setStackable(e.target.checked)} />
            {t("promo.stackable")}
          </label>
          <label className="field">
            <span>{t("common.status")}</span>
            <select value={status} onChange={(e) => setStatus(e.target.value as MarketingStatus)}>
              <option value="ACTIVE">{t("mstatus.ACTIVE")}</option>
              <option value="DRAFT">{t("mstatus.DRAFT")}</option>
            </select>
          </label>
          <div className="form-actions">
            <button type="submit" className="btn btn-primary" disabled={fetching}>
              {t(fetching ? "common.saving" : "promo.create")}
            </button>
          </div>
        </form>
        <PromotionPreview draft={draft} />
      </div>
    </div>
  );
}
