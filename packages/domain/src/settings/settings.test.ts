import { describe, expect, it } from "vitest";
import { languageProblems } from "./languages.ts";
import { disabledTillTender, paymentMethodProblems } from "./payment-methods.ts";

const codes = (problems: { field: string; code: string }[]) => problems.map(({ field, code }) => `${field}:${code}`);

describe("paymentMethodProblems", () => {
  it.each<[string, string[], string[], string[]]>([
    ["all enabled", ["CASH", "CARD", "WECHAT_PAY", "ALIPAY", "POINTS", "STORE_CREDIT"], ["WECHAT_PAY", "ALIPAY"], []],
    ["cash only, one wallet", ["CASH"], ["ALIPAY"], []],
    ["cash disabled", ["CARD"], ["ALIPAY"], ["tillTenders:CASH_REQUIRED"]],
    ["no wallet online", ["CASH"], [], ["onlineWallets:ONLINE_METHOD_REQUIRED"]],
    ["a voucher is not a till tender", ["CASH", "VOUCHER"], ["ALIPAY"], ["tillTenders.1:UNKNOWN_VALUE"]],
    ["card is not a wallet", ["CASH"], ["CARD"], ["onlineWallets.0:UNKNOWN_VALUE"]],
    ["listed twice", ["CASH", "CASH"], ["ALIPAY"], ["tillTenders.1:DUPLICATE_VALUE"]],
  ])("%s", (_name, tillTenders, onlineWallets, expected) => {
    expect(codes(paymentMethodProblems({ tillTenders, onlineWallets }))).toEqual(expected);
  });

  it("finds the first disabled tender of a sale", () => {
    expect(disabledTillTender(["CASH", "CARD"], ["CARD", "CASH"])).toBeNull();
    expect(disabledTillTender(["CASH", "CARD"], ["CASH", "ALIPAY", "POINTS"])).toBe("ALIPAY");
  });
});

describe("languageProblems", () => {
  it.each<[string, string[], string, string, string[]]>([
    ["all offered", ["zh-CN", "zh-TW", "en"], "zh-CN", "en", []],
    ["one language", ["en"], "en", "en", []],
    [
      "none offered",
      [],
      "zh-CN",
      "zh-CN",
      ["enabledLocales:LOCALE_REQUIRED", "storefrontLocale:DEFAULT_LOCALE_NOT_OFFERED", "tillLocale:DEFAULT_LOCALE_NOT_OFFERED"],
    ],
    ["default not offered", ["zh-CN"], "en", "zh-CN", ["storefrontLocale:DEFAULT_LOCALE_NOT_OFFERED"]],
    ["unknown language", ["zh-CN", "fr"], "zh-CN", "zh-CN", ["enabledLocales.1:UNKNOWN_VALUE"]],
  ])("%s", (_name, enabledLocales, storefrontLocale, tillLocale, expected) => {
    expect(codes(languageProblems({ enabledLocales, storefrontLocale, tillLocale }))).toEqual(expected);
  });
});
