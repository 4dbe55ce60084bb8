import type { Metadata } from "next";
import { Suspense } from "react";
import { OrderList } from "../../../features/orders/order-list";

export const metadata: Metadata = { title: "订单" };

export default function Page() {
  return (
    <Suspense>
      <OrderList />
    </Suspense>
  );
}
