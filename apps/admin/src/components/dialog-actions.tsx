"use client";

import { useT } from "@o2o/client";

/** A dialog's footer: cancel (or close) on the left, the dialog's action on the right. */
export function DialogActions({
  onCancel,
  cancelLabel,
  confirmLabel,
  onConfirm,
  disabled,
  danger,
}: {
  onCancel: () => void;
  cancelLabel?: string;
  confirmLabel: string;
  onConfirm: () => void;
  disabled: boolean;
  danger?: boolean;
}) {
  const t = useT();
  return (
    <div className="dialog-actions">
      <button type="button" className="btn btn-secondary" onClick={onCancel}>
        {cancelLabel ?? t("common.cancel")}
      </button>
      <button type="button" className={danger ? "btn btn-danger" : "btn btn-primary"} disabled={disabled} onClick={onConfirm}>
        {confirmLabel}
      </button>
    </div>
  );
}
