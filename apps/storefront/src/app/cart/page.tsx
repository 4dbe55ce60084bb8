import type { Metadata } from "next";
import { PageTitle } from "../../features/shell/page-title";
import { CartView } from "../../features/cart/cart-view";

export const metadata: Metadata = { title: "购物车" };

export default function CartPage() {
  return (
    <div className="container page">
      <PageTitle k="cart.title" />
      <CartView />
    </div>
  );
}
