"use client";

import { useEffect, useState } from "react";

// The customer-facing display: a second window of the till (route /display, on the second screen) that shows the cart
// and the total. The till publishes its state on a BroadcastChannel; the display only listens.

const CHANNEL = "o2o-pos-customer-display";

export type DisplayLine = { name: string; detail: string | null; quantity: number; unitPrice: number; lineTotal: number };

export type DisplayState =
  | { kind: "idle"; storeName: string }
  | {
      kind: "cart";
      storeName: string;
      lines: DisplayLine[];
      subtotal: number;
      discountTotal: number;
      total: number;
      memberName: string | null;
    }
  | { kind: "paid"; storeName: string; total: number; change: number };

let channel: BroadcastChannel | null = null;
let last: DisplayState | null = null;

function open(): BroadcastChannel | null {
  if (typeof BroadcastChannel === "undefined") return null;
  channel ??= new BroadcastChannel(CHANNEL);
  return channel;
}

/** Shows this state on the customer display (if one is open); a display opened later asks for the latest. */
export function publishDisplay(state: DisplayState): void {
  last = state;
  const ch = open();
  if (!ch) return;
  ch.onmessage = (event: MessageEvent<{ type?: string }>) => {
    if (event.data?.type === "hello" && last) ch.postMessage({ type: "state", state: last });
  };
  ch.postMessage({ type: "state", state });
}

/** Opens the customer display in its own window (drag it to the second screen, F11 for full screen). */
export function openCustomerDisplay(): void {
  window.open("/display", "o2o-customer-display", "popup,width=1024,height=768");
}

/** The state the till last published; null until it answers. */
export function useDisplayState(): DisplayState | null {
  const [state, setState] = useState<DisplayState | null>(null);
  useEffect(() => {
    if (typeof BroadcastChannel === "undefined") return;
    const ch = new BroadcastChannel(CHANNEL);
    ch.onmessage = (event: MessageEvent<{ type?: string; state?: DisplayState }>) => {
      if (event.data?.type === "state" && event.data.state) setState(event.data.state);
    };
    ch.postMessage({ type: "hello" });
    return () => ch.close();
  }, []);
  return state;
}
