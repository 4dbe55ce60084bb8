"use client";

import { ErrorState, LoadingState, useT } from "@o2o/client";
import { PageHeader } from "../../components/page-header";
import { useStores } from "../../components/use-stores";
import { canInStore } from "../../lib/permissions";
import { useMe } from "../auth/me-context";
import { storeTypeLabel } from "../dashboard/account-overview";
import { SettingsNav } from "./settings-nav";
import { StoreEditor } from "./store-editor";
import { ActionsHeading, TableHead } from "../../components/data-table";

/** Stores with their registers (the first settings tab). */
export function SettingsPage() {
  const t = useT();
  const me = useMe();
  const { stores, error, fetching, retry } = useStores();
  return (
    <div className="page">
      <PageHeader title={t("nav.settings")} subtitle={t("section.settings")} />
      <SettingsNav />
      <section className="card card-flush" aria-label={t("settings.stores")}>
        {error && stores.length === 0 ? <ErrorState error={error} onRetry={retry} /> : null}
        {fetching && stores.length === 0 ? <LoadingState /> : null}
        {stores.length > 0 ? (
          <table className="table">
            <TableHead
              columns={[
                t("col.code"),
                t("col.name"),
                t("col.type"),
                t("settings.address"),
                t("settings.registers"),
                <ActionsHeading key="actions" />,
              ]}
            />
            <tbody>
              {stores.map((s) => (
                <tr key={s.id}>
                  <td className="mono">{s.code}</td>
                  <td>
                    <strong>{s.name}</strong>
                    {s.phone ? <div className="muted small">{s.phone}</div> : null}
                  </td>
                  <td>{storeTypeLabel(t, s.type)}</td>
                  <td className="small">
                    {s.city ?? ""} {s.addressLine ?? ""}
                  </td>
                  <td>
                    <ul className="chips">
                      {s.registers.map((r) => (
                        <li key={r.id} className="chip">
                          {r.name} <span className="chip-scope mono">{r.code}</span>
                        </li>
                      ))}
                    </ul>
                  </td>
                  <td className="align-end">{canInStore(me, "store:write", s.id) ? <StoreEditor store={s} onSaved={retry} /> : null}</td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : null}
      </section>
    </div>
  );
}
