"use client";

import { LocaleSwitcher, useT } from "@o2o/client";
import Link from "next/link";
import { useSearchParams } from "next/navigation";
import { Suspense, useId } from "react";
import { useCart } from "../cart/cart-context";
import { Icon } from "./icons";

// A plain GET form: search works before hydration and without JavaScript.
function SearchForm({ value }: { value: string }) {
  const t = useT();
  const id = useId();
  return (
    <search>
      <form className="search-form" action="/search" method="get">
        <label htmlFor={id} className="visually-hidden">
          {t("header.search")}
        </label>
        <Icon name="search" size={18} />
        <input
          id={id}
          key={value}
          name="q"
          type="search"
          defaultValue={value}
          placeholder={t("header.searchPlaceholder")}
          maxLength={64}
          enterKeyHint="search"
        />
        <button type="submit" className="search-submit">
          {t("header.searchSubmit")}
        </button>
      </form>
    </search>
  );
}

function SearchFromUrl() {
  return <SearchForm value={useSearchParams().get("q") ?? ""} />;
}

function CartLink() {
  const t = useT();
  const { cart } = useCart();
  const count = cart?.itemCount ?? 0;
  return (
    <Link href="/cart" className="icon-link cart-button" aria-label={t("header.cartCount", { n: count })} title={t("header.cart")}>
      <Icon name="cart" />
      {count > 0 ? (
        <span className="cart-count" aria-hidden="true" data-testid="cart-count">
          {count > 99 ? "99+" : count}
        </span>
      ) : null}
    </Link>
  );
}

export function SiteHeader() {
  const t = useT();
  return (
    <header className="site-header">
      <div className="header-row container">
        <Link href="/" className="logo" aria-label={t("header.home")}>
          <span className="logo-mark" aria-hidden="true">
            鲜
          </span>
          <span className="logo-text">鲜衣坊</span>
        </Link>
        <div className="header-search">
          <Suspense fallback={<SearchForm value="" />}>
            <SearchFromUrl />
          </Suspense>
        </div>
        <div className="header-actions">
          <LocaleSwitcher className="header-locale" />
          <Link href="/account" className="icon-link" aria-label={t("header.account")} title={t("header.account")}>
            <Icon name="user" />
          </Link>
          <CartLink />
        </div>
      </div>
    </header>
  );
}
