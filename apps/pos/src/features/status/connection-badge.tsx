"use client";

import { useT } from "@o2o/client";
import type { MessageKey } from "../../i18n/messages";
import { OfflineStatus } from "../offline/offline-status";
import { useConnectivity } from "./use-connectivity";

const LABELS: Record<ReturnType<typeof useConnectivity>, MessageKey> = {
  online: "status.online",
  offline: "status.offline",
  "api-down": "status.apiDown",
  checking: "status.checking",
};

/** The connection state, and with it the offline engine: sales waiting to sync and sync problems (OfflineStatus). */
export function ConnectionBadge() {
  const t = useT();
  const state = useConnectivity();
  return (
    <>
      <span className={`conn conn-${state}`} role="status" aria-live="polite" title={t("status.label")}>
        <span className="conn-dot" aria-hidden="true" />
        <span className="visually-hidden">{t("status.label")}: </span>
        {t(LABELS[state])}
      </span>
      <OfflineStatus connectivity={state} />
    </>
  );
}
