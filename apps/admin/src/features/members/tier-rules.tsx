"use client";

import { ErrorState, formatFen, LoadingState, useT } from "@o2o/client";
import { AdminRunTierEvaluationDocument, AdminTierRulesDocument } from "@o2o/schema";
import { useState } from "react";
import { useMutation } from "urql";
import { ConfirmButton } from "../../components/confirm-button";
import { PageHeader } from "../../components/page-header";
import { canMerchantWide } from "../../lib/permissions";
import { useMe } from "../auth/me-context";
import { MembersNav } from "./members-nav";
import { TableHead } from "../../components/data-table";
import { Notice } from "../../components/form-field";
import { useRefreshableQuery } from "../../components/use-refreshable-query";

/** The tier ladder with its points multipliers and benefits; owners and marketing can re-run the evaluation. */
export function TierRules() {
  const t = useT();
  const me = useMe();
  const [{ data, error, fetching }, refresh] = useRefreshableQuery({ query: AdminTierRulesDocument });
  const [, run] = useMutation(AdminRunTierEvaluationDocument);
  const [notice, setNotice] = useState<string | null>(null);
  return (
    <div className="page">
      <PageHeader
        title={t("nav.members")}
        subtitle={t("tiers.subtitle")}
        actions={
          canMerchantWide(me, "marketing:write") ? (
            <ConfirmButton
              label={t("tiers.evaluate")}
              message={t("tiers.evaluateConfirm")}
              onConfirm={async () => {
                const r = (await run({})).data?.runTierEvaluation;
                setNotice(
                  r
                    ? t("tiers.evaluated", { n: r.membersEvaluated, changed: r.upgraded + r.downgraded })
                    : t("common.failed", { message: "" }),
                );
              }}
            />
          ) : null
        }
      />
      <MembersNav />
      <Notice message={notice} />
      <section className="card card-flush">
        {error && !data ? <ErrorState error={error} onRetry={refresh} /> : null}
        {!data && fetching ? <LoadingState /> : null}
        {data ? (
          <table className="table">
            <TableHead
              columns={[
                t("tiers.rank"),
                t("tiers.name"),
                { label: t("tiers.minSpend"), end: true },
                { label: t("tiers.multiplier"), end: true },
                t("tiers.benefits"),
              ]}
            />
            <tbody>
              {data.memberTiers.map((tier) => (
                <tr key={tier.id}>
                  <td className="num">{tier.rank}</td>
                  <td>
                    <strong>{tier.name}</strong> <span className="muted small mono">{tier.code}</span>
                  </td>
                  <td className="align-end num">{formatFen(tier.minRollingSpend)}</td>
                  <td className="align-end num">×{tier.pointsMultiplierBps / 10000}</td>
                  <td>
                    <ul className="chips">
                      {Object.entries(tier.benefits)
                        .filter(([, v]) => v !== false && v !== null)
                        .map(([k, v]) => (
                          <li key={k} className="chip">
                            {k}
                            {typeof v === "boolean" ? "" : `: ${String(v)}`}
                          </li>
                        ))}
                    </ul>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : null}
      </section>
    </div>
  );
}
