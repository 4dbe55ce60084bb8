import type { Metadata } from "next";
import { ReturnsScreen } from "../../features/returns/returns-screen";
import { TillGate } from "../../features/till/till-gate";

export const metadata: Metadata = { title: "退货" };

export default function ReturnsPage() {
  return (
    <TillGate>
      <ReturnsScreen />
    </TillGate>
  );
}
