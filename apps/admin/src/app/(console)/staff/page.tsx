import type { Metadata } from "next";
import { Suspense } from "react";
import { StaffPage } from "../../../features/staff/staff-page";

export const metadata: Metadata = { title: "员工" };

export default function Page() {
  return (
    <Suspense>
      <StaffPage />
    </Suspense>
  );
}
