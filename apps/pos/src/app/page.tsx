import { SellingScreen } from "../features/till/selling-screen";
import { TillGate } from "../features/till/till-gate";

export default function TillPage() {
  return (
    <TillGate>
      <SellingScreen />
    </TillGate>
  );
}
