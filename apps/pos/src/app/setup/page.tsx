import type { Metadata } from "next";
import { TillGate } from "../../features/till/till-gate";
import { TillSetup } from "../../features/till/till-setup";

export const metadata: Metadata = { title: "选择收银台" };

export default function SetupPage() {
  return (
    <TillGate>
      <TillSetup />
    </TillGate>
  );
}
