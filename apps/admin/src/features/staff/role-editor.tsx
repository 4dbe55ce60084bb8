"use client";

import { useT, errorDetail } from "@o2o/client";
import { AdminUpsertRoleDocument, type AdminRolesQuery } from "@o2o/schema";
import { type FormEvent, useState } from "react";
import { useMutation } from "urql";
import { EditorActions } from "../../components/editor-actions";
import { FormAlert, TextField } from "../../components/form-field";
import { toggledSet } from "../../lib/toggle-set";
import { PERMISSION_AREAS, permissionLabel } from "../auth/permission-areas";

type Role = AdminRolesQuery["roles"][number];

const ROLE_CODE = /^[a-z][a-z0-9_]{1,31}$/;

/** Creates a custom role, or changes one (its code stays): a name and permissions ticked per business area. */
export function RoleEditor({ role, onSaved, onCancel }: { role: Role | null; onSaved: (name: string) => void; onCancel: () => void }) {
  const t = useT();
  const [code, setCode] = useState(role?.code ?? "");
  const [name, setName] = useState(role?.name ?? "");
  const [permissions, setPermissions] = useState<ReadonlySet<string>>(new Set(role?.permissions ?? []));
  const [error, setError] = useState<string | null>(null);
  const [{ fetching }, upsert] = useMutation(AdminUpsertRoleDocument);
  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (!ROLE_CODE.test(code)) return setError(t("role.codeInvalid"));
    if (!name.trim()) return setError(t("role.nameRequired"));
    if (permissions.size === 0) return setError(t("role.pickPermissions"));
    const res = await upsert({ input: { code, name: name.trim(), permissions: [...permissions] } });
    if (res.data) {
      setError(null);
      onSaved(res.data.upsertRole.name);
    } else setError(t("common.failed", { message: errorDetail(res.error) }));
  }

  return (
    <form className="card form-card" onSubmit={onSubmit} aria-labelledby="role-form-title" noValidate>
      <h3 className="card-title" id="role-form-title">
        {role ? t("role.editTitle", { name: role.name }) : t("role.new")}
      </h3>
      <FormAlert message={error} />
      <div className="form-grid">
        <TextField
          label={t("role.code")}
          value={code}
          onChange={(v) => setCode(v.toLowerCase())}
          disabled={Boolean(role)}
          maxLength={32}
          className="mono"
          autoComplete="off"
        />
        <TextField label={t("role.name")} value={name} onChange={setName} maxLength={64} />
      </div>
      <p className="muted small">{t("role.codeHint")}</p>
      <div className="permission-groups">
        {PERMISSION_AREAS.map((area) => (
          <fieldset key={area.label} className="permission-group chip-group">
            <legend>
              <h4>{t(area.label)}</h4>
            </legend>
            <div className="chips">
              {area.permissions.map((p) => (
                <label key={p} className="check chip" title={p}>
                  <input
                    type="checkbox"
                    checked={permissions.has(p)}
                    onChange={(e) => setPermissions(toggledSet(permissions, p, e.target.checked))}
                  />
                  {permissionLabel(t, p)}
                </label>
              ))}
            </div>
          </fieldset>
        ))}
      </div>
      <EditorActions editing={Boolean(role)} busy={fetching} createLabel={t("role.create")} onCancel={onCancel} />
    </form>
  );
}
