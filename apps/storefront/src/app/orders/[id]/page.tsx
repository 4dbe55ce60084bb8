import type { Metadata } from "next";
import { OrderView } from "../../../features/orders/order-view";
import { PageTitle } from "../../../features/shell/page-title";

export const metadata: Metadata = { title: "订单详情" };

export default async function OrderPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { id } = await params;
  const { paid } = await searchParams;
  return (
    <div className="container page narrow-page">
      <PageTitle k="order.title" />
      <OrderView orderId={id} justPaid={paid === "1"} />
    </div>
  );
}
