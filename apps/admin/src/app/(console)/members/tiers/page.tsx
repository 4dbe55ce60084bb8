import type { Metadata } from "next";
import { TierRules } from "../../../../features/members/tier-rules";

export const metadata: Metadata = { title: "等级与积分" };

export default function Page() {
  return <TierRules />;
}
