"use client";

import { useT } from "@o2o/client";
import { AdminCatalogRefsDocument, type ChannelType, type DiscountScopeInput } from "@o2o/schema";
import { useQuery } from "urql";
import { useStores } from "../../components/use-stores";
import { channelLabel } from "../catalog/variant-prices";

export type Scope = { categoryIds: string[]; storeIds: string[]; channels: ChannelType[] };
export const EMPTY_SCOPE: Scope = { categoryIds: [], storeIds: [], channels: [] };

/** The scope input, or null when nothing narrows it (everything qualifies). */
export function scopeInput(scope: Scope): DiscountScopeInput | null {
  if (scope.categoryIds.length + scope.storeIds.length + scope.channels.length === 0) return null;
  return {
    categoryIds: scope.categoryIds.length ? scope.categoryIds : null,
    storeIds: scope.storeIds.length ? scope.storeIds : null,
    channels: scope.channels.length ? scope.channels : null,
  };
}

const toggle = <T,>(list: T[], value: T, on: boolean) => (on ? [...list, value] : list.filter((x) => x !== value));

/** Which categories, stores and channels a promotion applies to; nothing ticked means everywhere. */
export function ScopeFields({ value, onChange }: { value: Scope; onChange: (next: Scope) => void }) {
  const t = useT();
  const [{ data }] = useQuery({ query: AdminCatalogRefsDocument });
  const { stores } = useStores();
  const roots = (data?.categories ?? []).filter((c) => !c.parent);
  return (
    <fieldset className="scope-fields">
      <legend>{t("promo.scope")}</legend>
      <p className="muted small">{t("promo.scopeHint")}</p>
      <fieldset className="chips chip-group" aria-label={t("col.category")}>
        {roots.map((c) => (
          <label key={c.id} className="check chip">
            <input
              type="checkbox"
              checked={value.categoryIds.includes(c.id)}
              onChange={(e) => onChange({ ...value, categoryIds: toggle(value.categoryIds, c.id, e.target.checked) })}
            />
            {c.icon ? `${c.icon} ` : ""}
            {c.name}
          </label>
        ))}
      </fieldset>
      <fieldset className="chips chip-group" aria-label={t("common.store")}>
        {stores.map((s) => (
          <label key={s.id} className="check chip">
            <input
              type="checkbox"
              checked={value.storeIds.includes(s.id)}
              onChange={(e) => onChange({ ...value, storeIds: toggle(value.storeIds, s.id, e.target.checked) })}
            />
            {s.name}
          </label>
        ))}
      </fieldset>
      <fieldset className="chips chip-group" aria-label={t("common.channel")}>
        {(["POS", "ONLINE", "SOCIAL", "KIOSK"] as const).map((c) => (
          <label key={c} className="check chip">
            <input
              type="checkbox"
              checked={value.channels.includes(c)}
              onChange={(e) => onChange({ ...value, channels: toggle(value.channels, c, e.target.checked) })}
            />
            {channelLabel(t, c)}
          </label>
        ))}
      </fieldset>
    </fieldset>
  );
}
