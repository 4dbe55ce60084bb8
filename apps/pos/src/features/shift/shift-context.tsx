"use client";

import type { PosShiftFragment } from "@o2o/schema";
import { createContext, type ReactNode, useContext } from "react";

type ShiftContextValue = { shift: PosShiftFragment; onClosed: () => void };

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
