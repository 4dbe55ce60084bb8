"use client";

import { useT } from "@o2o/client";
import { useBridgeStatus } from "../hardware/bridge-client";

/** Whether receipts will print: the local hardware bridge and its printer, as the bridge reports them. */
export function PrinterBadge() {
  const t = useT();
  const status = useBridgeStatus();
  if (status.bridge === "checking") return null;
  const ready = status.bridge === "up" && status.printer === "ready";
  return (
    <span
      className={`conn ${ready ? "conn-online" : "conn-api-down"}`}
      role="status"
      title={[t(ready ? "printer.ready" : status.bridge === "down" ? "printer.noBridge" : "printer.unreachable"), status.printerAddress]
        .filter(Boolean)
        .join(" · ")}
      aria-label={t(ready ? "printer.ready" : status.bridge === "down" ? "printer.noBridge" : "printer.unreachable")}
    >
      <span className="conn-dot" aria-hidden="true" />
      <span aria-hidden="true">{t("printer.short")}</span>
    </span>
  );
}
