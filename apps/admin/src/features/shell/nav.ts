import type { MessageKey } from "../../i18n/messages";
import type { IconName } from "./icons";

export type NavItem = {
  href: string;
  label: MessageKey;
  icon: IconName;
  /** Shown only to viewers holding this permission somewhere; null = everyone. */
  permission: string | null;
};

export const NAV_ITEMS: readonly NavItem[] = [
  { href: "/", label: "nav.dashboard", icon: "dashboard", permission: null },
  { href: "/catalog", label: "nav.catalog", icon: "catalog", permission: "catalog:read" },
  { href: "/inventory", label: "nav.inventory", icon: "inventory", permission: "stock:read" },
  { href: "/orders", label: "nav.orders", icon: "orders", permission: "order:read" },
  { href: "/members", label: "nav.members", icon: "members", permission: "member:read" },
  { href: "/marketing", label: "nav.marketing", icon: "marketing", permission: "marketing:read" },
  { href: "/staff", label: "nav.staff", icon: "staff", permission: "staff:read" },
  { href: "/audit", label: "nav.audit", icon: "audit", permission: "audit:read" },
  { href: "/settings", label: "nav.settings", icon: "settings", permission: "store:read" },
];

/** The nav item a path belongs to ("/catalog/123" → Catalog). */
export function navItemFor(pathname: string): NavItem | undefined {
  return NAV_ITEMS.find((item) => (item.href === "/" ? pathname === "/" : pathname === item.href || pathname.startsWith(`${item.href}/`)));
}
