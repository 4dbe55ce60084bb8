import type { Metadata } from "next";
import { Suspense } from "react";
import { ExceptionLog } from "../../../../features/orders/exception-log";

export const metadata: Metadata = { title: "异常日志" };

export default function Page() {
  return (
    <Suspense>
      <ExceptionLog />
    </Suspense>
  );
}
