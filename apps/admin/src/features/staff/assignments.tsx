"use client";

import { useT } from "@o2o/client";
import { AdminAssignRoleDocument, AdminRemoveAssignmentDocument, type AdminRolesQuery, type AdminStaffUsersQuery } from "@o2o/schema";
import { useState } from "react";
import { useMutation } from "urql";
import { ConfirmButton } from "../../components/confirm-button";
import { StoreSelect } from "../../components/store-select";

type User = AdminStaffUsersQuery["staffUsers"][number];
type Role = AdminRolesQuery["roles"][number];

/** A staff member's roles per store: add one, or take one away after a confirmation. */
export function Assignments({
  user,
  roles,
  editable,
  canInStore,
  onChanged,
}: {
  user: User;
  roles: Role[];
  editable: boolean;
  canInStore: (storeId: string) => boolean;
  onChanged: () => void;
}) {
  const t = useT();
  const [roleCode, setRoleCode] = useState("");
  const [storeId, setStoreId] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [, assign] = useMutation(AdminAssignRoleDocument);
  const [, remove] = useMutation(AdminRemoveAssignmentDocument);
  return (
    <div className="assignments">
      <ul className="chips">
        {user.assignments.map((a) => (
          <li key={a.id} className="chip">
            {a.role.name}
            <span className="chip-scope">{a.store?.name ?? t("audit.merchantWide")}</span>
            {editable && (a.store ? canInStore(a.store.id) : canInStore("")) ? (
              <ConfirmButton
                label="×"
                className="chip-remove"
                message={t("staff.removeRoleConfirm", { role: a.role.name, name: user.displayName })}
                danger
                onConfirm={async () => {
                  await remove({ id: a.id });
                  onChanged();
                }}
              />
            ) : null}
          </li>
        ))}
      </ul>
      {editable ? (
        <div className="inline-form">
          <label className="field field-inline">
            <span>{t("staff.role")}</span>
            <select
              value={roleCode}
              onChange={(e) => setRoleCode(e.target.value)}
              aria-label={t("staff.roleFor", { name: user.displayName })}
            >
              <option value="">—</option>
              {roles.map((r) => (
                <option key={r.id} value={r.code}>
                  {r.name}
                </option>
              ))}
            </select>
          </label>
          <StoreSelect label={t("common.store")} value={storeId} onChange={setStoreId} only={canInStore} />
          <button
            type="button"
            className="btn btn-secondary btn-sm"
            disabled={!roleCode || !storeId}
            onClick={async () => {
              const res = await assign({ input: { staffId: user.id, roleCode, storeId } });
              if (res.data) {
                setRoleCode("");
                setError(null);
                onChanged();
              } else setError(res.error?.graphQLErrors[0]?.message ?? t("common.failed", { message: "" }));
            }}
          >
            {t("staff.assign")}
          </button>
          {error ? (
            <span className="field-error" role="alert">
              {error}
            </span>
          ) : null}
        </div>
      ) : null}
    </div>
  );
}
