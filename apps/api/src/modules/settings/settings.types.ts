import { ONLINE_WALLETS, PAPER_WIDTHS, SUPPORTED_LOCALES, TILL_TENDERS, type TillTender as DomainTillTender } from "@o2o/domain";
import { ArrayMaxSize, ArrayMinSize, ArrayUnique, IsBoolean, IsIn, IsInt, IsOptional, Length, MaxLength } from "class-validator";
import { Field, ID, InputType, Int, ObjectType, registerEnumType } from "type-graphql";
import { WalletPaymentMethod } from "../online-checkout/online-checkout.types.ts";

/** The domain's till tenders as a GraphQL enum (its values are the domain's strings). */
export const TillTender = Object.fromEntries(TILL_TENDERS.map((t) => [t, t])) as { [T in DomainTillTender]: T };
export type TillTender = DomainTillTender;
registerEnumType(TillTender, { name: "TillTender", description: "Tenders a merchant can enable at its tills (POINTS: redeeming points)." });

// Lines are checked against the paper's columns by the domain rule; this bound only keeps absurd input out early.
const LINE_CHARS = 48;

@ObjectType({ description: "How till receipts look. The store's name, address and phone are printed from the store." })
export class ReceiptTemplate {
  @Field(() => [String], { description: "Title lines above the store's name (a store may replace them)." }) headerLines!: string[];
  @Field(() => [String], { description: "Lines after the totals: returns policy, hotline, ..." }) footerLines!: string[];
  @Field(() => Boolean, { description: "Print the member's points balance after a member sale." }) showPointsBalance!: boolean;
  @Field(() => Boolean, { description: "Print the order number as a QR code." }) showOrderQr!: boolean;
  @Field(() => Int, { description: "58 or 80 (mm): 32 or 48 columns, a Chinese character taking two." }) paperWidth!: number;
}

@ObjectType({ description: "The receipt a till of one store prints: the merchant's template with the store's header and details." })
export class TillReceipt extends ReceiptTemplate {
  @Field(() => String) storeName!: string;
  @Field(() => String, { nullable: true }) storeAddress!: string | null;
  @Field(() => String, { nullable: true }) storePhone!: string | null;
}

@ObjectType({ description: "Which tenders the tills take and which wallets the storefront offers; the server refuses the others." })
export class PaymentSettings {
  @Field(() => [TillTender], { description: "Always includes CASH." }) tillTenders!: TillTender[];
  @Field(() => [WalletPaymentMethod]) onlineWallets!: WalletPaymentMethod[];
}

@ObjectType({ description: "Languages of the storefront and the till: zh-CN, zh-TW, en." })
export class LanguageSettings {
  @Field(() => [String], { description: "Languages shoppers and cashiers may switch to." }) enabledLocales!: string[];
  @Field(() => String, { description: "What the storefront shows a shopper who has not chosen." }) storefrontLocale!: string;
  @Field(() => String, { description: "What a till shows a cashier who has not chosen." }) tillLocale!: string;
}

@ObjectType({ description: "The merchant's receipt, payment and language settings." })
export class MerchantSettings {
  @Field(() => ReceiptTemplate) receipt!: ReceiptTemplate;
  @Field(() => PaymentSettings) payments!: PaymentSettings;
  @Field(() => LanguageSettings) languages!: LanguageSettings;
}

@ObjectType({ description: "What the storefront needs to know before the shopper signs in." })
export class ShopSettings {
  @Field(() => LanguageSettings) languages!: LanguageSettings;
  @Field(() => [WalletPaymentMethod], { description: "Wallets checkout offers." }) onlineWallets!: WalletPaymentMethod[];
}

@InputType({ description: "The whole receipt template; lines must fit the paper (32 or 48 columns, a Chinese character taking two)." })
export class ReceiptTemplateInput {
  @Field(() => [String], { description: "Up to 4 lines." }) @ArrayMaxSize(10) @MaxLength(LINE_CHARS, { each: true }) headerLines!: string[];
  @Field(() => [String], { description: "Up to 6 lines." }) @ArrayMaxSize(10) @MaxLength(LINE_CHARS, { each: true }) footerLines!: string[];
  @Field(() => Boolean) @IsBoolean() showPointsBalance!: boolean;
  @Field(() => Boolean) @IsBoolean() showOrderQr!: boolean;
  @Field(() => Int) @IsInt() @IsIn([...PAPER_WIDTHS]) paperWidth!: number;
}

@InputType({ description: "A store's own receipt header lines; null headerLines prints the merchant's." })
export class StoreReceiptHeaderInput {
  @Field(() => ID) @Length(1, 64) storeId!: string;
  @Field(() => [String], { nullable: true, description: "Up to 4 lines; null to print the merchant's header." })
  @IsOptional()
  @ArrayMaxSize(10)
  @MaxLength(LINE_CHARS, { each: true })
  headerLines?: string[] | null;
}

@InputType()
export class PaymentSettingsInput {
  @Field(() => [TillTender], { description: "Must include CASH." })
  @ArrayMaxSize(TILL_TENDERS.length)
  @ArrayUnique()
  @IsIn([...TILL_TENDERS], { each: true })
  tillTenders!: TillTender[];
  @Field(() => [WalletPaymentMethod], { description: "At least one." })
  @ArrayMaxSize(ONLINE_WALLETS.length)
  @ArrayUnique()
  @IsIn([...ONLINE_WALLETS], { each: true })
  onlineWallets!: WalletPaymentMethod[];
}

@InputType()
export class LanguageSettingsInput {
  @Field(() => [String], { description: "zh-CN, zh-TW and/or en." })
  @ArrayMinSize(1)
  @ArrayMaxSize(SUPPORTED_LOCALES.length)
  @ArrayUnique()
  @IsIn([...SUPPORTED_LOCALES], { each: true })
  enabledLocales!: string[];
  @Field(() => String) @IsIn([...SUPPORTED_LOCALES]) storefrontLocale!: string;
  @Field(() => String) @IsIn([...SUPPORTED_LOCALES]) tillLocale!: string;
}
