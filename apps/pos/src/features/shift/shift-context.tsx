"use client";

import type { PosShiftFragment, PosShiftReportFragment } from "@o2o/schema";
import { createContext, type ReactNode, useContext } from "react";

type ShiftContextValue = {
  shift: PosShiftFragment;
  /** The shift was closed: the gate shows its Z report, then the form for the next shift. */
  onClosed: (zReport: PosShiftReportFragment) => void;
};

const ShiftContext = createContext<ShiftContextValue | null>(null);

export function ShiftProvider({ value, children }: { value: ShiftContextValue; children: ReactNode }) {
  return <ShiftContext.Provider value={value}>{children}</ShiftContext.Provider>;
}

/** The register's open shift (inside the shift gate). */
export function useShift(): ShiftContextValue {
  const value = useContext(ShiftContext);
  if (!value) throw new Error("useShift() outside <ShiftGate>");
  return value;
}
