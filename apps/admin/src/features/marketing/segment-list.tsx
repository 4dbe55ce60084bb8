"use client";

import { formatFen, type Translate, useT } from "@o2o/client";
import {
  AdminMemberSegmentsDocument,
  AdminMemberTiersDocument,
  AdminSaveMemberSegmentDocument,
  AdminSegmentSizeDocument,
  type MemberSegmentRulesInput,
} from "@o2o/schema";
import { type FormEvent, useDeferredValue, useState } from "react";
import { useMutation, useQuery } from "urql";
import { parseWhole, parseYuan } from "../../lib/money-input";
import { canMerchantWide } from "../../lib/permissions";
import { useMe } from "../auth/me-context";
import { MarketingHeader } from "./marketing-nav";
import { ListStates } from "../../components/list-states";
import { TableHead } from "../../components/data-table";
import { FormAlert, TextField } from "../../components/form-field";
import { useRefreshableQuery } from "../../components/use-refreshable-query";

type Rules = {
  tierIds?: string[] | null;
  minSpend?: number | null;
  maxSpend?: number | null;
  lastOrderWithinDays?: number | null;
  noOrderForDays?: number | null;
  consentMarketingOnly?: boolean | null;
};

function describeRules(t: Translate, rules: Rules, tierNames: Map<string, string>): string {
  const parts: string[] = [];
  if (rules.tierIds?.length) parts.push(rules.tierIds.map((id) => tierNames.get(id) ?? id).join("/"));
  if (rules.minSpend) parts.push(t("segment.minSpendIs", { amount: formatFen(rules.minSpend) }));
  if (rules.lastOrderWithinDays) parts.push(t("segment.recentIs", { days: rules.lastOrderWithinDays }));
  if (rules.noOrderForDays) parts.push(t("segment.lapsedIs", { days: rules.noOrderForDays }));
  if (rules.consentMarketingOnly) parts.push(t("segment.consentOnly"));
  return parts.join(" · ") || t("segment.everyone");
}

function SegmentForm({ onSaved }: { onSaved: () => void }) {
  const t = useT();
  const [{ data: tiers }] = useQuery({ query: AdminMemberTiersDocument });
  const [name, setName] = useState("");
  const [tierIds, setTierIds] = useState<string[]>([]);
  const [minSpend, setMinSpend] = useState("");
  const [recent, setRecent] = useState("");
  const [consent, setConsent] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [{ fetching }, save] = useMutation(AdminSaveMemberSegmentDocument);
  const rules: MemberSegmentRulesInput = {
    tierIds: tierIds.length ? tierIds : null,
    minSpend: minSpend ? parseYuan(minSpend) : null,
    lastOrderWithinDays: recent ? parseWhole(recent, 1, 3650) : null,
    consentMarketingOnly: consent || null,
  };
  const deferred = useDeferredValue(rules);
  const [{ data: size }] = useQuery({ query: AdminSegmentSizeDocument, variables: { rules: deferred } });

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (!name.trim()) return setError(t("common.required"));
    const result = await save({ id: null, name: name.trim(), rules });
    if (result.data) {
      setName("");
      setError(null);
      onSaved();
    } else setError(t("common.failed", { message: result.error?.graphQLErrors[0]?.message ?? "" }));
  }

  return (
    <form className="card form-card" onSubmit={onSubmit} aria-labelledby="segment-form-title" noValidate>
      <h3 className="card-title" id="segment-form-title">
        {t("segment.new")}
      </h3>
      <FormAlert message={error} />
      <div className="form-grid">
        <TextField wide label={t("segment.name")} value={name} onChange={setName} maxLength={100} />
        <fieldset className="field span-2">
          <legend>{t("segment.tiers")}</legend>
          <div className="chips">
            {(tiers?.memberTiers ?? []).map((tier) => (
              <label key={tier.id} className="check chip">
                <input
                  type="checkbox"
                  checked={tierIds.includes(tier.id)}
                  onChange={(e) => setTierIds((ids) => (e.target.checked ? [...ids, tier.id] : ids.filter((x) => x !== tier.id)))}
                />
                {tier.name}
              </label>
            ))}
          </div>
        </fieldset>
        <TextField label={t("segment.minSpend")} value={minSpend} onChange={setMinSpend} inputMode="decimal" />
        <TextField label={t("segment.recent")} value={recent} onChange={setRecent} inputMode="numeric" />
        <label className="check">
          <input type="checkbox" checked={consent} onChange={(e) => setConsent(e.target.checked)} />
          {t("segment.consentOnly")}
        </label>
      </div>
      <div className="form-actions">
        <span className="muted" role="status">
          {size ? t("segment.size", { n: size.segmentSize }) : ""}
        </span>
        <button type="submit" className="btn btn-primary" disabled={fetching}>
          {t("segment.save")}
        </button>
      </div>
    </form>
  );
}

export function SegmentList() {
  const t = useT();
  const me = useMe();
  const [{ data, error, fetching }, refresh] = useRefreshableQuery({
    query: AdminMemberSegmentsDocument,
    variables: { first: 50 },
    requestPolicy: "cache-and-network",
  });
  const [{ data: tiers }] = useQuery({ query: AdminMemberTiersDocument });
  const tierNames = new Map((tiers?.memberTiers ?? []).map((x) => [x.id, x.name]));
  const segments = data?.memberSegments.edges.map((e) => e.node) ?? [];
  return (
    <div className="page">
      <MarketingHeader subtitle={t("segment.subtitle")} />
      {canMerchantWide(me, "marketing:write") ? <SegmentForm onSaved={refresh} /> : null}
      <section className="card card-flush">
        <ListStates
          error={error}
          loaded={Boolean(data)}
          fetching={fetching}
          empty={segments.length === 0}
          emptyTitle={t("segment.empty")}
          onRetry={refresh}
        />
        {segments.length > 0 ? (
          <table className="table">
            <TableHead columns={[t("segment.name"), t("segment.rules")]} />
            <tbody>
              {segments.map((s) => (
                <tr key={s.id}>
                  <td>
                    <strong>{s.name}</strong>
                  </td>
                  <td>{describeRules(t, s.rules, tierNames)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : null}
      </section>
    </div>
  );
}
