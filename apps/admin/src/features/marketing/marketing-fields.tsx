"use client";

import { type Translate, useT } from "@o2o/client";
import type { MarketingStatus } from "@o2o/schema";
import { isMessageKey } from "../../i18n/messages";

export function marketingStatusLabel(t: Translate, status: string): string {
  const key = `mstatus.${status}`;
  return isMessageKey(key) ? t(key) : status;
}

export const MARKETING_STATUSES = ["DRAFT", "ACTIVE", "PAUSED", "ENDED"] as const satisfies readonly MarketingStatus[];

/** The start and end of a campaign or event, as datetime-local inputs (the browser's zone). */
export function WindowFields({
  startsAt,
  endsAt,
  onStartsAt,
  onEndsAt,
  required = false,
}: {
  startsAt: string;
  endsAt: string;
  onStartsAt: (v: string) => void;
  onEndsAt: (v: string) => void;
  required?: boolean;
}) {
  const t = useT();
  return (
    <>
      <label className="field">
        <span>{t("promo.startsAt")}</span>
        <input type="datetime-local" value={startsAt} onChange={(e) => onStartsAt(e.target.value)} required={required} />
      </label>
      <label className="field">
        <span>{t("promo.endsAt")}</span>
        <input type="datetime-local" value={endsAt} onChange={(e) => onEndsAt(e.target.value)} required={required} />
      </label>
    </>
  );
}

/** The DRAFT / ACTIVE / PAUSED / ENDED select of a marketing item. */
export function StatusField({ value, onChange }: { value: MarketingStatus; onChange: (v: MarketingStatus) => void }) {
  const t = useT();
  return (
    <label className="field">
      <span>{t("common.status")}</span>
      <select value={value} onChange={(e) => onChange(e.target.value as MarketingStatus)}>
        {MARKETING_STATUSES.map((s) => (
          <option key={s} value={s}>
            {marketingStatusLabel(t, s)}
          </option>
        ))}
      </select>
    </label>
  );
}

/** The status badge of a marketing item. */
export function StatusBadge({ status }: { status: MarketingStatus }) {
  const t = useT();
  return <span className={`badge badge-m-${status.toLowerCase()}`}>{marketingStatusLabel(t, status)}</span>;
}
