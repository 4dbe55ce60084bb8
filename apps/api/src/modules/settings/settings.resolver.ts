import { Arg, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from "type-graphql";
import { authz } from "../../auth/viewer.ts";
import type { Context } from "../../context.ts";
import { parseStoreReceiptHeader } from "../checkout/merchant-settings.ts";
import { Store } from "../stores/stores.types.ts";
import {
  LanguageSettings,
  LanguageSettingsInput,
  MerchantSettings,
  PaymentSettings,
  PaymentSettingsInput,
  ReceiptTemplate,
  ReceiptTemplateInput,
  ShopSettings,
  StoreReceiptHeaderInput,
} from "./settings.types.ts";

@Resolver()
export class SettingsResolver {
  @Query(() => MerchantSettings, { description: "The merchant's receipt, payment and language settings (store:read)." })
  async merchantSettings(@Ctx() ctx: Context): Promise<MerchantSettings> {
    const { staff } = authz.require(ctx.viewer, "store:read");
    return (await ctx.services.settings.read(staff.merchantId)) as MerchantSettings;
  }

  @Query(() => ShopSettings, { description: "Languages and online wallets of the shop. Public." })
  async shopSettings(@Ctx() ctx: Context): Promise<ShopSettings> {
    const { merchantId } = await ctx.services.catalog.audienceOf(ctx.viewer);
    if (!merchantId) return { languages: { enabledLocales: ["zh-CN"], storefrontLocale: "zh-CN", tillLocale: "zh-CN" }, onlineWallets: [] };
    const settings = await ctx.services.settings.read(merchantId);
    return { languages: settings.languages, onlineWallets: settings.payments.onlineWallets } as ShopSettings;
  }

  @Mutation(() => ReceiptTemplate, {
    description: "Replaces the receipt template (merchant-wide store:write). Lines must fit the paper, every store's own header too.",
  })
  async updateReceiptTemplate(
    @Arg("input", () => ReceiptTemplateInput) input: ReceiptTemplateInput,
    @Ctx() ctx: Context,
  ): Promise<ReceiptTemplate> {
    const staff = authz.requireMerchantWide(ctx.viewer, "store:write");
    return ctx.services.settings.updateReceipt(staff.merchantId, input, ctx.audit);
  }

  @Mutation(() => Store, {
    description: "Gives a store its own receipt header lines, or (null) the merchant's again (store:write in that store).",
  })
  async setStoreReceiptHeader(
    @Arg("input", () => StoreReceiptHeaderInput) input: StoreReceiptHeaderInput,
    @Ctx() ctx: Context,
  ): Promise<Store> {
    const staff = authz.requireInStore(ctx.viewer, "store:write", input.storeId);
    return (await ctx.services.settings.setStoreReceiptHeader(
      staff.merchantId,
      input.storeId,
      input.headerLines ?? null,
      ctx.audit,
    )) as Store;
  }

  @Mutation(() => PaymentSettings, {
    description:
      "Sets the tenders the tills take and the wallets the storefront offers (merchant-wide store:write). CASH cannot be disabled.",
  })
  async updatePaymentSettings(
    @Arg("input", () => PaymentSettingsInput) input: PaymentSettingsInput,
    @Ctx() ctx: Context,
  ): Promise<PaymentSettings> {
    const staff = authz.requireMerchantWide(ctx.viewer, "store:write");
    return (await ctx.services.settings.updatePayments(staff.merchantId, input, ctx.audit)) as PaymentSettings;
  }

  @Mutation(() => LanguageSettings, {
    description: "Sets the languages offered and the defaults of the storefront and the till (merchant-wide store:write).",
  })
  async updateLanguageSettings(
    @Arg("input", () => LanguageSettingsInput) input: LanguageSettingsInput,
    @Ctx() ctx: Context,
  ): Promise<LanguageSettings> {
    const staff = authz.requireMerchantWide(ctx.viewer, "store:write");
    return ctx.services.settings.updateLanguages(staff.merchantId, input, ctx.audit);
  }
}

@Resolver(() => Store)
export class StoreReceiptResolver {
  @FieldResolver(() => [String], {
    nullable: true,
    description: "The store's own receipt header lines; null when it prints the merchant's (staff with store:read).",
  })
  receiptHeaderLines(@Root() store: Store, @Ctx() ctx: Context): string[] | null {
    authz.require(ctx.viewer, "store:read");
    return parseStoreReceiptHeader(store.settings);
  }
}
