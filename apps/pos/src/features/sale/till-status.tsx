"use client";

import { useT } from "@o2o/client";
import type { PosShiftFragment } from "@o2o/schema";
import { useState } from "react";
import { ConfirmDialog } from "../../components/confirm-dialog";
import { SELLING_KEYS } from "../keyboard/shortcuts";
import { openCustomerDisplay } from "../hardware/customer-display";
import { KeyHint } from "../keyboard/key-hint";
import { StatusBar } from "../till/status-bar";
import type { TillSelection } from "../till/till-selection";
import { PrinterBadge } from "./printer-badge";
import { setTrainingMode } from "./training-mode";

/** The selling screen's top bar: the till, the open shift (F10 for X/Z), training mode and kiosk mode. */
export function TillStatus({
  till,
  shift,
  training,
  onShift,
}: {
  till: TillSelection;
  shift: PosShiftFragment;
  training: boolean;
  onShift: () => void;
}) {
  const t = useT();
  const [confirmTraining, setConfirmTraining] = useState(false);
  const since = new Date(shift.openedAt).toLocaleTimeString([], { hour: "2-digit", minute: "2-digit" });
  return (
    <>
      <StatusBar till={till}>
        {training ? (
          <span className="training-badge" role="status">
            {t("training.badge")}
          </span>
        ) : null}
        <PrinterBadge />
        <button type="button" className="pos-btn pos-btn-ghost" onClick={onShift} aria-keyshortcuts={SELLING_KEYS.shift}>
          <KeyHint shortcut={SELLING_KEYS.shift} />
          {t("shift.since", { time: since })}
        </button>
        <button type="button" className="pos-btn pos-btn-ghost" aria-pressed={training} onClick={() => setConfirmTraining(true)}>
          {t(training ? "training.leave" : "training.enter")}
        </button>
        <button type="button" className="pos-btn pos-btn-ghost" onClick={openCustomerDisplay} aria-label={t("display.openLabel")}>
          {t("display.open")}
        </button>
        <a className="pos-btn pos-btn-ghost" href="/kiosk">
          {t("kiosk.enter")}
        </a>
      </StatusBar>
      {confirmTraining ? (
        <ConfirmDialog
          title={t(training ? "training.leaveTitle" : "training.enterTitle")}
          confirmLabel={t(training ? "training.leave" : "training.enter")}
          onConfirm={() => {
            setTrainingMode(!training);
            setConfirmTraining(false);
          }}
          onCancel={() => setConfirmTraining(false)}
        >
          <p>{t(training ? "training.leaveBody" : "training.enterBody")}</p>
        </ConfirmDialog>
      ) : null}
    </>
  );
}
