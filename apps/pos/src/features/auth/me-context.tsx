"use client";

import type { Me } from "@o2o/client";
import { createContext, type ReactNode, useContext } from "react";

const MeContext = createContext<Me | null>(null);

export function MeProvider({ me, children }: { me: Me; children: ReactNode }) {
  return <MeContext.Provider value={me}>{children}</MeContext.Provider>;
}

/** The signed-in staff member; only inside the signed-in shell, which renders nothing until `me` is known. */
export function useMe(): Me {
  const me = useContext(MeContext);
  if (!me) throw new Error("useMe() outside <MeProvider>");
  return me;
}
