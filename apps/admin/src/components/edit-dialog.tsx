"use client";

import { useT } from "@o2o/client";
import { type ReactNode, useId, useRef } from "react";
import { DialogActions } from "./dialog-actions";
import { FieldAlert } from "./form-field";

/** An "Edit" button opening a dialog of fields with its error line, cancel and save; it closes when `onSave` resolves true. */
export function EditDialog({
  title,
  error,
  busy,
  onSave,
  children,
}: {
  title: string;
  error: string | null;
  busy: boolean;
  onSave: () => Promise<boolean>;
  children: ReactNode;
}) {
  const t = useT();
  const dialog = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  return (
    <>
      <button type="button" className="btn btn-ghost btn-sm" onClick={() => dialog.current?.showModal()}>
        {t("common.edit")}
      </button>
      <dialog ref={dialog} className="dialog" aria-labelledby={titleId}>
        <h3 id={titleId}>{title}</h3>
        {children}
        <FieldAlert message={error} />
        <DialogActions
          onCancel={() => dialog.current?.close()}
          confirmLabel={t("common.save")}
          onConfirm={async () => {
            if (await onSave()) dialog.current?.close();
          }}
          disabled={busy}
        />
      </dialog>
    </>
  );
}
