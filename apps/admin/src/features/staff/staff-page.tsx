"use client";

import { hasPermission, useLocale, useT } from "@o2o/client";
import { AdminRolesDocument, AdminSignOutOtherSessionsDocument, AdminStaffUsersDocument } from "@o2o/schema";
import { useState } from "react";
import { useMutation } from "urql";
import { ConfirmButton } from "../../components/confirm-button";
import { PageHeader } from "../../components/page-header";
import { formatDateTime } from "../../lib/format-date";
import { canInStore, canMerchantWide } from "../../lib/permissions";
import { useMe } from "../auth/me-context";
import { Assignments } from "./assignments";
import { RoleList } from "./role-list";
import { StaffUserForm } from "./staff-user-form";
import { DataTable } from "../../components/data-table";
import { ListStates } from "../../components/list-states";
import { Notice } from "../../components/form-field";
import { useRefreshableQuery } from "../../components/use-refreshable-query";

/** Staff with their roles per store, the roles and what they allow (custom ones editable), and signing out one's other sessions. */
export function StaffPage() {
  const t = useT();
  const locale = useLocale();
  const [{ data, error, fetching }, refresh] = useRefreshableQuery({ query: AdminStaffUsersDocument });
  const [{ data: roles }, refreshRoles] = useRefreshableQuery({ query: AdminRolesDocument });
  const [, signOutOthers] = useMutation(AdminSignOutOtherSessionsDocument);
  const [notice, setNotice] = useState<string | null>(null);
  const users = data?.staffUsers ?? [];
  const me = useMe();
  const canWrite = hasPermission(me, "staff:write");
  return (
    <div className="page">
      <PageHeader
        title={t("nav.staff")}
        subtitle={t("section.staff")}
        actions={
          <ConfirmButton
            label={t("staff.signOutOthers")}
            message={t("staff.signOutOthersConfirm")}
            danger
            onConfirm={async () => {
              const res = await signOutOthers({});
              setNotice(
                res.data
                  ? t("staff.signedOutOthers", { n: res.data.signOutOtherSessions })
                  : t("common.failed", { message: res.error?.message ?? "" }),
              );
            }}
          />
        }
      />
      <Notice message={notice} />
      {canWrite ? (
        <StaffUserForm
          onCreated={(name) => {
            setNotice(t("staff.created", { name }));
            refresh();
          }}
        />
      ) : null}
      <section className="card card-flush" aria-label={t("staff.users")}>
        <ListStates
          error={error}
          loaded={Boolean(data)}
          fetching={fetching}
          empty={users.length === 0}
          emptyTitle={t("common.empty")}
          onRetry={refresh}
        />
        {users.length > 0 ? (
          <DataTable columns={[t("staff.name"), t("staff.roles"), t("common.status"), t("staff.lastLogin")]}>
            {users.map((u) => (
              <tr key={u.id}>
                <td>
                  <strong>{u.displayName}</strong>
                  <div className="muted small mono">{u.username}</div>
                </td>
                <td>
                  <Assignments
                    user={u}
                    roles={roles?.roles ?? []}
                    editable={canWrite}
                    canInStore={(storeId) => (storeId ? canInStore(me, "staff:write", storeId) : canMerchantWide(me, "staff:write"))}
                    onChanged={refresh}
                  />
                </td>
                <td>{t(u.status === "ACTIVE" ? "staff.active" : "staff.disabled")}</td>
                <td className="small">{formatDateTime(locale, u.lastLoginAt)}</td>
              </tr>
            ))}
          </DataTable>
        ) : null}
      </section>
      {roles ? <RoleList roles={roles.roles} canWrite={canMerchantWide(me, "role:write")} onChanged={refreshRoles} /> : null}
    </div>
  );
}
