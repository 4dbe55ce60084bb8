import { StocktakeSheet } from "../../../../../features/inventory/stocktake-sheet";

export default async function StocktakePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return <StocktakeSheet id={id} />;
}
