"use client";

import { useEffect, useRef } from "react";
import { DEFAULT_WEDGE_CONFIG, feedWedge, INITIAL_WEDGE_STATE, type WedgeConfig } from "./wedge-detector";

/** Mark the one input that takes scans (the product search): keystrokes there are still watched for scans. */
export const SCAN_FIELD_PROPS = { "data-scan-field": "" } as const;

// Keystrokes typed into any other field (a quantity, a note, a login form) belong to that field, not the scanner.
function watches(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return true;
  if (target.closest("[data-scan-field]")) return true;
  const editable =
    target.isContentEditable ||
    target instanceof HTMLInputElement ||
    target instanceof HTMLTextAreaElement ||
    target instanceof HTMLSelectElement;
  return !editable;
}

/**
 * Listens for keyboard-wedge barcode scans anywhere on the page and calls `onScan(code)`. The Enter that ends a scan is
 * swallowed, so it does not also submit a form or press a focused button.
 */
export function useWedgeScanner(onScan: (code: string) => void, options: { enabled?: boolean; config?: WedgeConfig } = {}): void {
  const { enabled = true, config = DEFAULT_WEDGE_CONFIG } = options;
  const onScanRef = useRef(onScan);
  useEffect(() => {
    onScanRef.current = onScan;
  }, [onScan]);

  useEffect(() => {
    if (!enabled) return;
    let state = INITIAL_WEDGE_STATE;
    const onKeyDown = (event: KeyboardEvent) => {
      // Chinese IME composition produces keys too; they are never a scan.
      if (event.isComposing) return;
      if (!watches(event.target)) {
        state = INITIAL_WEDGE_STATE;
        return;
      }
      const step = feedWedge(
        state,
        { key: event.key, at: event.timeStamp, ctrlKey: event.ctrlKey, altKey: event.altKey, metaKey: event.metaKey },
        config,
      );
      state = step.state;
      if (step.scan !== null) {
        event.preventDefault();
        event.stopPropagation();
        onScanRef.current(step.scan);
      }
    };
    // Capture phase: see the keys before any focused control handles them.
    window.addEventListener("keydown", onKeyDown, true);
    return () => window.removeEventListener("keydown", onKeyDown, true);
  }, [enabled, config]);
}
