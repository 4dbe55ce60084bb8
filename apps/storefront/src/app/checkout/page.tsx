import type { Metadata } from "next";
import { CheckoutView } from "../../features/checkout/checkout-view";
import { PageTitle } from "../../features/shell/page-title";

export const metadata: Metadata = { title: "结算" };

export default function CheckoutPage() {
  return (
    <div className="container page">
      <PageTitle k="checkout.title" />
      <CheckoutView />
    </div>
  );
}
