import { TransferDetail } from "../../../../../features/inventory/transfer-detail";

export default async function TransferPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return <TransferDetail id={id} />;
}
