"use client";

import { useT, errorDetail } from "@o2o/client";
import {
  AdminCreateMemberEventDocument,
  type AdminMemberEventsQuery,
  AdminMemberTiersDocument,
  AdminUpdateMemberEventDocument,
  type MarketingStatus,
} from "@o2o/schema";
import { type FormEvent, useState } from "react";
import { useMutation, useQuery } from "urql";
import { EditorActions } from "../../components/editor-actions";
import { FormAlert, TextAreaField, TextField } from "../../components/form-field";
import { StoreSelect } from "../../components/store-select";
import { isoToLocalInput, localInputToIso } from "../../lib/datetime-input";
import { parseWhole } from "../../lib/money-input";
import { toggledSet } from "../../lib/toggle-set";
import { canInStore, canMerchantWide } from "../../lib/permissions";
import { useMe } from "../auth/me-context";
import { StatusField, WindowFields } from "./marketing-fields";

export type MemberEvent = AdminMemberEventsQuery["memberEvents"]["edges"][number]["node"];

/** A new member event, or changes to one (its store stays): title, time, seats, the tiers it is for, status. */
export function MemberEventForm({
  event,
  onSaved,
  onCancel,
}: {
  event: MemberEvent | null;
  onSaved: (title: string) => void;
  onCancel: () => void;
}) {
  const t = useT();
  const me = useMe();
  const wide = canMerchantWide(me, "marketing:write");
  const [title, setTitle] = useState(event?.title ?? "");
  const [description, setDescription] = useState(event?.description ?? "");
  const [storeId, setStoreId] = useState(event?.store?.id ?? "");
  const [startsAt, setStartsAt] = useState(isoToLocalInput(event?.startsAt));
  const [endsAt, setEndsAt] = useState(isoToLocalInput(event?.endsAt));
  const [capacity, setCapacity] = useState(event?.capacity ? String(event.capacity) : "");
  const [tierIds, setTierIds] = useState<ReadonlySet<string>>(new Set(event?.tierIds ?? []));
  const [status, setStatus] = useState<MarketingStatus>(event?.status ?? "ACTIVE");
  const [error, setError] = useState<string | null>(null);
  const [{ data: tiers }] = useQuery({ query: AdminMemberTiersDocument });
  const [{ fetching: creating }, create] = useMutation(AdminCreateMemberEventDocument);
  const [{ fetching: updating }, update] = useMutation(AdminUpdateMemberEventDocument);

  async function onSubmit(e: FormEvent) {
    e.preventDefault();
    const starts = localInputToIso(startsAt);
    const ends = localInputToIso(endsAt);
    const seats = capacity.trim() ? parseWhole(capacity, 1, 100_000) : null;
    if (!title.trim()) return setError(t("event.titleRequired"));
    if (!starts || !ends || starts >= ends) return setError(t("marketing.windowInvalid"));
    if (capacity.trim() && seats === null) return setError(t("event.capacityInvalid"));
    if (!event && !storeId && !wide) return setError(t("price.pickStore"));
    const fields = {
      title: title.trim(),
      description: description.trim() || null,
      startsAt: starts,
      endsAt: ends,
      capacity: seats,
      tierIds: [...tierIds],
      status,
    };
    const res = event ? await update({ id: event.id, input: fields }) : await create({ input: { ...fields, storeId: storeId || null } });
    if (res.error) return setError(t("common.failed", { message: errorDetail(res.error) }));
    setError(null);
    onSaved(fields.title);
  }

  return (
    <form className="card form-card" onSubmit={onSubmit} aria-labelledby="event-form-title" noValidate>
      <h3 className="card-title" id="event-form-title">
        {event ? t("event.editTitle", { name: event.title }) : t("event.new")}
      </h3>
      <FormAlert message={error} />
      <div className="form-grid">
        <TextField wide label={t("event.title")} value={title} onChange={setTitle} maxLength={100} />
        <TextAreaField label={t("event.description")} value={description} onChange={setDescription} maxLength={2000} rows={2} />
        {event ? (
          <div className="field">
            <span>{t("common.store")}</span>
            <strong>{event.store?.name ?? t("common.allStores")}</strong>
          </div>
        ) : (
          <StoreSelect
            label={t("common.store")}
            value={storeId}
            onChange={setStoreId}
            allowAll={wide}
            only={(id) => canInStore(me, "marketing:write", id)}
          />
        )}
        <TextField
          label={t("event.capacity")}
          value={capacity}
          onChange={setCapacity}
          inputMode="numeric"
          placeholder={t("event.unlimited")}
        />
        <WindowFields startsAt={startsAt} endsAt={endsAt} onStartsAt={setStartsAt} onEndsAt={setEndsAt} required />
        <StatusField value={status} onChange={setStatus} />
      </div>
      <fieldset className="chips chip-group" aria-label={t("event.tiers")}>
        <legend className="small muted">{t("event.tiersHint")}</legend>
        {(tiers?.memberTiers ?? []).map((tier) => (
          <label key={tier.id} className="check chip">
            <input
              type="checkbox"
              checked={tierIds.has(tier.id)}
              onChange={(e) => setTierIds(toggledSet(tierIds, tier.id, e.target.checked))}
            />
            {tier.name}
          </label>
        ))}
      </fieldset>
      <EditorActions editing={Boolean(event)} busy={creating || updating} createLabel={t("event.create")} onCancel={onCancel} />
    </form>
  );
}
