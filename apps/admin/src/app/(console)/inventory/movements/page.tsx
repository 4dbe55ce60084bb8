import type { Metadata } from "next";
import { Suspense } from "react";
import { StockMovements } from "../../../../features/inventory/stock-movements";

export const metadata: Metadata = { title: "库存流水" };

export default function Page() {
  return (
    <Suspense>
      <StockMovements />
    </Suspense>
  );
}
