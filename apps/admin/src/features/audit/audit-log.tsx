"use client";

import { hasPermission, useLocale, useT } from "@o2o/client";
import { AdminAuditLogsDocument, AdminStaffUsersDocument, type AuditLogFilter } from "@o2o/schema";
import { useState } from "react";
import { useQuery } from "urql";
import { DataTable } from "../../components/data-table";
import { TotalBadge, useDebouncedSearch } from "../../components/filter-bar";
import { PagedListStates } from "../../components/list-states";
import { LoadMore } from "../../components/load-more";
import { PageHeader } from "../../components/page-header";
import { useCursorPages } from "../../components/use-cursor-pages";
import { StoreSelect } from "../../components/store-select";
import { useStores } from "../../components/use-stores";
import { formatDateTime } from "../../lib/format-date";
import { canInStore } from "../../lib/permissions";
import { useMe } from "../auth/me-context";
import { AuditDiffView } from "./audit-diff-view";

const ENTITY_TYPES = [
  "Product",
  "Variant",
  "PriceOverride",
  "Promotion",
  "CouponTemplate",
  "MemberSegment",
  "GoodsReceipt",
  "Transfer",
  "Order",
  "OrderReturn",
  "Member",
  "StaffUser",
  "Store",
];

/** Local date "2026-11-24" → the UTC instant of its start in China. */
function dayStart(date: string, plusDays = 0): string | null {
  if (!date) return null;
  const d = new Date(`${date}T00:00:00+08:00`);
  return new Date(d.getTime() + plusDays * 86_400_000).toISOString();
}

/** Who changed what, when: filter by person, action, entity, store and dates. */
export function AuditLog() {
  const t = useT();
  const locale = useLocale();
  const me = useMe();
  const { stores } = useStores();
  const storeName = new Map(stores.map((s) => [s.id, s.name]));
  const [{ data: staff }] = useQuery({ query: AdminStaffUsersDocument, pause: !hasPermission(me, "staff:read") });
  const [actorId, setActorId] = useState("");
  const action = useDebouncedSearch(250);
  const [entityType, setEntityType] = useState("");
  const entityId = useDebouncedSearch(250);
  const [storeId, setStoreId] = useState("");
  const [from, setFrom] = useState("");
  const [to, setTo] = useState("");
  const filter: AuditLogFilter = {
    actorId: actorId || null,
    action: action.search || null,
    entityType: entityType || null,
    entityId: entityId.search || null,
    storeId: storeId || null,
    from: dayStart(from),
    to: dayStart(to, 1),
  };
  const pages = useCursorPages({ query: AdminAuditLogsDocument, variables: { filter }, connection: (d) => d.auditLogs });

  return (
    <div className="page">
      <PageHeader title={t("nav.audit")} subtitle={t("section.audit")} />
      <section className="card card-flush">
        <search className="toolbar toolbar-wrap" aria-label={t("audit.filters")}>
          {staff ? (
            <label className="inline-field">
              <span>{t("audit.who")}</span>
              <select value={actorId} onChange={(e) => setActorId(e.target.value)}>
                <option value="">{t("common.all")}</option>
                {staff.staffUsers.map((s) => (
                  <option key={s.id} value={s.id}>
                    {s.displayName}（{s.username}）
                  </option>
                ))}
              </select>
            </label>
          ) : null}
          <label className="inline-field">
            <span>{t("audit.action")}</span>
            <input value={action.input} onChange={(e) => action.setInput(e.target.value)} placeholder="product. / price." maxLength={60} />
          </label>
          <label className="inline-field">
            <span>{t("audit.entity")}</span>
            <select value={entityType} onChange={(e) => setEntityType(e.target.value)}>
              <option value="">{t("common.all")}</option>
              {ENTITY_TYPES.map((x) => (
                <option key={x} value={x}>
                  {x}
                </option>
              ))}
            </select>
          </label>
          <label className="inline-field">
            <span>{t("audit.entityId")}</span>
            <input value={entityId.input} onChange={(e) => entityId.setInput(e.target.value)} maxLength={64} className="mono" size={12} />
          </label>
          <StoreSelect
            label={t("common.store")}
            value={storeId}
            onChange={setStoreId}
            allowAll
            only={(id) => canInStore(me, "audit:read", id)}
          />
          <label className="inline-field">
            <span>{t("common.from")}</span>
            <input type="date" value={from} onChange={(e) => setFrom(e.target.value)} />
          </label>
          <label className="inline-field">
            <span>{t("common.to")}</span>
            <input type="date" value={to} onChange={(e) => setTo(e.target.value)} />
          </label>
          {pages.loaded ? <TotalBadge total={pages.totalCount ?? 0} /> : null}
        </search>
        <PagedListStates pages={pages} emptyTitle={t("audit.empty")} />
        {pages.items.length > 0 ? (
          <DataTable
            columns={[t("common.time"), t("audit.who"), t("audit.action"), t("audit.entity"), t("common.store"), t("audit.details")]}
          >
            {pages.items.map((e) => (
              <tr key={e.id}>
                <td className="small">{formatDateTime(locale, e.createdAt)}</td>
                <td>{e.actorName ?? t(`actor.${e.actorType}`)}</td>
                <td className="mono small">{e.action}</td>
                <td className="small">
                  {e.entityType}
                  {e.entityId ? <div className="muted mono">{e.entityId}</div> : null}
                </td>
                <td>{e.storeId ? (storeName.get(e.storeId) ?? "—") : t("audit.merchantWide")}</td>
                <td>{e.before || e.after ? <AuditDiffView before={e.before} after={e.after} /> : null}</td>
              </tr>
            ))}
          </DataTable>
        ) : null}
        <LoadMore pages={pages} />
      </section>
    </div>
  );
}
