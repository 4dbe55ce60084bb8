import type { Metadata } from "next";
import { Suspense } from "react";
import { AuditLog } from "../../../features/audit/audit-log";

export const metadata: Metadata = { title: "审计日志" };

export default function Page() {
  return (
    <Suspense>
      <AuditLog />
    </Suspense>
  );
}
