"use client";

import { useSignOut, useT } from "@o2o/client";
import { useRouter } from "next/navigation";
import type { ReactNode } from "react";
import { Icon } from "./icons";
import type { TillSelection } from "./till-selection";

/** The brand mark with a title beside it (the app name, or the store and register on the selling screen). */
export function PosBrand({ children }: { children: ReactNode }) {
  return (
    <span className="pos-brand">
      <span className="pos-brand-mark" aria-hidden="true">
        鲜
      </span>
      {children}
    </span>
  );
}

/** The brand with the store and register this till is. */
export function TillBrand({ till }: { till: TillSelection }) {
  return (
    <PosBrand>
      <span className="till-where">
        <strong>{till.storeName}</strong>
        <small>{till.registerName}</small>
      </span>
    </PosBrand>
  );
}

/** Ends the session and returns to the sign-in screen; the till selection stays for the next cashier. */
export function SignOutButton({ variant }: { variant: "ghost" | "outline" }) {
  const t = useT();
  const router = useRouter();
  const { signOut, signingOut } = useSignOut();
  return (
    <button
      type="button"
      className={`pos-btn pos-btn-${variant}`}
      disabled={signingOut}
      onClick={async () => {
        await signOut();
        router.replace("/login");
      }}
    >
      <Icon name="signOut" />
      {t(signingOut ? "till.signingOut" : "till.signOut")}
    </button>
  );
}

/** A large radio card (store or register) for fingers. */
export function ChoiceCard({
  name,
  value,
  checked,
  onChoose,
  icon,
  title,
  detail,
}: {
  name: string;
  value: string;
  checked: boolean;
  onChoose: () => void;
  icon: "store" | "register";
  title: string;
  detail: ReactNode;
}) {
  return (
    <label className="choice">
      <input type="radio" name={name} value={value} checked={checked} onChange={onChoose} />
      <Icon name={icon} size={26} />
      <span>
        <strong>{title}</strong>
        <small>{detail}</small>
      </span>
    </label>
  );
}
