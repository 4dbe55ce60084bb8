"use client";

import { useEffect, useRef } from "react";
import { actionForKey, type PaymentAction, type SellingAction } from "./shortcuts";

type Handlers<A extends string> = Partial<Record<A, () => void>>;

/** Runs the handler of a function key of the layer while `enabled`; the browser's own use of the key is suppressed. */
export function useFunctionKeys(layer: "selling", handlers: Handlers<SellingAction>, enabled?: boolean): void;
export function useFunctionKeys(layer: "payment", handlers: Handlers<PaymentAction>, enabled?: boolean): void;
export function useFunctionKeys(layer: "selling" | "payment", handlers: Handlers<string>, enabled = true): void {
  const ref = useRef(handlers);
  useEffect(() => {
    ref.current = handlers;
  });
  useEffect(() => {
    if (!enabled) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.isComposing) return;
      const action = layer === "selling" ? actionForKey("selling", event) : actionForKey("payment", event);
      if (!action) return;
      // Enter belongs to buttons and forms unless nothing focusable has it.
      if (action === "confirm" && event.target instanceof HTMLElement && event.target.closest("button, a, textarea")) return;
      const handler = ref.current[action];
      if (!handler) return;
      event.preventDefault();
      handler();
    };
    window.addEventListener("keydown", onKeyDown);
    return () => window.removeEventListener("keydown", onKeyDown);
  }, [layer, enabled]);
}
