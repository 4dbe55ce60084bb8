import type { Metadata } from "next";
import { PayView } from "../../../../features/orders/pay-view";
import { PageTitle } from "../../../../features/shell/page-title";

export const metadata: Metadata = { title: "支付" };

export default async function PayPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return (
    <div className="container page narrow-page">
      <PageTitle k="pay.title" />
      <PayView orderId={id} />
    </div>
  );
}
