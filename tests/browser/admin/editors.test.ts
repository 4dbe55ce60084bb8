// The console's editors: a custom role created and assigned, a member tier price, a campaign, a member event with its
// sign-ups, and a member's coupons and tickets on their profile — each through the UI, checked in the database.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { type BrowserEnv, startBrowserEnv } from "../harness.ts";
import { open, signIn } from "./admin-helpers.ts";

/** A datetime-local value `days` from now at `hour`:00 China time (the console reads these inputs as China time). */
function chinaDay(days: number, hour: number): string {
  const date = new Date(Date.now() + days * 86_400_000 + 8 * 3_600_000).toISOString().slice(0, 10);
  return `${date}T${String(hour).padStart(2, "0")}:00`;
}

describe("admin editors", () => {
  let h: BrowserEnv;
  let page: Page;
  beforeAll(async () => {
    h = await startBrowserEnv({ apps: ["admin"] });
    page = await h.newPage({ viewport: { width: 1366, height: 900 } });
    await signIn(h, page, "owner");
  });
  afterAll(async () => {
    await page?.context().close();
    await h?.close();
  });

  it("the owner creates a custom role and assigns it to a clerk in Shanghai", async () => {
    await open(h, page, "/staff");
    const form = page.getByRole("form", { name: "新建角色" });
    await form.getByLabel("角色编码").fill("price_clerk");
    await form.getByLabel("角色名称").fill("调价员");
    await form.getByLabel("查看商品").check();
    await form.getByLabel("设置价格").check();
    await form.getByRole("button", { name: "创建角色" }).click();
    await page.getByText("已创建角色“调价员”").waitFor();

    const row = page.getByRole("row", { name: /刘洋/ });
    await row.getByLabel("刘洋 的新角色").selectOption({ label: "调价员" });
    await row.getByLabel("门店").selectOption({ label: "上海南京路店" });
    await row.getByRole("button", { name: "分配" }).click();
    await row.getByRole("listitem").filter({ hasText: "调价员" }).waitFor();

    const role = await h.env.db.role.findFirstOrThrow({ where: { code: "price_clerk" } });
    expect(role).toMatchObject({ name: "调价员", system: false, permissions: ["catalog:read", "price:write"] });
    const clerk = await h.env.db.staffUser.findUniqueOrThrow({ where: { username: "clerk.wh" } });
    expect(
      await h.env.db.staffAssignment.count({ where: { staffId: clerk.id, roleId: role.id, storeId: h.env.demo.storeIds.shanghai } }),
    ).toBe(1);

    await page.evaluate(() => {
      document.getElementById("roles-title")?.scrollIntoView({ block: "start" });
      window.scrollBy(0, -80);
    });
    await h.screenshot(page, "admin-roles");
    expect(h.pageErrors).toEqual([]);
  });

  it("sets a gold member price on a variant, and removes it again", async () => {
    const variant = await h.env.db.variant.findFirstOrThrow({
      where: { status: "ACTIVE", product: { status: "ACTIVE" }, tierPrices: { none: {} }, basePrice: { gt: 2000 } },
      orderBy: { sku: "asc" },
    });
    await open(h, page, `/catalog/${variant.productId}`);
    await page
      .getByRole("row", { name: new RegExp(variant.sku) })
      .getByRole("button", { name: "查看价格" })
      .click();
    const gold = page.getByRole("form", { name: "设置金卡会员价" });
    await gold.getByLabel("金卡新会员价（元）").fill("19.90");
    await gold.getByRole("button", { name: "设置" }).click();
    const table = page.getByRole("table", { name: "会员等级价" });
    await table.getByRole("row", { name: /金卡/ }).getByText("¥19.90").waitFor();
    const tier = await h.env.db.memberTier.findFirstOrThrow({ where: { code: "GOLD" } });
    expect(await h.env.db.tierPrice.findMany({ where: { variantId: variant.id }, select: { tierId: true, price: true } })).toEqual([
      { tierId: tier.id, price: 1990 },
    ]);

    await gold.getByRole("button", { name: "移除" }).click();
    await page.getByRole("dialog").getByRole("button", { name: "确认" }).click();
    await table.getByRole("row", { name: /金卡/ }).getByText("未设置").waitFor();
    expect(await h.env.db.tierPrice.count({ where: { variantId: variant.id } })).toBe(0);
    expect(h.pageErrors).toEqual([]);
  });

  it("creates a campaign grouping a promotion, then edits it", async () => {
    await open(h, page, "/marketing/campaigns");
    const form = page.getByRole("form", { name: "新建营销活动" });
    await form.getByLabel("活动名称").fill("春季焕新季");
    await form.getByLabel("活动说明").fill("春装上新，会员专享满减。");
    await form.getByLabel("横幅图片地址").fill("/images/campaigns/spring.svg");
    await form.getByLabel("开始时间").fill(chinaDay(1, 10));
    await form.getByLabel("结束时间").fill(chinaDay(15, 22));
    await form.getByLabel("状态").selectOption({ label: "进行中" });
    const promotion = await h.env.db.promotion.findFirstOrThrow({ where: { status: "ACTIVE" }, orderBy: { name: "asc" } });
    await form.getByRole("group", { name: "包含的促销" }).getByLabel(promotion.name).check();
    await form.getByRole("button", { name: "创建活动" }).click();
    await page.getByText("营销活动“春季焕新季”已创建").waitFor();
    const row = page.getByRole("row", { name: /春季焕新季/ });
    await row.getByText(promotion.name).waitFor();
    const campaign = await h.env.db.campaign.findFirstOrThrow({ where: { name: "春季焕新季" }, include: { promotions: true } });
    expect(campaign).toMatchObject({ status: "ACTIVE", bannerUrl: "/images/campaigns/spring.svg" });
    expect(campaign.promotions.map((p) => p.id)).toEqual([promotion.id]);

    await row.getByRole("button", { name: "编辑营销活动 春季焕新季" }).click();
    const edit = page.getByRole("form", { name: "编辑营销活动：春季焕新季" });
    await edit.getByLabel("状态").selectOption({ label: "已暂停" });
    await edit.getByRole("button", { name: "保存" }).click();
    await page.getByText("营销活动“春季焕新季”已保存").waitFor();
    expect((await h.env.db.campaign.findUniqueOrThrow({ where: { id: campaign.id } })).status).toBe("PAUSED");
    await page.evaluate(() => window.scrollTo(0, 0));
    await h.screenshot(page, "admin-campaigns", { fullPage: true });
    expect(h.pageErrors).toEqual([]);
  });

  it("creates a member event for gold members and reads an event's sign-ups", async () => {
    await open(h, page, "/marketing/events");
    const form = page.getByRole("form", { name: "新建会员活动" });
    await form.getByLabel("活动标题").fill("金卡会员品鉴下午茶");
    await form.getByLabel("门店").selectOption({ label: "上海南京路店" });
    await form.getByLabel("名额（留空为不限）").fill("12");
    await form.getByLabel("开始时间").fill(chinaDay(3, 14));
    await form.getByLabel("结束时间").fill(chinaDay(3, 16));
    await form.getByRole("group", { name: "可报名等级" }).getByLabel("金卡").check();
    await form.getByRole("button", { name: "创建活动" }).click();
    await page.getByText("会员活动“金卡会员品鉴下午茶”已创建").waitFor();
    await page
      .getByRole("row", { name: /金卡会员品鉴下午茶/ })
      .getByText("0 / 12")
      .waitFor();
    await page
      .getByRole("row", { name: /金卡会员品鉴下午茶/ })
      .getByText(/14:00 – .*16:00/)
      .waitFor();
    expect(await form.getByLabel("活动标题").inputValue()).toBe("");
    const gold = await h.env.db.memberTier.findFirstOrThrow({ where: { code: "GOLD" } });
    expect(await h.env.db.memberEvent.findFirstOrThrow({ where: { title: "金卡会员品鉴下午茶" } })).toMatchObject({
      startsAt: new Date(`${chinaDay(3, 14)}:00+08:00`),
      capacity: 12,
      tierIds: [gold.id],
      storeId: h.env.demo.storeIds.shanghai,
      status: "ACTIVE",
    });

    await page.getByRole("button", { name: "“秋冬新品穿搭沙龙”报名名单" }).click();
    const signups = page.getByRole("table", { name: "“秋冬新品穿搭沙龙”报名名单" });
    await signups.getByRole("row").nth(2).waitFor();
    expect(await signups.getByRole("row").count()).toBe(3);
    await page.evaluate(() => window.scrollTo(0, 0));
    await h.screenshot(page, "admin-member-events", { fullPage: true });
    expect(h.pageErrors).toEqual([]);
  });

  it("a member's profile shows their coupons and tickets, and a ticket opens in the inbox", async () => {
    const phone = "13800000001";
    const member = await h.env.asMember(phone);
    await member.ok(`mutation($i: CreateTicketInput!) { createTicket(input: $i) { id } }`, {
      i: {
        subject: "积分没有到账",
        body: "昨天在南京路店消费的积分还没到账。",
        category: "MEMBERSHIP",
        storeId: h.env.demo.storeIds.shanghai,
      },
    });
    const row = await h.env.db.member.findFirstOrThrow({ where: { phone } });
    await open(h, page, `/members/${row.id}`);
    const coupons = page.getByRole("table", { name: "优惠券" });
    await coupons
      .getByRole("row", { name: /新人10元券/ })
      .getByText("可用")
      .waitFor();
    const tickets = page.getByRole("list", { name: "反馈与服务工单" });
    await tickets.getByText("昨天在南京路店消费的积分还没到账。").waitFor();
    await page.evaluate(() => window.scrollTo(0, 0));
    await h.screenshot(page, "admin-member");

    await tickets.getByRole("link", { name: "积分没有到账" }).click();
    await page.waitForURL(/\/members\/tickets\?ticket=/);
    await page.getByRole("list", { name: "对话" }).getByText("还没到账").waitFor();
    expect(h.pageErrors).toEqual([]);
  });
});
