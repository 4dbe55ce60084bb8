"use client";

import { useT } from "@o2o/client";
import { ConfirmButton } from "../../components/confirm-button";

/** A settings form's save: asks first when the change takes something away (`confirm` says what), else saves at once. */
export function SettingsSaveButton({ busy, confirm, onSave }: { busy: boolean; confirm: string | null; onSave: () => Promise<void> }) {
  const t = useT();
  return (
    <div className="form-actions">
      {confirm ? (
        <ConfirmButton label={t("common.save")} message={confirm} className="btn btn-primary" danger disabled={busy} onConfirm={onSave} />
      ) : (
        <button type="button" className="btn btn-primary" disabled={busy} onClick={() => void onSave()}>
          {t("common.save")}
        </button>
      )}
    </div>
  );
}
