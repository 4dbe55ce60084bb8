"use client";

import { healthUrl } from "@o2o/client";
import { useEffect, useState } from "react";

export type Connectivity = "online" | "offline" | "api-down" | "checking";

const HEALTH_TIMEOUT_MS = 5_000;

/**
 * Online when the browser has a network and the API's /healthz answers. The browser's own flag only knows about the
 * local link, so the API is polled too (every `intervalMs`, and at once when the network comes back).
 */
export function useConnectivity(intervalMs = 10_000): Connectivity {
  const [browserOnline, setBrowserOnline] = useState(true);
  const [api, setApi] = useState<"up" | "down" | "unknown">("unknown");

  useEffect(() => {
    let active = true;
    let latest = 0;
    const check = async () => {
      const mine = ++latest;
      let up = false;
      try {
        const response = await fetch(healthUrl(), { cache: "no-store", signal: AbortSignal.timeout(HEALTH_TIMEOUT_MS) });
        up = response.ok;
      } catch {
        up = false;
      }
      // Only the newest check may write: a slow, stale answer must not overwrite a fresher one.
      if (active && mine === latest) setApi(up ? "up" : "down");
    };
    const onOnline = () => {
      setBrowserOnline(true);
      void check();
    };
    const onOffline = () => setBrowserOnline(false);

    setBrowserOnline(navigator.onLine);
    window.addEventListener("online", onOnline);
    window.addEventListener("offline", onOffline);
    void check();
    const timer = setInterval(() => void check(), intervalMs);
    return () => {
      active = false;
      clearInterval(timer);
      window.removeEventListener("online", onOnline);
      window.removeEventListener("offline", onOffline);
    };
  }, [intervalMs]);

  if (!browserOnline) return "offline";
  if (api === "unknown") return "checking";
  return api === "up" ? "online" : "api-down";
}
