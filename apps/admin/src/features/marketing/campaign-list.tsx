"use client";

import { useLocale, useT } from "@o2o/client";
import { AdminCampaignsDocument } from "@o2o/schema";
import { useState } from "react";
import { ActionsHeading, DataTable } from "../../components/data-table";
import { Notice } from "../../components/form-field";
import { ListStates } from "../../components/list-states";
import { EditRowButton, editAtTop } from "../../components/editor-actions";
import { useEditing } from "../../components/use-editing";
import { formatDateRange } from "../../lib/format-date";
import { canMerchantWide } from "../../lib/permissions";
import { useMe } from "../auth/me-context";
import { type Campaign, CampaignForm } from "./campaign-form";
import { StatusBadge } from "./marketing-fields";
import { MarketingHeader } from "./marketing-nav";
import { useRefreshableQuery } from "../../components/use-refreshable-query";

/** Campaigns (drafts and past ones included): their window, banner and promotions; created and edited here. */
export function CampaignList() {
  const t = useT();
  const locale = useLocale();
  const me = useMe();
  const canWrite = canMerchantWide(me, "marketing:write");
  const editor = useEditing<Campaign>();
  const [notice, setNotice] = useState<string | null>(null);
  const [{ data, error, fetching }, refresh] = useRefreshableQuery({
    query: AdminCampaignsDocument,
    variables: { first: 50 },
    requestPolicy: "cache-and-network",
  });
  const campaigns = data?.campaigns.edges.map((e) => e.node) ?? [];
  return (
    <div className="page">
      <MarketingHeader subtitle={t("campaign.subtitle")} />
      <Notice message={notice} />
      {canWrite ? (
        <CampaignForm
          key={editor.formKey}
          campaign={editor.editing}
          onCancel={editor.cancel}
          onSaved={(name) => {
            setNotice(t(editor.saved() ? "campaign.saved" : "campaign.created", { name }));
            refresh();
          }}
        />
      ) : null}
      <section className="card card-flush" aria-label={t("campaign.list")}>
        <ListStates
          error={error}
          loaded={Boolean(data)}
          fetching={fetching}
          empty={campaigns.length === 0}
          emptyTitle={t("campaign.empty")}
          onRetry={refresh}
        />
        {campaigns.length > 0 ? (
          <DataTable
            columns={[t("campaign.name"), t("marketing.window"), t("common.status"), t("campaign.promotions"), <ActionsHeading key="a" />]}
          >
            {campaigns.map((c) => (
              <tr key={c.id}>
                <td>
                  <strong>{c.name}</strong>
                  {c.description ? <div className="muted small">{c.description}</div> : null}
                  {c.bannerUrl ? <div className="muted small mono">{c.bannerUrl}</div> : null}
                </td>
                <td className="small">{formatDateRange(locale, c.startsAt, c.endsAt)}</td>
                <td>
                  <StatusBadge status={c.status} />
                </td>
                <td>
                  <ul className="chips">
                    {c.promotions.map((p) => (
                      <li key={p.id} className="chip">
                        {p.name}
                      </li>
                    ))}
                  </ul>
                </td>
                <td className="align-end">
                  {canWrite ? (
                    <EditRowButton
                      label={t("campaign.editNamed", { name: c.name })}
                      onEdit={() =>
                        editAtTop(() => {
                          setNotice(null);
                          editor.edit(c);
                        })
                      }
                    />
                  ) : null}
                </td>
              </tr>
            ))}
          </DataTable>
        ) : null}
      </section>
    </div>
  );
}
