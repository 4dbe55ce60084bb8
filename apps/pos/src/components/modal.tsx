"use client";

import { useT } from "@o2o/client";
import { type ReactNode, useEffect, useId, useRef } from "react";
import { Icon } from "../features/till/icons";

/**
 * A modal dialog for the till: labelled by its title, focus moves in on open and back on close, Escape closes (unless
 * busy). Wide dialogs (payment, reports) pass size="wide".
 */
export function Modal({
  title,
  onClose,
  children,
  footer,
  size = "normal",
  busy = false,
  tone,
}: {
  title: ReactNode;
  onClose: () => void;
  children: ReactNode;
  footer?: ReactNode;
  size?: "normal" | "wide";
  busy?: boolean;
  tone?: "ok" | "danger";
}) {
  const t = useT();
  const titleId = useId();
  const ref = useRef<HTMLDivElement>(null);
  const closeRef = useRef(onClose);
  closeRef.current = onClose;

  useEffect(() => {
    const previous = document.activeElement as HTMLElement | null;
    const root = ref.current;
    const first =
      root?.querySelector<HTMLElement>("[data-autofocus]") ??
      root?.querySelector<HTMLElement>("input, select, textarea, button:not(.modal-close)");
    (first ?? root)?.focus();
    return () => previous?.focus?.();
  }, []);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key === "Escape" && !busy) {
        event.preventDefault();
        closeRef.current();
      }
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [busy]);

  return (
    <div className="modal-backdrop">
      <div
        ref={ref}
        className={`modal modal-${size}${tone ? ` modal-${tone}` : ""}`}
        role="dialog"
        aria-modal="true"
        aria-labelledby={titleId}
        tabIndex={-1}
      >
        <header className="modal-head">
          <h2 id={titleId}>{title}</h2>
          <button
            type="button"
            className="pos-btn pos-btn-ghost pos-btn-icon modal-close"
            onClick={onClose}
            disabled={busy}
            aria-label={t("common.close")}
          >
            <Icon name="close" />
          </button>
        </header>
        <div className="modal-body">{children}</div>
        {footer ? <footer className="modal-foot">{footer}</footer> : null}
      </div>
    </div>
  );
}
