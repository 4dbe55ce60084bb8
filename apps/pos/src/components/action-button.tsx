"use client";

import type { ButtonHTMLAttributes, ReactNode } from "react";
import { KeyHint } from "../features/keyboard/key-hint";

/** A large till button showing its function key; the key is announced through aria-keyshortcuts. */
export function ActionButton({
  shortcut,
  children,
  variant = "outline",
  className,
  ...rest
}: {
  shortcut?: string;
  children: ReactNode;
  variant?: "outline" | "primary" | "pay" | "ghost" | "danger";
} & ButtonHTMLAttributes<HTMLButtonElement>) {
  return (
    <button type="button" className={`pos-btn pos-btn-${variant} action-btn ${className ?? ""}`} aria-keyshortcuts={shortcut} {...rest}>
      {shortcut ? <KeyHint shortcut={shortcut} /> : null}
      <span className="action-label">{children}</span>
    </button>
  );
}
