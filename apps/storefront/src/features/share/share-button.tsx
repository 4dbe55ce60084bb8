"use client";

import { useSession, useT } from "@o2o/client";
import { ShopProfileDocument } from "@o2o/schema";
import { useState } from "react";
import { useQuery } from "urql";
import { shareLink } from "./referral";

/** Shares the product link; a member's link carries their referral code, recorded on orders it leads to. */
export function ShareButton({ productId, title }: { productId: string; title: string }) {
  const t = useT();
  const session = useSession();
  const [{ data }] = useQuery({ query: ShopProfileDocument, pause: !session });
  const [status, setStatus] = useState<"idle" | "copied" | "failed">("idle");
  const [link, setLink] = useState<string | null>(null);

  async function share() {
    const url = shareLink(window.location.origin, productId, data?.myProfile.referralCode ?? null);
    setLink(url);
    try {
      if (typeof navigator.share === "function") {
        await navigator.share({ title, url });
        return;
      }
      await navigator.clipboard.writeText(url);
      setStatus("copied");
    } catch {
      setStatus("failed");
    }
  }

  return (
    <div className="share">
      <button type="button" className="btn btn-outline btn-small" onClick={share}>
        {t("share.button")}
      </button>
      <p className="share-status" role="status">
        {status === "copied" ? t("share.copied") : null}
        {status === "failed" && link ? (
          <>
            {t("share.copyManually")} <span className="mono">{link}</span>
          </>
        ) : null}
      </p>
      {session && data ? <p className="fine-print">{t("share.referralHint")}</p> : null}
    </div>
  );
}
