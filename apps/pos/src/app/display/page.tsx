import type { Metadata } from "next";
import { CustomerDisplayScreen } from "../../features/hardware/customer-display-screen";

export const metadata: Metadata = { title: "客显" };

/** The customer-facing second screen (opened from the till; fed over a BroadcastChannel). */
export default function CustomerDisplayPage() {
  return <CustomerDisplayScreen />;
}
