"use client";

import { ErrorState, LoadingState, useViewer } from "@o2o/client";
import { useRouter } from "next/navigation";
import { type ReactNode, useEffect } from "react";
import { MeProvider } from "../auth/me-context";

/** Renders its children only for a signed-in staff member; sends everyone else to /login. */
export function TillGate({ children }: { children: ReactNode }) {
  const viewer = useViewer();
  const router = useRouter();
  const signedOut = viewer.status === "signed-out" || (viewer.status === "ready" && viewer.me.kind !== "STAFF");

  useEffect(() => {
    if (signedOut) router.replace("/login");
  }, [signedOut, router]);

  if (viewer.status === "error") {
    return (
      <div className="splash">
        <ErrorState error={viewer.error} onRetry={viewer.retry} />
      </div>
    );
  }
  if (viewer.status !== "ready" || signedOut) {
    return (
      <div className="splash">
        <LoadingState />
      </div>
    );
  }
  return <MeProvider me={viewer.me}>{children}</MeProvider>;
}
