"use client";

import { useT, errorDetail } from "@o2o/client";
import {
  type AdminCampaignsQuery,
  AdminCreateCampaignDocument,
  AdminPromotionsDocument,
  AdminUpdateCampaignDocument,
  type MarketingStatus,
} from "@o2o/schema";
import { type FormEvent, useState } from "react";
import { useMutation, useQuery } from "urql";
import { EditorActions } from "../../components/editor-actions";
import { FormAlert, TextAreaField, TextField } from "../../components/form-field";
import { isoToLocalInput, localInputToIso } from "../../lib/datetime-input";
import { toggledSet } from "../../lib/toggle-set";
import { StatusBadge, StatusField, WindowFields } from "./marketing-fields";

export type Campaign = AdminCampaignsQuery["campaigns"]["edges"][number]["node"];

const BANNER = /^(https?:\/\/|\/)\S*$/;

/** A new campaign, or changes to one: name, time window, banner, status and the promotions it groups. */
export function CampaignForm({
  campaign,
  onSaved,
  onCancel,
}: {
  campaign: Campaign | null;
  onSaved: (name: string) => void;
  onCancel: () => void;
}) {
  const t = useT();
  const [name, setName] = useState(campaign?.name ?? "");
  const [description, setDescription] = useState(campaign?.description ?? "");
  const [bannerUrl, setBannerUrl] = useState(campaign?.bannerUrl ?? "");
  const [startsAt, setStartsAt] = useState(isoToLocalInput(campaign?.startsAt));
  const [endsAt, setEndsAt] = useState(isoToLocalInput(campaign?.endsAt));
  const [status, setStatus] = useState<MarketingStatus>(campaign?.status ?? "DRAFT");
  const [promotionIds, setPromotionIds] = useState<ReadonlySet<string>>(new Set(campaign?.promotions.map((p) => p.id) ?? []));
  const [error, setError] = useState<string | null>(null);
  const [{ data: promotions }] = useQuery({ query: AdminPromotionsDocument, variables: { first: 100, filter: null } });
  const [{ fetching: creating }, create] = useMutation(AdminCreateCampaignDocument);
  const [{ fetching: updating }, update] = useMutation(AdminUpdateCampaignDocument);

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    const starts = localInputToIso(startsAt);
    const ends = localInputToIso(endsAt);
    if (!name.trim()) return setError(t("campaign.nameRequired"));
    if (bannerUrl.trim() && !BANNER.test(bannerUrl.trim())) return setError(t("campaign.bannerInvalid"));
    if (starts && ends && starts >= ends) return setError(t("marketing.windowInvalid"));
    const input = {
      name: name.trim(),
      description: description.trim() || null,
      bannerUrl: bannerUrl.trim() || null,
      startsAt: starts,
      endsAt: ends,
      status,
      promotionIds: [...promotionIds],
    };
    const res = campaign ? await update({ id: campaign.id, input }) : await create({ input });
    if (res.error) return setError(t("common.failed", { message: errorDetail(res.error) }));
    setError(null);
    onSaved(input.name);
  }

  return (
    <form className="card form-card" onSubmit={onSubmit} aria-labelledby="campaign-form-title" noValidate>
      <h3 className="card-title" id="campaign-form-title">
        {campaign ? t("campaign.editTitle", { name: campaign.name }) : t("campaign.new")}
      </h3>
      <FormAlert message={error} />
      <div className="form-grid">
        <TextField wide label={t("campaign.name")} value={name} onChange={setName} maxLength={100} />
        <TextAreaField label={t("campaign.description")} value={description} onChange={setDescription} maxLength={2000} rows={2} />
        <TextField
          wide
          label={t("campaign.banner")}
          value={bannerUrl}
          onChange={setBannerUrl}
          maxLength={500}
          placeholder="/images/campaigns/…"
          className="mono"
        />
        <WindowFields startsAt={startsAt} endsAt={endsAt} onStartsAt={setStartsAt} onEndsAt={setEndsAt} />
        <StatusField value={status} onChange={setStatus} />
      </div>
      <fieldset className="chips chip-group" aria-label={t("campaign.promotions")}>
        <legend className="small muted">{t("campaign.promotionsHint")}</legend>
        {(promotions?.promotions.edges ?? []).map(({ node: p }) => (
          <label key={p.id} className="check chip">
            <input
              type="checkbox"
              checked={promotionIds.has(p.id)}
              onChange={(e) => setPromotionIds(toggledSet(promotionIds, p.id, e.target.checked))}
            />
            {p.name} <StatusBadge status={p.status} />
          </label>
        ))}
      </fieldset>
      <EditorActions editing={Boolean(campaign)} busy={creating || updating} createLabel={t("campaign.create")} onCancel={onCancel} />
    </form>
  );
}
