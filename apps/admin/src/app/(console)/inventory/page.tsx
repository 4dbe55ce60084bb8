import type { Metadata } from "next";
import { Suspense } from "react";
import { StockLevels } from "../../../features/inventory/stock-levels";

export const metadata: Metadata = { title: "库存" };

export default function Page() {
  return (
    <Suspense>
      <StockLevels />
    </Suspense>
  );
}
