"use client";

import { useT } from "@o2o/client";
import { type ReactNode, useId, useRef, useState } from "react";
import { DialogActions } from "./dialog-actions";

/** A button that asks before doing something destructive or hard to undo. */
export function ConfirmButton({
  label,
  ariaLabel,
  message,
  confirmLabel,
  onConfirm,
  className = "btn btn-secondary",
  danger = false,
  disabled = false,
}: {
  label: ReactNode;
  /** The button's name when the label alone is ambiguous (several "Remove" buttons in a list). */
  ariaLabel?: string;
  message: string;
  confirmLabel?: string;
  onConfirm: () => Promise<void> | void;
  className?: string;
  danger?: boolean;
  disabled?: boolean;
}) {
  const t = useT();
  const dialog = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const [busy, setBusy] = useState(false);
  return (
    <>
      <button
        type="button"
        className={className}
        aria-label={ariaLabel}
        disabled={disabled || busy}
        onClick={() => dialog.current?.showModal()}
      >
        {label}
      </button>
      <dialog ref={dialog} className="dialog" aria-labelledby={titleId}>
        <h3 id={titleId}>{t("common.confirmTitle")}</h3>
        <p>{message}</p>
        <DialogActions
          onCancel={() => dialog.current?.close()}
          confirmLabel={confirmLabel ?? t("common.confirm")}
          danger={danger}
          disabled={busy}
          onConfirm={async () => {
            setBusy(true);
            try {
              await onConfirm();
            } finally {
              setBusy(false);
              dialog.current?.close();
            }
          }}
        />
      </dialog>
    </>
  );
}
