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

/** One row of chip checkboxes over a list of ids. */
function ChipChecks<T extends string>(props: {
  label: string;
  options: readonly { id: T; label: string }[];
  checked: readonly T[];
  onChange: (next: T[]) => void;
}) {
  return (
    <fieldset className="chips chip-group" aria-label={props.label}>
      {props.options.map((o) => (
        <label key={o.id} className="check chip">
          <input
            type="checkbox"
            checked={props.checked.includes(o.id)}
            onChange={(e) => props.onChange(e.target.checked ? [...props.checked, o.id] : props.checked.filter((x) => x !== o.id))}
          />
          {o.label}
        </label>
      ))}
    </fieldset>
  );
}

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
      <ChipChecks
        label={t("col.category")}
        options={roots.map((c) => ({ id: c.id, label: `${c.icon ? `${c.icon} ` : ""}${c.name}` }))}
        checked={value.categoryIds}
        onChange={(categoryIds) => onChange({ ...value, categoryIds })}
      />
      <ChipChecks
        label={t("common.store")}
        options={stores.map((st) => ({ id: st.id, label: st.name }))}
        checked={value.storeIds}
        onChange={(storeIds) => onChange({ ...value, storeIds })}
      />
      <ChipChecks
        label={t("common.channel")}
        options={(["POS", "ONLINE", "SOCIAL", "KIOSK"] as const).map((c) => ({ id: c, label: channelLabel(t, c) }))}
        checked={value.channels}
        onChange={(channels) => onChange({ ...value, channels })}
      />
    </fieldset>
  );
}
