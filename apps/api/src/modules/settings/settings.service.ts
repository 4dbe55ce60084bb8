import {
  type LanguageSettings,
  languageProblems,
  type PaymentMethodSettings,
  paymentMethodProblems,
  RECEIPT_LIMITS,
  type ReceiptTemplate,
  receiptLineProblems,
  receiptTemplateProblems,
  type SettingsProblem,
} from "@o2o/domain";
import type { RequestAudit } from "../../audit/request-audit.ts";
import type { Db } from "../../db/client.ts";
import type { Prisma } from "../../generated/prisma/client.ts";
import { badInput, notFound } from "../../errors/api-errors.ts";
import { type MerchantSettings, parseMerchantSettings, parseStoreReceiptHeader, SETTINGS_KEYS } from "../checkout/merchant-settings.ts";
import type { PricingReferenceCache } from "../checkout/pricing-reference.ts";
import type { LanguageSettingsInput, PaymentSettingsInput, ReceiptTemplateInput } from "./settings.types.ts";

type Section = keyof typeof SETTINGS_KEYS;

/** Refuses a change with every problem found, as field errors (nothing is written). */
function refuse(problems: SettingsProblem[]): void {
  if (problems.length === 0) return;
  throw badInput(
    problems.map((p) => p.message).join(" "),
    problems.map((p) => ({ field: p.field, message: p.message, constraint: p.code })),
  );
}

/**
 * Receipt template, payment methods and languages, stored in Merchant.settings under their own keys (read through the
 * one parser, parseMerchantSettings) and a store's receipt header in Store.settings. A write takes effect for sales in
 * this instance at once (the pricing reference is dropped) and in others within the reference's few seconds.
 */
export class SettingsService {
  constructor(
    private readonly db: Db,
    private readonly references: PricingReferenceCache,
  ) {}

  async read(merchantId: string): Promise<MerchantSettings> {
    return (await this.references.get(merchantId)).settings;
  }

  async updateReceipt(merchantId: string, input: ReceiptTemplateInput, audit: RequestAudit): Promise<ReceiptTemplate> {
    const template = {
      ...input,
      headerLines: input.headerLines.map((l) => l.trim()),
      footerLines: input.footerLines.map((l) => l.trim()),
    } as ReceiptTemplate;
    refuse(receiptTemplateProblems(template));
    // Narrower paper must still fit every store's own header.
    const stores = await this.db.store.findMany({
      where: { merchantId },
      select: { code: true, settings: true },
      orderBy: { code: "asc" },
    });
    refuse(
      stores.flatMap((s) =>
        receiptLineProblems("paperWidth", parseStoreReceiptHeader(s.settings) ?? [], template.paperWidth, RECEIPT_LIMITS.headerLines).map(
          (p) => ({ ...p, field: "paperWidth", message: `Store ${s.code}'s own header: ${p.message}` }),
        ),
      ),
    );
    return this.write(merchantId, "receipt", template, audit);
  }

  async updatePayments(merchantId: string, input: PaymentSettingsInput, audit: RequestAudit): Promise<PaymentMethodSettings> {
    refuse(paymentMethodProblems(input));
    return this.write(
      merchantId,
      "payments",
      { tillTenders: input.tillTenders, onlineWallets: input.onlineWallets } as PaymentMethodSettings,
      audit,
    );
  }

  async updateLanguages(merchantId: string, input: LanguageSettingsInput, audit: RequestAudit): Promise<LanguageSettings> {
    refuse(languageProblems(input));
    const { enabledLocales, storefrontLocale, tillLocale } = input;
    return this.write(merchantId, "languages", { enabledLocales, storefrontLocale, tillLocale } as LanguageSettings, audit);
  }

  /** Sets a store's own receipt header lines, or with null goes back to the merchant's. */
  async setStoreReceiptHeader(merchantId: string, storeId: string, lines: string[] | null, audit: RequestAudit) {
    const headerLines = lines?.map((l) => l.trim()) ?? null;
    const { receipt } = await this.read(merchantId);
    if (headerLines) refuse(receiptLineProblems("headerLines", headerLines, receipt.paperWidth, RECEIPT_LIMITS.headerLines));
    const store = await this.db.$transaction(async (tx) => {
      const [row] = await tx.$queryRawUnsafe<{ settings: unknown }[]>(
        `SELECT settings FROM "Store" WHERE id = $1 AND "merchantId" = $2 FOR UPDATE`,
        storeId,
        merchantId,
      );
      if (!row) throw notFound("Store", storeId);
      const before = parseStoreReceiptHeader(row.settings);
      // The older single-string header goes: headerLines replaces it.
      const {
        header: _old,
        headerLines: _lines,
        ...rest
      } = ((row.settings as { receipt?: Record<string, unknown> } | null)?.receipt ?? {}) as Record<string, unknown>;
      const next = headerLines ? { ...rest, headerLines } : rest;
      const updated = await tx.store.update({
        where: { id: storeId },
        data: { settings: { ...((row.settings as object | null) ?? {}), receipt: next } as Prisma.InputJsonObject },
      });
      await audit.record(tx, {
        action: "store.receipt_header",
        entityType: "Store",
        entityId: storeId,
        storeId,
        before: { headerLines: before },
        after: { headerLines },
      });
      return updated;
    });
    return store;
  }

  private async write<T extends MerchantSettings[Section]>(
    merchantId: string,
    section: Section,
    value: T,
    audit: RequestAudit,
  ): Promise<T> {
    const key = SETTINGS_KEYS[section];
    await this.db.$transaction(async (tx) => {
      const [row] = await tx.$queryRawUnsafe<{ settings: unknown }[]>(
        `SELECT settings FROM "Merchant" WHERE id = $1 FOR UPDATE`,
        merchantId,
      );
      if (!row) throw notFound("Merchant", merchantId);
      // One key replaced in the JSON: the other settings (points, rounding, marketing, ...) stay as they are.
      await tx.$executeRawUnsafe(
        `UPDATE "Merchant" SET "updatedAt" = now(), settings = settings || jsonb_build_object($2::text, $3::jsonb) WHERE id = $1`,
        merchantId,
        key,
        JSON.stringify(value),
      );
      await audit.record(tx, {
        action: `settings.${section}`,
        entityType: "Merchant",
        entityId: merchantId,
        before: parseMerchantSettings(row.settings)[section],
        after: value,
      });
    });
    this.references.invalidate(merchantId);
    return value;
  }
}
