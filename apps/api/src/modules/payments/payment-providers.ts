import type { Tender } from "@o2o/domain";
import type { PaymentProvider, RefundResult } from "./payment-provider.ts";
import { WalletSimulator } from "./wallet-simulator.ts";

/** Tenders settled at the till with no outside system: cash in the drawer, card on a standalone terminal. */
class LocalTender implements PaymentProvider {
  constructor(
    readonly name: string,
    readonly tender: Tender,
  ) {}
  async refund(req: { providerReference: string; refundNo: string }): Promise<RefundResult> {
    return { ok: true, providerReference: `${req.providerReference || this.name}-R-${req.refundNo}` };
  }
}

/** The providers of each tender. Real adapters replace the simulators here without touching callers. */
export class PaymentProviders {
  readonly wechat: WalletSimulator;
  readonly alipay: WalletSimulator;
  private readonly byTender: Map<Tender, PaymentProvider>;

  constructor(secret: string) {
    this.wechat = new WalletSimulator("WECHAT_PAY", secret);
    this.alipay = new WalletSimulator("ALIPAY", secret);
    this.byTender = new Map<Tender, PaymentProvider>([
      ["CASH", new LocalTender("cash", "CASH")],
      ["CARD", new LocalTender("card-terminal", "CARD")],
      ["WECHAT_PAY", this.wechat],
      ["ALIPAY", this.alipay],
      ["POINTS", new LocalTender("points", "POINTS")],
      ["STORE_CREDIT", new LocalTender("store-credit", "STORE_CREDIT")],
      ["VOUCHER", new LocalTender("voucher", "VOUCHER")],
    ]);
  }

  for(tender: Tender): PaymentProvider {
    const provider = this.byTender.get(tender);
    if (!provider) throw new Error(`no payment provider for ${tender}`);
    return provider;
  }

  byName(name: string): PaymentProvider | undefined {
    return [...this.byTender.values()].find((p) => p.name === name);
  }
}
