"use client";

import { useT, errorDetail } from "@o2o/client";
import { AdminDeleteRoleDocument, type AdminRolesQuery } from "@o2o/schema";
import { useState } from "react";
import { useMutation } from "urql";
import { ConfirmButton } from "../../components/confirm-button";
import { FormAlert, Notice } from "../../components/form-field";
import { EditRowButton } from "../../components/editor-actions";
import { useEditing } from "../../components/use-editing";
import { permissionLabel } from "../auth/permission-areas";
import { RoleEditor } from "./role-editor";

type Role = AdminRolesQuery["roles"][number];

/** The roles and what they allow; with merchant-wide role:write, custom roles are created, edited and deleted here. */
export function RoleList({ roles, canWrite, onChanged }: { roles: readonly Role[]; canWrite: boolean; onChanged: () => void }) {
  const t = useT();
  const editor = useEditing<Role>();
  const [notice, setNotice] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [, remove] = useMutation(AdminDeleteRoleDocument);

  async function onDelete(role: Role) {
    const res = await remove({ id: role.id });
    const result = res.data?.deleteRole;
    if (result?.__typename === "DeletedRole") {
      setError(null);
      setNotice(t("role.deleted", { name: role.name }));
      if (editor.editing?.id === role.id) editor.cancel();
      onChanged();
    } else if (result?.__typename === "RoleDeleteError") {
      setError(result.code === "ROLE_IN_USE" ? t("role.inUse", { name: role.name, n: result.assignments }) : t("role.systemLocked"));
    } else setError(t("common.failed", { message: errorDetail(res.error) }));
  }

  return (
    <>
      <section className="card" aria-labelledby="roles-title">
        <h3 className="card-title" id="roles-title">
          {t("staff.rolesTitle")}
        </h3>
        <Notice message={notice} />
        <FormAlert message={error} />
        <div className="permission-groups">
          {roles.map((r) => (
            <div key={r.id} className="permission-group">
              <h4>
                {r.name} <span className="mono small">{r.code}</span>{" "}
                <span className={r.system ? "badge badge-xs" : "badge badge-brand badge-xs"}>
                  {t(r.system ? "role.system" : "role.custom")}
                </span>
              </h4>
              <ul className="chips">
                {r.permissions.map((p) => (
                  <li key={p} className="chip" title={p}>
                    {permissionLabel(t, p)}
                  </li>
                ))}
              </ul>
              {canWrite && !r.system ? (
                <div className="row-actions">
                  <EditRowButton
                    label={t("role.editNamed", { name: r.name })}
                    onEdit={() => {
                      setNotice(null);
                      editor.edit(r);
                    }}
                  />
                  <ConfirmButton
                    label={t("common.delete")}
                    className="btn btn-ghost btn-sm"
                    message={t("role.deleteConfirm", { name: r.name })}
                    danger
                    onConfirm={() => onDelete(r)}
                  />
                </div>
              ) : null}
            </div>
          ))}
        </div>
      </section>
      {canWrite ? (
        <RoleEditor
          key={editor.formKey}
          role={editor.editing}
          onCancel={editor.cancel}
          onSaved={(name) => {
            setNotice(t(editor.saved() ? "role.saved" : "role.created", { name }));
            setError(null);
            onChanged();
          }}
        />
      ) : null}
    </>
  );
}
