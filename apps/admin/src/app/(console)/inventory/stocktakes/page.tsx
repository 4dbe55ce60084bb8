import type { Metadata } from "next";
import { StocktakeList } from "../../../../features/inventory/stocktake-list";

export const metadata: Metadata = { title: "盘点" };

export default function Page() {
  return <StocktakeList />;
}
