"use client";

import { useLocale, useT } from "@o2o/client";
import { PosReportUnknownBarcodeDocument } from "@o2o/schema";
import { useRouter } from "next/navigation";
import { type Dispatch, useCallback } from "react";
import { useClient } from "urql";
import { lineOfItem } from "../catalog/product-panel";
import { lookupMember } from "../member/member-lookup";
import { lookupBarcode } from "../offline/catalog-cache";
import { classifyScan, couldBeCoupon } from "../scanner/scan-router";
import { useWedgeScanner } from "../scanner/use-wedge-scanner";
import { playSound } from "../sound/tones";
import type { DraftAction } from "./sale-draft";

export type Notice = { tone: "ok" | "warn"; text: string };

/**
 * Everything the scanner reads on the selling screen, wherever the focus is: items go into the sale, member QR codes
 * and phone numbers attach the member, coupon codes go on the sale, a receipt opens the return. A good scan beeps;
 * anything unknown sounds the error tone and says so.
 */
export function useTillScans({
  enabled,
  dispatch,
  notify,
  onItemScanned,
  kiosk = false,
  till,
}: {
  enabled: boolean;
  /** Where unknown codes are reported (the exception log managers read). */
  till: { storeId: string; registerId: string } | null | undefined;
  /** Self-checkout: receipts are not the shopper's to scan here. */
  kiosk?: boolean;
  dispatch: Dispatch<DraftAction>;
  notify: (notice: Notice) => void;
  onItemScanned?: (code: string) => void;
}) {
  const t = useT();
  const locale = useLocale();
  const client = useClient();
  const router = useRouter();

  const fail = useCallback(
    (text: string) => {
      playSound("error");
      notify({ tone: "warn", text });
    },
    [notify],
  );

  const onScan = useCallback(
    async (code: string) => {
      const kind = classifyScan(code);
      try {
        if (kind.kind === "member-id" || kind.kind === "member-phone") {
          const found = await lookupMember(client, kind.kind === "member-id" ? { id: kind.memberId } : { phone: kind.phone }, locale);
          if (!found.ok) return fail(found.message ?? t("error.network"));
          const member = found.member;
          if (!member) return fail(t("member.notFound", { phone: code }));
          dispatch({ type: "setMember", member });
          playSound("scan");
          return notify({
            tone: "ok",
            text: t("member.attached", { name: member.name ?? member.maskedPhone, tier: member.tierName ?? "" }),
          });
        }
        if (kind.kind === "coupon") {
          dispatch({ type: "addCoupon", code: kind.code });
          playSound("scan");
          return notify({ tone: "ok", text: t("coupon.added", { code: kind.code }) });
        }
        if (kind.kind === "receipt" && !kiosk) {
          playSound("scan");
          return router.push(`/returns?order=${encodeURIComponent(kind.orderNumber)}`);
        }
        if (kind.kind === "payment-code") return fail(t("pay.openPaymentFirst"));
        const item = await lookupBarcode(kind.kind === "receipt" ? kind.orderNumber : kind.code);
        if (item && !item.sellable) return fail(t("till.notSellable", { name: item.productName }));
        if (item) {
          dispatch({ type: "add", line: lineOfItem(item) });
          onItemScanned?.(code);
          playSound("scan");
          return notify({ tone: "ok", text: t("till.scanned", { name: `${item.productName} ${item.variantName}`.trim() }) });
        }
        if (kind.kind === "item" && couldBeCoupon(kind.code)) {
          dispatch({ type: "addCoupon", code: kind.code });
          playSound("scan");
          return notify({ tone: "ok", text: t("coupon.added", { code: kind.code.toUpperCase() }) });
        }
        fail(t("till.scanNotFound", { code }));
        if (till) {
          const input = { storeId: till.storeId, registerId: till.registerId, code: code.slice(0, 64) };
          void client.mutation(PosReportUnknownBarcodeDocument, { input }).toPromise();
        }
      } catch {
        fail(t("error.network"));
      }
    },
    [client, dispatch, fail, kiosk, locale, notify, onItemScanned, router, t, till],
  );

  useWedgeScanner(onScan, { enabled });
  return onScan;
}
