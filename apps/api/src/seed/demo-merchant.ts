import type { ChannelType } from "../generated/prisma/client.ts";
import type { SeedContext } from "./seed-context.ts";

export type DemoStoreCode = "SH01" | "BJ01" | "WH01";

export type DemoMerchant = {
  stores: Record<DemoStoreCode, { id: string; code: DemoStoreCode; name: string; city: string }>;
  /** Register ids by store code then register code ("R1", "R2"); shops only. */
  registers: Record<"SH01" | "BJ01", { R1: string; R2: string }>;
  channels: Record<ChannelType, string>;
};

export const DEMO_MERCHANT_CODE = "demo";

export const DEMO_MERCHANT_SETTINGS = {
  points: { pointsPerYuan: 1, centsPerPoint: 1, maxRedeemShareBps: 5000 },
  cashRounding: "NONE",
  allowNegativeStockAtPos: true,
  receipt: {
    headerLines: ["鲜衣坊", "好衣好物 · 门店自提"],
    footerLines: ["7 天无理由退换，凭小票办理", "客服热线 400-820-0000"],
    showPointsBalance: true,
    showOrderQr: true,
    paperWidth: 80,
  },
  payments: { tillTenders: ["CASH", "CARD", "WECHAT_PAY", "ALIPAY", "POINTS", "STORE_CREDIT"], onlineWallets: ["WECHAT_PAY", "ALIPAY"] },
  languages: { enabledLocales: ["zh-CN", "zh-TW", "en"], storefrontLocale: "zh-CN", tillLocale: "zh-CN" },
};

const SHOP_HOURS = { mon_sun: [{ open: "10:00", close: "22:00" }] };

const STORES = [
  {
    code: "SH01",
    name: "上海南京路店",
    type: "SHOP",
    province: "上海市",
    city: "上海市",
    district: "黄浦区",
    addressLine: "南京东路 300 号 1 层",
    postalCode: "200001",
    phone: "021-63210001",
    latitude: 31.2355,
    longitude: 121.4803,
    openingHours: SHOP_HOURS,
    settings: { pickupEnabled: true },
  },
  {
    code: "BJ01",
    name: "北京三里屯店",
    type: "SHOP",
    province: "北京市",
    city: "北京市",
    district: "朝阳区",
    addressLine: "三里屯路 19 号院 5 号楼 B1",
    postalCode: "100027",
    phone: "010-64170002",
    latitude: 39.9338,
    longitude: 116.4547,
    openingHours: SHOP_HOURS,
    // Its own receipt header instead of the merchant's.
    settings: { receipt: { headerLines: ["鲜衣坊 · 三里屯", "欢迎光临 Welcome"] }, pickupEnabled: true },
  },
  {
    code: "WH01",
    name: "线上仓",
    type: "WAREHOUSE",
    province: "上海市",
    city: "上海市",
    district: "青浦区",
    addressLine: "华新镇华腾路 88 号 3 号库",
    postalCode: "201708",
    phone: "021-59790003",
    latitude: 31.2437,
    longitude: 121.1758,
    openingHours: null,
    settings: { pickupEnabled: false },
  },
] as const;

const CHANNELS: { type: ChannelType; name: string }[] = [
  { type: "POS", name: "门店收银" },
  { type: "ONLINE", name: "线上商城" },
  { type: "KIOSK", name: "自助收银机" },
  { type: "SOCIAL", name: "微信小程序 / 社群" },
];

/** The merchant, its two shops and online warehouse, two tills per shop and the four sales channels. */
export async function seedMerchant(ctx: SeedContext): Promise<{ merchant: DemoMerchant; counts: Record<string, number> }> {
  const { db, merchantId, ids } = ctx;
  await db.merchant.create({
    data: { id: merchantId, code: DEMO_MERCHANT_CODE, name: "鲜衣坊 O2O Demo", currency: "CNY", settings: DEMO_MERCHANT_SETTINGS },
  });

  const storeRows = STORES.map(({ openingHours, ...store }) => ({
    ...store,
    id: ids(),
    merchantId,
    openingHours: openingHours ?? undefined,
  }));
  const stores = await db.store.createMany({ data: storeRows });
  const byCode = Object.fromEntries(
    storeRows.map((s) => [s.code, { id: s.id, code: s.code, name: s.name, city: s.city }]),
  ) as DemoMerchant["stores"];

  const registers = {
    SH01: { R1: ids(), R2: ids() },
    BJ01: { R1: ids(), R2: ids() },
  };
  const registerRows = (["SH01", "BJ01"] as const).flatMap((code) => [
    { id: registers[code].R1, storeId: byCode[code].id, code: "R1", name: "1 号收银台" },
    { id: registers[code].R2, storeId: byCode[code].id, code: "R2", name: "2 号收银台" },
  ]);
  const registerCount = await db.register.createMany({ data: registerRows });

  const channelRows = CHANNELS.map((c) => ({ id: ids(), merchantId, ...c }));
  const channelCount = await db.salesChannel.createMany({ data: channelRows });
  const channels = Object.fromEntries(channelRows.map((c) => [c.type, c.id])) as Record<ChannelType, string>;

  return {
    merchant: { stores: byCode, registers, channels },
    counts: { merchants: 1, stores: stores.count, registers: registerCount.count, salesChannels: channelCount.count },
  };
}
