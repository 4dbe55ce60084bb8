"use client";

import { useT } from "@o2o/client";
import type { ReactNode } from "react";
import { Modal } from "./modal";

/** Asks before a destructive action (void a line, void the sale, leave kiosk mode). */
export function ConfirmDialog({
  title,
  children,
  confirmLabel,
  onConfirm,
  onCancel,
}: {
  title: string;
  children?: ReactNode;
  confirmLabel: string;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const t = useT();
  return (
    <Modal
      title={title}
      onClose={onCancel}
      tone="danger"
      footer={
        <>
          <button type="button" className="pos-btn pos-btn-ghost" onClick={onCancel}>
            {t("common.cancel")}
          </button>
          <button type="button" className="pos-btn pos-btn-danger pos-btn-xl" onClick={onConfirm} data-autofocus>
            {confirmLabel}
          </button>
        </>
      }
    >
      {children}
    </Modal>
  );
}
