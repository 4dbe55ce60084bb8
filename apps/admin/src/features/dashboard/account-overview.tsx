"use client";

import { EmptyState, ErrorState, hasPermission, LoadingState, type Me, type PermissionGrant, type Translate, useT } from "@o2o/client";
import Link from "next/link";
import { isMessageKey } from "../../i18n/messages";
import { useMe } from "../auth/me-context";
import { groupGrants, permissionLabel } from "../auth/permission-areas";
import { Icon } from "../shell/icons";
import { NAV_ITEMS } from "../shell/nav";
import { STORES_QUERY, type StoreSummary } from "./stores-query";
import { useRefreshableQuery } from "../../components/use-refreshable-query";

function greeting(t: Translate, name: string): string {
  const hour = new Date().getHours();
  return t(hour < 12 ? "dashboard.morning" : hour < 18 ? "dashboard.afternoon" : "dashboard.evening", { name });
}

/** The stores a store-scoped grant covers, by name. Merchant-wide grants show no scope (the account card says so). */
function storeScope(grant: PermissionGrant, storeNames: Map<string, string>): string {
  return grant.storeIds.map((id) => storeNames.get(id) ?? id).join("、");
}

function canReach(me: Me, storeId: string): boolean {
  return me.permissions.some((g) => g.allStores || g.storeIds.includes(storeId));
}

export function storeTypeLabel(t: Translate, type: string): string {
  const key = `store.${type}`;
  return isMessageKey(key) ? t(key) : type;
}

function AccountCard({ me }: { me: Me }) {
  const t = useT();
  const merchantWide = me.permissions.some((g) => g.allStores);
  const name = me.displayName ?? me.id;
  return (
    <section className="card" aria-labelledby="account-title">
      <h3 className="card-title" id="account-title">
        {t("dashboard.account")}
      </h3>
      <div className="account-head">
        <span className="avatar avatar-lg" aria-hidden="true">
          {Array.from(name)[0]}
        </span>
        <div>
          <p className="account-name">{name}</p>
          <span className="badge badge-brand">{t("dashboard.staff")}</span>
        </div>
      </div>
      <dl className="facts">
        <div>
          <dt>{t("dashboard.principalId")}</dt>
          <dd className="mono">{me.id}</dd>
        </div>
        <div>
          <dt>{t("dashboard.access")}</dt>
          <dd>{t(merchantWide ? "dashboard.merchantWide" : "dashboard.storeScoped")}</dd>
        </div>
      </dl>
    </section>
  );
}

function PermissionsCard({ me, storeNames }: { me: Me; storeNames: Map<string, string> }) {
  const t = useT();
  const groups = groupGrants(me.permissions);
  return (
    <section className="card span-2" aria-labelledby="permissions-title">
      <h3 className="card-title" id="permissions-title">
        {t("dashboard.permissions")}
      </h3>
      {groups.length === 0 ? (
        <p className="muted">{t("dashboard.noPermissions")}</p>
      ) : (
        <>
          <p className="muted">{t("dashboard.permissionsSummary", { count: me.permissions.length, areas: groups.length })}</p>
          <div className="permission-groups">
            {groups.map((group) => (
              <div key={group.label ?? "other"} className="permission-group">
                <h4>{group.label ? t(group.label) : "…"}</h4>
                <ul className="chips">
                  {group.grants.map((grant) => (
                    <li key={grant.permission} className="chip" title={grant.permission}>
                      {permissionLabel(t, grant.permission)}
                      {grant.allStores ? null : <span className="chip-scope">{storeScope(grant, storeNames)}</span>}
                    </li>
                  ))}
                </ul>
              </div>
            ))}
          </div>
        </>
      )}
    </section>
  );
}

function StoresCard({ me, stores }: { me: Me; stores: ReturnType<typeof useStores> }) {
  const t = useT();
  return (
    <section className="card span-2" aria-labelledby="stores-title">
      <div className="card-head">
        <h3 className="card-title" id="stores-title">
          {t("dashboard.stores")}
        </h3>
        {stores.data ? <span className="muted">{t("dashboard.storesCount", { n: stores.data.length })}</span> : null}
      </div>
      {stores.error && !stores.data ? <ErrorState error={stores.error} onRetry={stores.retry} /> : null}
      {!stores.data && !stores.error ? <LoadingState /> : null}
      {stores.data?.length === 0 ? <EmptyState icon={<Icon name="store" size={28} />} title={t("dashboard.storesEmpty")} /> : null}
      {stores.data && stores.data.length > 0 ? (
        <div className="table-wrap">
          <table className="table">
            <thead>
              <tr>
                <th scope="col">{t("col.code")}</th>
                <th scope="col">{t("col.name")}</th>
                <th scope="col">{t("col.type")}</th>
                <th scope="col">{t("col.city")}</th>
                <th scope="col">
                  <span className="visually-hidden">{t("dashboard.yourStore")}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {stores.data.map((store) => (
                <tr key={store.id}>
                  <td className="mono">{store.code}</td>
                  <td>
                    <strong>{store.name}</strong>
                    {store.addressLine ? <div className="muted small">{store.addressLine}</div> : null}
                  </td>
                  <td>
                    <span className={`badge badge-${store.type.toLowerCase()}`}>{storeTypeLabel(t, store.type)}</span>
                  </td>
                  <td>{store.city ?? "—"}</td>
                  <td className="align-end">
                    {canReach(me, store.id) ? <span className="badge badge-ok">{t("dashboard.yourStore")}</span> : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </section>
  );
}

function ModulesCard({ me }: { me: Me }) {
  const t = useT();
  const modules = NAV_ITEMS.filter((item) => item.permission !== null && hasPermission(me, item.permission));
  return (
    <section className="card" aria-labelledby="modules-title">
      <h3 className="card-title" id="modules-title">
        {t("dashboard.modules")}
      </h3>
      {modules.length === 0 ? (
        <p className="muted">{t("dashboard.noPermissions")}</p>
      ) : (
        <ul className="module-links">
          {modules.map((item) => (
            <li key={item.href}>
              <Link href={item.href}>
                <Icon name={item.icon} />
                <span>{t(item.label)}</span>
              </Link>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function useStores() {
  const [{ data, error }, refresh] = useRefreshableQuery({ query: STORES_QUERY });
  return { data: data?.stores, error, retry: refresh };
}

export function AccountOverview() {
  const t = useT();
  const me = useMe();
  const stores = useStores();
  const storeNames = new Map((stores.data ?? []).map((s: StoreSummary) => [s.id, s.name]));
  return (
    <div className="page">
      <header className="page-header">
        <h2>{greeting(t, me.displayName ?? me.id)}</h2>
        <p className="muted">{t("dashboard.subtitle")}</p>
      </header>
      <div className="dashboard-grid">
        <AccountCard me={me} />
        <ModulesCard me={me} />
        <StoresCard me={me} stores={stores} />
        <PermissionsCard me={me} storeNames={storeNames} />
      </div>
    </div>
  );
}
