"use client";

import { useEffect } from "react";
import { normaliseReferralCode, rememberReferral } from "./referral";

/** Remembers the ?ref= code of a share link the shopper opened, whatever page it points to. */
export function ReferralCapture() {
  useEffect(() => {
    const code = normaliseReferralCode(new URLSearchParams(window.location.search).get("ref"));
    if (code) rememberReferral(code);
  }, []);
  return null;
}
