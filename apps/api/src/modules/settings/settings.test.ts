import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { TestClient } from "../../../test/graphql-client.ts";
import { createTestEnv, type TestEnv } from "../../../test/test-env.ts";
import {
  ADD,
  CART,
  CHECKOUT,
  deliveryInput,
  type Item,
  memberClient,
  pickItems,
  setStock,
} from "../online-checkout/online-test-fixtures.ts";

const SETTINGS = `query { merchantSettings {
  receipt { headerLines footerLines showPointsBalance showOrderQr paperWidth }
  payments { tillTenders onlineWallets }
  languages { enabledLocales storefrontLocale tillLocale }
} }`;
const SHOP = `query { shopSettings { languages { enabledLocales storefrontLocale } onlineWallets } }`;
const RECEIPT = `mutation($i: ReceiptTemplateInput!) { updateReceiptTemplate(input: $i) { headerLines footerLines showPointsBalance showOrderQr paperWidth } }`;
const STORE_HEADER = `mutation($i: StoreReceiptHeaderInput!) { setStoreReceiptHeader(input: $i) { id receiptHeaderLines } }`;
const PAYMENTS = `mutation($i: PaymentSettingsInput!) { updatePaymentSettings(input: $i) { tillTenders onlineWallets } }`;
const LANGUAGES = `mutation($i: LanguageSettingsInput!) { updateLanguageSettings(input: $i) { enabledLocales storefrontLocale tillLocale } }`;
const REFERENCE = `query($s: String!) { posSnapshotReference(storeId: $s) {
  settings tillTenders languages { enabledLocales tillLocale }
  receipt { headerLines footerLines showPointsBalance showOrderQr paperWidth storeName storeAddress storePhone }
} }`;
const SALE = `mutation($i: PosSaleInput!) { createPosSale(input: $i) {
  __typename
  ... on PosSale { orderId change }
  ... on ErrorResult { code message }
  ... on TenderError { tender }
} }`;
const PAYMENT_ERROR = `mutation($i: OnlineCheckoutInput!) { checkout(input: $i) {
  __typename ... on ErrorResult { code message } ... on PaymentError { tender }
} }`;

const ALL_TENDERS = ["CASH", "CARD", "WECHAT_PAY", "ALIPAY", "POINTS", "STORE_CREDIT"];
const TEMPLATE = {
  headerLines: ["鲜衣坊", "好衣好物"],
  footerLines: ["凭小票 7 天内退换"],
  showPointsBalance: false,
  showOrderQr: true,
  paperWidth: 80,
};

let env: TestEnv;
let owner: TestClient;
let manager: TestClient;
let cashier: TestClient;
let shanghai: string;
let registerId: string;
let item: Item;

const merchantJson = async () =>
  (await env.db.merchant.findFirstOrThrow({ select: { settings: true } })).settings as Record<string, unknown>;
const auditCount = (action: string) => env.db.auditLog.count({ where: { action } });
const onHand = async (variantId: string) =>
  (await env.db.stockLevel.findUniqueOrThrow({ where: { variantId_locationId: { variantId, locationId: shanghai } } })).onHand;

beforeAll(async () => {
  env = await createTestEnv();
  [owner, manager, cashier] = await Promise.all([env.as("owner"), env.as("manager.sh"), env.as("cashier.sh")]);
  shanghai = env.demo.storeIds.shanghai;
  registerId = (await env.db.register.findFirstOrThrow({ where: { storeId: shanghai }, orderBy: { code: "asc" } })).id;
  [item] = (await pickItems(env, shanghai, 1)) as [Item];
  await setStock(env, item.variantId, shanghai, 100);
  await setStock(env, item.variantId, env.demo.storeIds.warehouse, 100);
});
afterAll(async () => {
  await env?.close();
});

describe("settings: read", () => {
  it("gives staff with store:read the seeded settings and the shop its languages and wallets; guests get only the shop's", async () => {
    const read = await cashier.ok(SETTINGS);
    expect(read.merchantSettings).toEqual({
      receipt: expect.objectContaining({
        paperWidth: 80,
        showOrderQr: true,
        footerLines: expect.arrayContaining(["7 天无理由退换，凭小票办理"]),
      }),
      payments: { tillTenders: ALL_TENDERS, onlineWallets: ["WECHAT_PAY", "ALIPAY"] },
      languages: { enabledLocales: ["zh-CN", "zh-TW", "en"], storefrontLocale: "zh-CN", tillLocale: "zh-CN" },
    });
    expect(TestClient.code(await env.anon.gql(SETTINGS))).toBe("UNAUTHENTICATED");
    expect((await env.anon.ok(SHOP)).shopSettings).toEqual({
      languages: { enabledLocales: ["zh-CN", "zh-TW", "en"], storefrontLocale: "zh-CN" },
      onlineWallets: ["WECHAT_PAY", "ALIPAY"],
    });
  });
});

describe("settings: receipt template", () => {
  it("is changed by the owner, audited, keeps the other settings, and reaches the till's snapshot with the store's details", async () => {
    const before = await merchantJson();
    const res = await owner.ok(RECEIPT, { i: { ...TEMPLATE, footerLines: ["  凭小票 7 天内退换  "] } });
    expect(res.updateReceiptTemplate).toEqual(TEMPLATE);
    const after = await merchantJson();
    expect(after.points).toEqual(before.points);
    expect(after.cashRounding).toEqual(before.cashRounding);
    expect(await auditCount("settings.receipt")).toBe(1);

    const ref = (await cashier.ok(REFERENCE, { s: shanghai })).posSnapshotReference;
    expect(ref.receipt).toMatchObject({ ...TEMPLATE, storeName: "上海南京路店", storePhone: "021-63210001" });
    expect(ref.receipt.storeAddress).toContain("南京东路 300 号");
    const bj = await owner.ok(REFERENCE, { s: env.demo.storeIds.beijing });
    expect(bj.posSnapshotReference.receipt.headerLines).toEqual(["鲜衣坊 · 三里屯", "欢迎光临 Welcome"]);
  });

  it("refuses lines that do not fit the paper, too many lines and control characters, changing nothing", async () => {
    const before = await merchantJson();
    const audits = await auditCount("settings.receipt");
    const cases: [Record<string, unknown>, string, string][] = [
      [{ paperWidth: 58, footerLines: ["退".repeat(17)] }, "footerLines.0", "LINE_TOO_WIDE"],
      [{ headerLines: ["a", "b", "c", "d", "e"] }, "headerLines", "TOO_MANY_LINES"],
      [{ footerLines: ["ok", "\u001bp\u0000"] }, "footerLines.1", "LINE_CONTROL_CHARACTER"],
      [{ footerLines: [" "] }, "footerLines.0", "LINE_EMPTY"],
    ];
    for (const [over, field, constraint] of cases) {
      const res = await owner.gql(RECEIPT, { i: { ...TEMPLATE, ...over } });
      expect(TestClient.code(res)).toBe("BAD_USER_INPUT");
      expect(res.errors?.[0]?.extensions?.fieldErrors).toContainEqual(expect.objectContaining({ field, constraint }));
    }
    expect(TestClient.code(await owner.gql(RECEIPT, { i: { ...TEMPLATE, paperWidth: 76 } }))).toBe("BAD_USER_INPUT");
    expect(await merchantJson()).toEqual(before);
    expect(await auditCount("settings.receipt")).toBe(audits);
  });

  it("lets a store print its own header, and refuses narrower paper its header does not fit", async () => {
    const wide = `${"上海南京路店".repeat(3)}欢迎`; // 40 columns: fits 80 mm, not 58 mm
    const set = await owner.ok(STORE_HEADER, { i: { storeId: shanghai, headerLines: [wide] } });
    expect(set.setStoreReceiptHeader).toEqual({ id: shanghai, receiptHeaderLines: [wide] });
    expect(await auditCount("store.receipt_header")).toBe(1);
    expect((await cashier.ok(REFERENCE, { s: shanghai })).posSnapshotReference.receipt.headerLines).toEqual([wide]);

    const narrower = await owner.gql(RECEIPT, { i: { ...TEMPLATE, paperWidth: 58 } });
    expect(TestClient.code(narrower)).toBe("BAD_USER_INPUT");
    expect(narrower.errors?.[0]?.message).toContain("SH01");
    expect((await owner.ok(SETTINGS)).merchantSettings.receipt.paperWidth).toBe(80);

    const tooWide = await owner.gql(STORE_HEADER, { i: { storeId: shanghai, headerLines: [`${wide}${wide}`] } });
    expect(tooWide.errors?.[0]?.extensions?.fieldErrors).toContainEqual(expect.objectContaining({ constraint: "LINE_TOO_WIDE" }));

    const cleared = await owner.ok(STORE_HEADER, { i: { storeId: shanghai, headerLines: null } });
    expect(cleared.setStoreReceiptHeader.receiptHeaderLines).toBeNull();
    expect((await cashier.ok(REFERENCE, { s: shanghai })).posSnapshotReference.receipt.headerLines).toEqual(TEMPLATE.headerLines);
  });

  it("is not for staff without merchant-wide store:write", async () => {
    const before = await merchantJson();
    expect(TestClient.code(await manager.gql(RECEIPT, { i: TEMPLATE }))).toBe("FORBIDDEN");
    expect(TestClient.code(await cashier.gql(STORE_HEADER, { i: { storeId: shanghai, headerLines: ["x"] } }))).toBe("FORBIDDEN");
    expect(TestClient.code(await manager.gql(PAYMENTS, { i: { tillTenders: ["CASH"], onlineWallets: ["ALIPAY"] } }))).toBe("FORBIDDEN");
    expect(TestClient.code(await manager.gql(LANGUAGES, { i: { enabledLocales: ["en"], storefrontLocale: "en", tillLocale: "en" } }))).toBe(
      "FORBIDDEN",
    );
    expect(await merchantJson()).toEqual(before);
  });
});

describe("settings: payment methods", () => {
  const sale = (tenders: object[], extra: object = {}) => ({
    clientSaleId: randomUUID(),
    storeId: shanghai,
    registerId,
    lines: [{ variantId: item.variantId, quantity: 1 }],
    tenders,
    ...extra,
  });

  it("refuses to disable cash at the till or every online wallet, changing nothing", async () => {
    const before = await merchantJson();
    const noCash = await owner.gql(PAYMENTS, { i: { tillTenders: ["CARD"], onlineWallets: ["ALIPAY"] } });
    expect(TestClient.code(noCash)).toBe("BAD_USER_INPUT");
    expect(noCash.errors?.[0]?.extensions?.fieldErrors).toContainEqual(
      expect.objectContaining({ field: "tillTenders", constraint: "CASH_REQUIRED" }),
    );
    const noWallet = await owner.gql(PAYMENTS, { i: { tillTenders: ["CASH"], onlineWallets: [] } });
    expect(noWallet.errors?.[0]?.extensions?.fieldErrors).toContainEqual(expect.objectContaining({ constraint: "ONLINE_METHOD_REQUIRED" }));
    expect(TestClient.code(await owner.gql(PAYMENTS, { i: { tillTenders: ["CASH", "VOUCHER"], onlineWallets: ["ALIPAY"] } }))).toBe(
      "BAD_USER_INPUT",
    );
    expect(await merchantJson()).toEqual(before);
  });

  it("disables Alipay and points: the till's snapshot drops them and the server refuses a sale using them, changing nothing", async () => {
    const enabled = ["CASH", "CARD", "WECHAT_PAY", "STORE_CREDIT"];
    const res = await owner.ok(PAYMENTS, { i: { tillTenders: enabled, onlineWallets: ["WECHAT_PAY"] } });
    expect(res.updatePaymentSettings).toEqual({ tillTenders: enabled, onlineWallets: ["WECHAT_PAY"] });
    expect(await auditCount("settings.payments")).toBe(1);
    expect((await cashier.ok(REFERENCE, { s: shanghai })).posSnapshotReference.tillTenders).toEqual(enabled);

    const stock = await onHand(item.variantId);
    const orders = await env.db.order.count();
    const alipay = await cashier.ok(SALE, { i: sale([{ tender: "ALIPAY", amount: item.price, authCode: "281234567890123456" }]) });
    expect(alipay.createPosSale).toMatchObject({ __typename: "TenderError", code: "TENDER_DISABLED", tender: "ALIPAY" });
    const points = await cashier.ok(SALE, { i: sale([{ tender: "CASH", amount: item.price }], { pointsToRedeem: 100 }) });
    expect(points.createPosSale).toMatchObject({ __typename: "TenderError", code: "TENDER_DISABLED", tender: "POINTS" });
    expect(await onHand(item.variantId)).toBe(stock);
    expect(await env.db.order.count()).toBe(orders);
    expect(
      await env.db.payment.count({
        where: { tender: "ALIPAY", order: { storeId: shanghai, placedAt: { gte: new Date(Date.now() - 60_000) } } },
      }),
    ).toBe(0);

    const cash = await cashier.ok(SALE, { i: sale([{ tender: "CASH", amount: item.price + 100 }]) });
    expect(cash.createPosSale).toMatchObject({ __typename: "PosSale", change: 100 });
    expect(await onHand(item.variantId)).toBe(stock - 1);
  });

  it("refuses an online checkout with a disabled wallet before anything is reserved, and offers only the enabled one", async () => {
    expect((await env.anon.ok(SHOP)).shopSettings.onlineWallets).toEqual(["WECHAT_PAY"]);
    const member = await memberClient(env, "13922229901");
    await member.ok(ADD, { v: item.variantId, q: 1 });
    const warehouse = env.demo.storeIds.warehouse;
    const level = () =>
      env.db.stockLevel.findUniqueOrThrow({ where: { variantId_locationId: { variantId: item.variantId, locationId: warehouse } } });
    const before = await level();
    const res = await member.ok(PAYMENT_ERROR, { i: deliveryInput({ paymentMethod: "ALIPAY" }) });
    expect(res.checkout).toMatchObject({ __typename: "PaymentError", code: "PAYMENT_METHOD_DISABLED", tender: "ALIPAY" });
    expect(await level()).toEqual(before);
    expect((await member.ok(CART)).cart.itemCount).toBe(1);
    const wechat = await member.ok(CHECKOUT, { i: deliveryInput({ paymentMethod: "WECHAT_PAY" }) });
    expect(wechat.checkout).toMatchObject({ __typename: "OnlineCheckout", payment: { tender: "WECHAT_PAY" } });
  });
});

describe("settings: languages", () => {
  it("sets the offered languages and the defaults; the shop and the till see them", async () => {
    const input = { enabledLocales: ["zh-CN", "en"], storefrontLocale: "en", tillLocale: "zh-CN" };
    expect((await owner.ok(LANGUAGES, { i: input })).updateLanguageSettings).toEqual(input);
    expect(await auditCount("settings.languages")).toBe(1);
    expect((await env.anon.ok(SHOP)).shopSettings.languages).toEqual({ enabledLocales: ["zh-CN", "en"], storefrontLocale: "en" });
    expect((await cashier.ok(REFERENCE, { s: shanghai })).posSnapshotReference.languages).toEqual({
      enabledLocales: ["zh-CN", "en"],
      tillLocale: "zh-CN",
    });
  });

  it("refuses a default that is not offered and unknown languages, changing nothing", async () => {
    const before = await merchantJson();
    const notOffered = await owner.gql(LANGUAGES, { i: { enabledLocales: ["zh-CN"], storefrontLocale: "en", tillLocale: "zh-CN" } });
    expect(notOffered.errors?.[0]?.extensions?.fieldErrors).toContainEqual(
      expect.objectContaining({ field: "storefrontLocale", constraint: "DEFAULT_LOCALE_NOT_OFFERED" }),
    );
    expect(TestClient.code(await owner.gql(LANGUAGES, { i: { enabledLocales: ["fr"], storefrontLocale: "fr", tillLocale: "fr" } }))).toBe(
      "BAD_USER_INPUT",
    );
    expect(TestClient.code(await owner.gql(LANGUAGES, { i: { enabledLocales: [], storefrontLocale: "en", tillLocale: "en" } }))).toBe(
      "BAD_USER_INPUT",
    );
    expect(await merchantJson()).toEqual(before);
  });
});
