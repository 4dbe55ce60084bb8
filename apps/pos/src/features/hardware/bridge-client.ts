"use client";

import { useEffect, useState } from "react";
import type { ReceiptDoc } from "./receipt-doc";

// The till talks to the hardware through the local bridge (apps/pos/bridge) on this machine. Its address is a device
// setting (localStorage "o2o.pos.bridge"), default http://127.0.0.1:9120.

const STORAGE_KEY = "o2o.pos.bridge";
const DEFAULT_BRIDGE = "http://127.0.0.1:9120";
const TIMEOUT_MS = 8_000;

export type BridgeStatus = {
  /** checking before the first answer. */
  bridge: "up" | "down" | "checking";
  printer: "ready" | "unreachable" | "unknown";
  /** The printer's host:port as the bridge is configured. */
  printerAddress: string | null;
};

export type HardwareResult =
  | { ok: true }
  | { ok: false; code: "BRIDGE_DOWN" | "PRINTER_UNREACHABLE" | "BAD_RECEIPT" | "FAILED"; message: string };

export function bridgeUrl(): string {
  try {
    return (window.localStorage.getItem(STORAGE_KEY) || DEFAULT_BRIDGE).replace(/\/$/, "");
  } catch {
    return DEFAULT_BRIDGE;
  }
}

export function setBridgeUrl(url: string | null): void {
  try {
    if (url) window.localStorage.setItem(STORAGE_KEY, url);
    else window.localStorage.removeItem(STORAGE_KEY);
  } catch {
    // Private mode: the default applies.
  }
}

async function post(path: string, body: unknown): Promise<HardwareResult> {
  let response: Response;
  try {
    response = await fetch(`${bridgeUrl()}${path}`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(body),
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
  } catch (error) {
    return { ok: false, code: "BRIDGE_DOWN", message: error instanceof Error ? error.message : String(error) };
  }
  if (response.ok) return { ok: true };
  const answer = (await response.json().catch(() => ({}))) as { code?: string; message?: string };
  const code = answer.code === "PRINTER_UNREACHABLE" || answer.code === "BAD_RECEIPT" ? answer.code : "FAILED";
  return { ok: false, code, message: answer.message ?? `HTTP ${response.status}` };
}

/** Prints a receipt; `openDrawer` kicks the cash drawer in the same job (cash sales). */
export function printReceipt(receipt: ReceiptDoc, options: { openDrawer?: boolean } = {}): Promise<HardwareResult> {
  return post("/print", { receipt, openDrawer: options.openDrawer === true });
}

/** Opens the cash drawer (ESC p through the receipt printer). */
export function openDrawer(): Promise<HardwareResult> {
  return post("/drawer", {});
}

export async function fetchBridgeStatus(): Promise<BridgeStatus> {
  try {
    const response = await fetch(`${bridgeUrl()}/status`, { cache: "no-store", signal: AbortSignal.timeout(4_000) });
    const body = (await response.json()) as { printer?: { reachable?: boolean; host?: string; port?: number } };
    return {
      bridge: "up",
      printer: body.printer?.reachable ? "ready" : "unreachable",
      printerAddress: body.printer?.host ? `${body.printer.host}:${body.printer.port ?? 9100}` : null,
    };
  } catch {
    return { bridge: "down", printer: "unknown", printerAddress: null };
  }
}

/** The bridge and printer state, polled every `intervalMs`. */
export function useBridgeStatus(intervalMs = 15_000): BridgeStatus {
  const [status, setStatus] = useState<BridgeStatus>({ bridge: "checking", printer: "unknown", printerAddress: null });
  useEffect(() => {
    let active = true;
    const check = async () => {
      const next = await fetchBridgeStatus();
      if (active) setStatus(next);
    };
    void check();
    const timer = setInterval(() => void check(), intervalMs);
    return () => {
      active = false;
      clearInterval(timer);
    };
  }, [intervalMs]);
  return status;
}
