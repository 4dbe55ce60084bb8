"use client";

import { EmptyState, ErrorState, hasPermission, LoadingState, useLocale, useT } from "@o2o/client";
import { AdminAuditLogsDocument, type AdminAuditLogsQuery, AdminStaffUsersDocument, type AuditLogFilter } from "@o2o/schema";
import { useEffect, useState } from "react";
import { useClient, useQuery } from "urql";
import { PageHeader } from "../../components/page-header";
import { StoreSelect } from "../../components/store-select";
import { useStores } from "../../components/use-stores";
import { formatDateTime } from "../../lib/format-date";
import { canInStore } from "../../lib/permissions";
import { useMe } from "../auth/me-context";
import { DataTable } from "../../components/data-table";

type Entry = AdminAuditLogsQuery["auditLogs"]["edges"][number]["node"];

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
  const client = useClient();
  const { stores } = useStores();
  const storeName = new Map(stores.map((s) => [s.id, s.name]));
  const [{ data: staff }] = useQuery({ query: AdminStaffUsersDocument, pause: !hasPermission(me, "staff:read") });
  const [actorId, setActorId] = useState("");
  const [action, setAction] = useState("");
  const [entityType, setEntityType] = useState("");
  const [entityId, setEntityId] = useState("");
  const [storeId, setStoreId] = useState("");
  const [from, setFrom] = useState("");
  const [to, setTo] = useState("");
  const [entries, setEntries] = useState<Entry[]>([]);
  const [page, setPage] = useState<{ total: number; end: string | null; more: boolean } | null>(null);
  const [error, setError] = useState<Parameters<typeof ErrorState>[0]["error"] | null>(null);
  const [loading, setLoading] = useState(true);
  const filter: AuditLogFilter = {
    actorId: actorId || null,
    action: action.trim() || null,
    entityType: entityType || null,
    entityId: entityId.trim() || null,
    storeId: storeId || null,
    from: dayStart(from),
    to: dayStart(to, 1),
  };
  const key = JSON.stringify(filter);

  async function load(after: string | null) {
    setLoading(true);
    const res = await client
      .query(AdminAuditLogsDocument, { first: 30, after, filter: JSON.parse(key) as AuditLogFilter }, { requestPolicy: "network-only" })
      .toPromise();
    setLoading(false);
    const conn = res.data?.auditLogs;
    if (!conn) return setError(res.error ?? null);
    setError(null);
    setEntries((list) => (after ? [...list, ...conn.edges.map((e) => e.node)] : conn.edges.map((e) => e.node)));
    setPage({ total: conn.totalCount, end: conn.pageInfo.endCursor, more: conn.pageInfo.hasNextPage });
  }

  // biome-ignore lint/correctness/useExhaustiveDependencies: `key` is the filter by value; load starts over when it changes.
  useEffect(() => {
    const timer = setTimeout(() => void load(null), 250);
    return () => clearTimeout(timer);
  }, [key]);

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
            <input value={action} onChange={(e) => setAction(e.target.value)} placeholder="product. / price." maxLength={60} />
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
            <input value={entityId} onChange={(e) => setEntityId(e.target.value)} maxLength={64} className="mono" size={12} />
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
          {page ? <span className="badge badge-neutral">{t("common.total", { n: page.total })}</span> : null}
        </search>
        {error && entries.length === 0 ? <ErrorState error={error} onRetry={() => load(null)} /> : null}
        {loading && entries.length === 0 ? <LoadingState /> : null}
        {!loading && !error && entries.length === 0 ? <EmptyState title={t("audit.empty")} /> : null}
        {entries.length > 0 ? (
          <DataTable
            columns={[t("common.time"), t("audit.who"), t("audit.action"), t("audit.entity"), t("common.store"), t("audit.details")]}
          >
            {entries.map((e) => (
              <tr key={e.id}>
                <td className="small">{formatDateTime(locale, e.createdAt)}</td>
                <td>{e.actorName ?? t(`actor.${e.actorType}`)}</td>
                <td className="mono small">{e.action}</td>
                <td className="small">
                  {e.entityType}
                  {e.entityId ? <div className="muted mono">{e.entityId}</div> : null}
                </td>
                <td>{e.storeId ? (storeName.get(e.storeId) ?? "—") : t("audit.merchantWide")}</td>
                <td>
                  {e.before || e.after ? (
                    <details>
                      <summary>{t("audit.changes")}</summary>
                      <pre className="json">{JSON.stringify({ before: e.before, after: e.after }, null, 2)}</pre>
                    </details>
                  ) : null}
                </td>
              </tr>
            ))}
          </DataTable>
        ) : null}
        {page?.more ? (
          <footer className="table-footer">
            <button type="button" className="btn btn-secondary" disabled={loading} onClick={() => load(page.end)}>
              {t("common.loadMore")}
            </button>
          </footer>
        ) : null}
      </section>
    </div>
  );
}
