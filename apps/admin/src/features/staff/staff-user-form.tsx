"use client";

import { useT } from "@o2o/client";
import { AdminCreateStaffUserDocument } from "@o2o/schema";
import { type FormEvent, useState } from "react";
import { useMutation } from "urql";
import { FormAlert, TextField } from "../../components/form-field";

/** A new staff account; roles are assigned per store afterwards. */
export function StaffUserForm({ onCreated }: { onCreated: (name: string) => void }) {
  const t = useT();
  const [username, setUsername] = useState("");
  const [displayName, setDisplayName] = useState("");
  const [password, setPassword] = useState("");
  const [pin, setPin] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [{ fetching }, create] = useMutation(AdminCreateStaffUserDocument);
  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (!username.trim() || !displayName.trim() || password.length < 8) return setError(t("staff.formInvalid"));
    if (pin && !/^\d{4,6}$/.test(pin)) return setError(t("staff.pinInvalid"));
    const res = await create({ input: { username: username.trim(), displayName: displayName.trim(), password, pin: pin || null } });
    if (res.data) {
      setUsername("");
      setDisplayName("");
      setPassword("");
      setPin("");
      setError(null);
      onCreated(res.data.createStaffUser.displayName);
    } else setError(t("common.failed", { message: res.error?.graphQLErrors[0]?.message ?? "" }));
  }
  return (
    <form className="card form-card" onSubmit={onSubmit} aria-labelledby="staff-form-title" noValidate>
      <h3 className="card-title" id="staff-form-title">
        {t("staff.new")}
      </h3>
      <FormAlert message={error} />
      <div className="form-grid">
        <TextField label={t("login.username")} value={username} onChange={setUsername} maxLength={64} autoComplete="off" />
        <TextField label={t("staff.displayName")} value={displayName} onChange={setDisplayName} maxLength={64} />
        <label className="field">
          <span>{t("staff.initialPassword")}</span>
          <input
            type="password"
            value={password}
            onChange={(e) => setPassword(e.target.value)}
            autoComplete="new-password"
            maxLength={128}
          />
        </label>
        <TextField label={t("staff.pin")} value={pin} onChange={setPin} inputMode="numeric" maxLength={6} />
      </div>
      <div className="form-actions">
        <button type="submit" className="btn btn-primary" disabled={fetching}>
          {t("staff.create")}
        </button>
      </div>
    </form>
  );
}
