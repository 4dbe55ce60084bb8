import { computeEarnedPoints, disabledTillTender, planPointsRedemption, settleTenders, type Tender } from "@o2o/domain";
import type { RequestAudit } from "../../audit/request-audit.ts";
import { verifyPassword } from "../../auth/password.ts";
import type { StaffViewer } from "../../auth/viewer.ts";
import type { Db } from "../../db/client.ts";
import type { SqlClient } from "../../db/sql-client.ts";
import { badInput, notFound } from "../../errors/api-errors.ts";
import type { OutboxRelay } from "../../outbox/outbox-relay.ts";
import type { PaymentProviders } from "../payments/payment-providers.ts";
import type { PricedSale, SaleLineRequest, SalePricer } from "./sale-pricer.ts";
import { type ChargedTender, recordPosSale } from "./pos-sale.writer.ts";

export type PosTenderRequest = {
  tender: Extract<Tender, "CASH" | "CARD" | "WECHAT_PAY" | "ALIPAY" | "STORE_CREDIT">;
  amount: number;
  /** Card terminal approval code. */
  reference?: string | null;
  /** The shopper's WeChat Pay / Alipay payment code, scanned at the till. */
  authCode?: string | null;
};

export type PosSaleCommand = {
  clientSaleId: string;
  storeId: string;
  registerId: string;
  shiftId?: string | null;
  memberId?: string | null;
  lines: SaleLineRequest[];
  couponCodes: string[];
  tenders: PosTenderRequest[];
  pointsToRedeem: number;
  approval?: { username: string; pin: string } | null;
  training: boolean;
  note?: string | null;
  /** A sale made while the till was offline, delivered later: priced as of soldAt, recorded at the till's total. */
  offline?: OfflineSaleFacts | null;
};

/** What the till knew when it sold offline; see docs/adr/0007-pos-offline-sync.md. */
export type OfflineSaleFacts = {
  soldAt: Date;
  /** What the till charged after points, before cash rounding, 分; negative when the till could not price it. */
  expectedTotal: number;
};

export type SaleFailure = {
  code: string;
  message: string;
  reference?: string | null;
  missing?: number | null;
  available?: number | null;
};

export type PosSaleOutcome =
  | {
      ok: true;
      orderId: string;
      replayed: boolean;
      change: number;
      /** Offline sales only: the till's total minus the server's (recorded as a MANUAL adjustment), 0 when they agree. */
      priceDifference?: number;
    }
  | ({ ok: false } & SaleFailure);

/**
 * A till sale in one call: the server prices it, checks coupons, points and tenders, charges wallet payment codes, then
 * records order, stock, payments, points and coupons in one transaction. The till's sale id makes retries safe: any
 * retry returns the first result and never charges or decrements twice.
 */
export class PosSaleService {
  constructor(
    private readonly db: Db,
    private readonly sql: SqlClient,
    private readonly pricer: SalePricer,
    private readonly payments: PaymentProviders,
    private readonly relay: OutboxRelay,
  ) {}

  async sell(viewer: StaffViewer, cmd: PosSaleCommand, audit: RequestAudit): Promise<PosSaleOutcome> {
    const at = cmd.offline?.soldAt ?? new Date();
    // The retry check, the register and the prices are read at once: a sale costs two round trips, this and its write.
    // Variants usually come from memory; the retry check reads the catalog revision, and a sale priced on an older
    // one is priced again from the database before anything is charged or written.
    const priceRequest = {
      merchantId: viewer.merchantId,
      storeId: cmd.storeId,
      channel: "POS" as const,
      memberId: cmd.memberId ?? null,
      lines: cmd.lines,
      couponCodes: cmd.couponCodes,
      at,
    };
    const pricing = this.pricer.price({ ...priceRequest, variants: "cached" });
    pricing.catch(() => undefined); // awaited below unless the sale stops first
    const [till] = await this.sql.$queryPrepared<
      {
        existingId: string | null;
        existingChange: number | null;
        code: string | null;
        shiftStatus: string | null;
        catalogRevision: string | null;
      }[]
    >(
      `SELECT o.id AS "existingId", COALESCE((SELECT SUM(p."changeGiven") FROM "Payment" p WHERE p."orderId" = o.id), 0)::int AS "existingChange",
              r.code, r."shiftStatus", (SELECT c.rev::text FROM "CatalogRevision" c WHERE c.id = 1) AS "catalogRevision"
         FROM (SELECT 1) one
         LEFT JOIN "Order" o ON o."merchantId" = $3 AND o."clientSaleId" = $5
         LEFT JOIN (SELECT s.code, (SELECT sh.status::text FROM "Shift" sh WHERE sh.id = $4 AND sh."registerId" = r.id) AS "shiftStatus"
                      FROM "Register" r JOIN "Store" s ON s.id = r."storeId"
                     WHERE r.id = $1 AND r."storeId" = $2 AND s."merchantId" = $3) r ON true`,
      cmd.registerId,
      cmd.storeId,
      viewer.merchantId,
      cmd.shiftId ?? "",
      cmd.clientSaleId,
    );
    if (till?.existingId) return { ok: true, orderId: till.existingId, replayed: true, change: Number(till.existingChange ?? 0) };
    if (!till?.code) throw notFound("Register", cmd.registerId);
    // An offline sale belongs to the shift it was rung up in, even if that shift has closed since.
    if (cmd.shiftId && till.shiftStatus !== "OPEN" && !(cmd.offline && till.shiftStatus))
      throw badInput("The shift is not open on this register.", [{ field: "shiftId", message: "not open" }]);
    const store = { code: till.code };

    let priced = await pricing;
    // Priced on an older catalog, or refused an item (memory may say "archived" for one that is on sale again).
    const stale = priced.ok
      ? priced.sale.catalog.cached && priced.sale.catalog.revision !== till.catalogRevision
      : priced.code === "ITEM_NOT_SELLABLE";
    if (stale) priced = await this.pricer.price({ ...priceRequest, variants: "fresh" });
    if (!priced.ok) {
      if (priced.code === "MEMBER_NOT_FOUND") throw notFound("Member", priced.reference);
      await this.logException(viewer, cmd.storeId, "UNKNOWN_BARCODE", priced.message, {
        reference: priced.reference,
        clientSaleId: cmd.clientSaleId,
      });
      return priced;
    }
    const sale = priced.sale;
    // Tenders the merchant switched off are refused before anything is charged. An offline sale is not: the shopper
    // paid with what the till offered when it sold (docs/settings.md).
    const disabled = cmd.offline
      ? null
      : disabledTillTender(sale.reference.settings.payments.tillTenders, [
          ...cmd.tenders.map((t) => t.tender),
          ...(cmd.pointsToRedeem > 0 ? ["POINTS"] : []),
        ]);
    if (disabled) return { ok: false, code: "TENDER_DISABLED", message: `${disabled} is not accepted at the till.`, reference: disabled };
    const rejection = this.rejections(sale);
    if (rejection !== null) return rejection;

    const approverId = await this.approval(viewer, cmd, sale);
    if (approverId !== null && typeof approverId === "object") return approverId;

    // Points pay part of the total, as a tender of their value.
    let points = { points: 0, value: 0 };
    if (cmd.pointsToRedeem > 0) {
      if (!sale.member) return { ok: false, code: "POINTS_NEED_MEMBER", message: "Points can only be redeemed for a member." };
      const plan = planPointsRedemption({
        balance: sale.member.pointsBalance,
        requestedPoints: cmd.pointsToRedeem,
        orderTotal: sale.cart.total,
        config: sale.reference.settings.redemption,
      });
      if (!plan.ok) return { ok: false, code: plan.code, message: plan.message };
      points = plan;
    }
    // Offline the shopper paid what the till computed: the order is recorded at that amount and the difference kept as
    // an adjustment (the caller logs it for the manager). A till that could not price the sale sends -1.
    const offlineDue = cmd.offline && cmd.offline.expectedTotal >= 0 ? cmd.offline.expectedTotal : null;
    const priceDifference = offlineDue === null ? 0 : offlineDue - (sale.cart.total - points.value);
    const credit = cmd.tenders.filter((t) => t.tender === "STORE_CREDIT").reduce((s, t) => s + t.amount, 0);
    if (credit > 0 && (!sale.member || sale.member.storeCreditBalance < credit)) {
      return {
        ok: false,
        code: "STORE_CREDIT_INSUFFICIENT",
        message: "Not enough store credit.",
        available: sale.member?.storeCreditBalance ?? 0,
      };
    }
    const settlement = settleTenders({
      total: sale.cart.total + priceDifference,
      tenders: [
        ...cmd.tenders.map((t) => ({ tender: t.tender, amount: t.amount })),
        ...(points.value > 0 ? [{ tender: "POINTS" as const, amount: points.value }] : []),
      ],
      cashRounding: sale.reference.settings.cashRounding,
    });
    if (!settlement.ok)
      return {
        ok: false,
        code: settlement.code,
        message: settlement.message,
        missing: "missing" in settlement ? settlement.missing : null,
      };

    const charged = await this.chargeWallets(viewer, cmd);
    if (!Array.isArray(charged)) return charged;

    const due = settlement.due;
    const earned = sale.member
      ? computeEarnedPoints({
          lines: sale.cart.lines.map((l, i) => ({
            lineId: l.lineId,
            netAmount: l.lineTotal,
            categoryIds: sale.lines[i]?.categoryIds ?? [],
          })),
          paidAmountExcludingPoints: Math.max(0, due - points.value),
          rules: { ...sale.reference.settings.earning, tierMultiplierBps: sale.member.tierMultiplierBps },
          at,
        }).points
      : 0;

    try {
      const orderId = await recordPosSale(this.sql, {
        viewer,
        cmd,
        sale,
        settlement,
        charged,
        points,
        earned,
        approverId,
        priceDifference,
        storeCode: store.code,
        at,
        audit,
      });
      this.relay.kick();
      return { ok: true, orderId, replayed: false, change: settlement.change, priceDifference };
    } catch (error) {
      await this.compensate(charged);
      const replay = await this.findExisting(viewer.merchantId, cmd.clientSaleId);
      if (replay) return replay; // lost a race with a retry of the same sale: the winner's order is the answer
      if (error instanceof SaleRejected) return { ok: false, ...error.failure };
      throw error;
    }
  }

  private async findExisting(merchantId: string, clientSaleId: string): Promise<PosSaleOutcome | null> {
    const rows = await this.sql.$queryRawUnsafe<{ id: string; change: number }[]>(
      `SELECT o.id, COALESCE((SELECT SUM(p."changeGiven") FROM "Payment" p WHERE p."orderId" = o.id), 0)::int AS change
         FROM "Order" o WHERE o."merchantId" = $1 AND o."clientSaleId" = $2`,
      merchantId,
      clientSaleId,
    );
    const order = rows[0];
    return order ? { ok: true, orderId: order.id, replayed: true, change: Number(order.change) } : null;
  }

  /** Coupons that do not apply and manual discounts that fail are reasons to stop: the cashier must fix the cart. */
  private rejections(sale: PricedSale): (SaleFailure & { ok: false }) | null {
    const unknown = sale.unknownCoupons[0];
    if (unknown) return { ok: false, code: "COUPON_NOT_FOUND", message: `No coupon with code ${unknown}.`, reference: unknown };
    for (const result of sale.cart.couponResults) {
      if (!result.ok) {
        const code = sale.coupons.find((c) => c.id === result.couponId)?.code ?? result.couponId;
        return {
          ok: false,
          code: result.code,
          message: result.message,
          reference: code,
          missing: "missing" in result ? result.missing : null,
        };
      }
    }
    for (const result of sale.cart.manualResults) {
      if (!result.ok) return { ok: false, code: result.code, message: result.message, reference: result.lineId };
    }
    return null;
  }

  /** Manual discounts and price overrides need a manager's PIN; returns the approver's id, null when none is needed. */
  private async approval(
    viewer: StaffViewer,
    cmd: PosSaleCommand,
    sale: PricedSale,
  ): Promise<string | null | (SaleFailure & { ok: false })> {
    if (sale.cart.manualResults.length === 0) return null;
    if (!cmd.approval)
      return { ok: false, code: "APPROVAL_REQUIRED", message: "A manager must approve price overrides and manual discounts." };
    const approver = await this.db.staffUser.findFirst({
      where: { username: cmd.approval.username.trim().toLowerCase(), merchantId: viewer.merchantId, status: "ACTIVE" },
      select: { id: true, pinHash: true, assignments: { select: { storeId: true, role: { select: { permissions: true } } } } },
    });
    const allowed = approver?.assignments.some(
      (a) => (a.storeId === null || a.storeId === cmd.storeId) && a.role.permissions.includes("price:override"),
    );
    if (!approver?.pinHash || !allowed || !(await verifyPassword(cmd.approval.pin, approver.pinHash))) {
      return { ok: false, code: "APPROVAL_REJECTED", message: "The approval PIN is wrong or that person may not approve overrides here." };
    }
    return approver.id;
  }

  private async chargeWallets(viewer: StaffViewer, cmd: PosSaleCommand): Promise<ChargedTender[] | (SaleFailure & { ok: false })> {
    const charged: ChargedTender[] = [];
    for (const [i, t] of cmd.tenders.entries()) {
      const provider = this.payments.for(t.tender);
      if (t.tender === "WECHAT_PAY" || t.tender === "ALIPAY") {
        if (!t.authCode) {
          await this.compensate(charged);
          return {
            ok: false,
            code: "PAYMENT_CODE_REQUIRED",
            message: `Scan the shopper's ${t.tender === "WECHAT_PAY" ? "WeChat" : "Alipay"} payment code.`,
          };
        }
        const result = await provider.chargeAuthCode?.({ outTradeNo: `${cmd.clientSaleId}-${i}`, authCode: t.authCode, amount: t.amount });
        if (!result?.ok) {
          await this.compensate(charged);
          const reason = result?.reason ?? "Payment failed.";
          await this.logException(viewer, cmd.storeId, "PAYMENT_FAILED", reason, {
            tender: t.tender,
            amount: t.amount,
            clientSaleId: cmd.clientSaleId,
          });
          return { ok: false, code: "PAYMENT_DECLINED", message: reason, reference: t.tender };
        }
        charged.push({ index: i, provider: provider.name, providerReference: result.providerReference, amount: t.amount });
      } else {
        charged.push({ index: i, provider: provider.name, providerReference: t.reference ?? null, amount: t.amount });
      }
    }
    return charged;
  }

  /** Gives back wallet charges of a sale that was not recorded. */
  private async compensate(charged: ChargedTender[]): Promise<void> {
    for (const c of charged) {
      const provider = this.payments.byName(c.provider);
      if (c.providerReference && provider?.chargeAuthCode) {
        await provider.refund({ providerReference: c.providerReference, amount: c.amount, refundNo: "VOID" }).catch(() => undefined);
      }
    }
  }

  private async logException(
    viewer: StaffViewer,
    storeId: string,
    kind: "UNKNOWN_BARCODE" | "PAYMENT_FAILED",
    message: string,
    details: object,
  ) {
    await this.db.exceptionLog.create({
      data: { merchantId: viewer.merchantId, storeId, kind, message, details, staffId: viewer.staffId },
    });
  }
}

/** Thrown inside the sale transaction to roll it back with a business failure (e.g. stock short at commit time). */
export class SaleRejected extends Error {
  constructor(readonly failure: SaleFailure) {
    super(failure.message);
  }
}
