import type { Metadata } from "next";
import { KioskScreen } from "../../features/kiosk/kiosk-screen";
import { TillGate } from "../../features/till/till-gate";

export const metadata: Metadata = { title: "自助收银" };

export default function KioskPage() {
  return (
    <TillGate>
      <KioskScreen />
    </TillGate>
  );
}
