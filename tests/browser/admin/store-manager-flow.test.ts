// A store manager's day in the console, end to end against the real API: a new product with two variants and
// barcodes, its price overridden in the manager's shop, a 满减 promotion and a coupon issued to a segment, goods
// received, a transfer shipped to Beijing and received there, an online order fulfilled to shipped, part of a sale
// refunded, and every one of those changes found again in the audit log.
//
// Roles follow the API's rules: promotions, coupons and segments need merchant-wide marketing rights (the marketing
// account), the Beijing side of the transfer needs Beijing's manager, delivery orders live in the online warehouse
// (its stock clerk ships them), and the audit rows of merchant-wide changes are the owner's to read.
import { randomUUID } from "node:crypto";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { checkedOut, pickItems, SIMULATE } from "../../../apps/api/src/modules/online-checkout/online-test-fixtures.ts";
import { type BrowserEnv, startBrowserEnv } from "../harness.ts";
import { open, signIn } from "./admin-helpers.ts";

const SALE = `mutation($i: PosSaleInput!) { createPosSale(input: $i) { __typename ... on PosSale { orderId } ... on ErrorResult { code message } } }`;

describe("a store manager's day in the admin console", () => {
  let h: BrowserEnv;
  let manager: Page;
  const tag = randomUUID().slice(0, 6).toUpperCase();
  const productName = `测试连帽卫衣 ${tag}`;
  const ids = { product: "", variantM: "", override: "", promotion: "", coupon: "", transfer: "", online: "", sale: "" };
  let storeNames: { sh: string; bj: string };

  beforeAll(async () => {
    h = await startBrowserEnv({ apps: ["admin"] });
    const [sh, bj] = await Promise.all([
      h.env.db.store.findUniqueOrThrow({ where: { id: h.env.demo.storeIds.shanghai } }),
      h.env.db.store.findUniqueOrThrow({ where: { id: h.env.demo.storeIds.beijing } }),
    ]);
    storeNames = { sh: sh.name, bj: bj.name };
    manager = await h.newPage({ viewport: { width: 1280, height: 900 } });
    await signIn(h, manager, "manager.sh");
  });
  afterAll(async () => {
    await h?.close();
  });

  async function pickVariant(scope: ReturnType<Page["locator"]> | Page, query: string, label: RegExp) {
    await scope.getByRole("searchbox", { name: label }).fill(query);
    await scope.getByRole("button", { name: new RegExp(`${productName}.*黑 M`) }).click();
  }

  it("creates a product with two variants and barcodes", async () => {
    await open(h, manager, "/catalog");
    await manager.getByRole("link", { name: "新建商品" }).click();
    await manager.getByLabel("商品名称").fill(productName);
    const first = manager.getByRole("group", { name: "规格 1" });
    await first.getByLabel("规格名称").fill("黑 M");
    await first.getByLabel("SKU").fill(`HD-${tag}-M`);
    await first.getByLabel("售价（元）").fill("199");
    await first.getByRole("button", { name: "生成店内码" }).click();
    await manager.getByRole("button", { name: "添加规格" }).click();
    const second = manager.getByRole("group", { name: "规格 2" });
    await second.getByLabel("规格名称").fill("黑 L");
    await second.getByLabel("SKU").fill(`HD-${tag}-L`);
    await second.getByLabel("售价（元）").fill("209");
    await second.getByLabel("条码").fill("4006381333931");
    await manager.evaluate(() => window.scrollTo(0, 0));
    await h.screenshot(manager, "admin-product-new", { fullPage: true });
    await manager.getByRole("button", { name: "创建商品" }).click();
    await manager.getByText("商品已创建").waitFor();

    const product = await h.env.db.product.findFirstOrThrow({
      where: { name: productName },
      include: { variants: { include: { barcodes: true } } },
    });
    ids.product = product.id;
    expect(product.variants).toHaveLength(2);
    expect(product.variants.every((v) => v.barcodes.length === 1)).toBe(true);
    ids.variantM = product.variants.find((v) => v.sku.endsWith("-M"))?.id ?? "";
    // The labels render the EAN-13 symbols as SVG.
    await manager.getByRole("img", { name: "EAN-13 4006381333931" }).waitFor();
  });

  it("overrides the price in the manager's shop", async () => {
    await manager
      .getByRole("row")
      .filter({ hasText: `HD-${tag}-M` })
      .getByRole("button", { name: "查看价格" })
      .click();
    await manager.getByRole("heading", { name: `${productName} · 黑 M 的价格` }).waitFor();
    const form = manager.getByRole("form", { name: "设置门店价" });
    await form.getByLabel("门店", { exact: true }).selectOption({ label: storeNames.sh });
    await form.getByLabel("新价格（元）").fill("179");
    await form.getByRole("button", { name: "设置门店价" }).click();
    await manager.getByText("门店价格已更新").waitFor();
    const cell = manager
      .getByRole("table", { name: "各门店、各渠道价格" })
      .locator('td[data-channel="POS"]')
      .filter({ hasText: "¥179.00" });
    await cell.first().waitFor();
    const override = await h.env.db.priceOverride.findFirstOrThrow({
      where: { variantId: ids.variantM, storeId: h.env.demo.storeIds.shanghai },
    });
    expect(override.price).toBe(17900);
    ids.override = override.id;
    await manager.evaluate(() => window.scrollTo(0, 0));
    await h.screenshot(manager, "admin-product", { fullPage: true });
  });

  it("builds a 满减 promotion with a live preview, a coupon, and issues the coupon to a segment", async () => {
    const page = await h.newPage({ viewport: { width: 1280, height: 900 } });
    await signIn(h, page, "marketing", "/marketing/promotions/new");
    await page.getByLabel("活动名称").fill(`满200减30 ${tag}`);
    await page.getByLabel("满（元）").fill("200");
    await page.getByLabel("减（元）").fill("30");
    await page.getByRole("combobox", { name: "门店" }).selectOption({ label: storeNames.sh });
    await page.getByRole("searchbox", { name: "添加样例商品" }).fill(productName);
    await page.getByRole("button", { name: new RegExp(`${productName}.*黑 M`) }).click();
    await page.getByLabel("数量").fill("2");
    const preview = page.getByTestId("promotion-preview");
    await preview.filter({ hasText: `满200减30 ${tag}` }).waitFor();
    await preview.filter({ hasText: "-¥30.00" }).waitFor();
    await page.evaluate(() => window.scrollTo(0, 0));
    await h.screenshot(page, "admin-promotion-builder", { fullPage: true });
    await page.getByRole("button", { name: "创建促销" }).click();
    await page.getByText(`促销“满200减30 ${tag}”已创建`).waitFor();
    const promotion = await h.env.db.promotion.findFirstOrThrow({ where: { name: `满200减30 ${tag}` } });
    expect(promotion).toMatchObject({ type: "SPEND_SAVE", status: "ACTIVE" });
    ids.promotion = promotion.id;

    await page.getByRole("link", { name: "会员人群" }).click();
    await page.getByLabel("人群名称").fill(`高消费会员 ${tag}`);
    await page.getByLabel("累计消费至少（元）").fill("100");
    await page.getByRole("button", { name: "保存人群" }).click();
    await page.getByRole("cell", { name: `高消费会员 ${tag}` }).waitFor();

    await page.getByRole("link", { name: "优惠券" }).click();
    await page.getByLabel("券名称").fill(`满100减10 ${tag}`);
    await page.getByLabel("面额（元）").fill("10");
    await page.getByLabel("使用门槛（元）").fill("100");
    await page.getByRole("button", { name: "创建模板" }).click();
    await page.getByText(`优惠券“满100减10 ${tag}”已创建`).waitFor();
    const row = page.getByRole("row").filter({ hasText: `满100减10 ${tag}` });
    await row.getByRole("button", { name: "发放给人群" }).click();
    const dialog = page.getByRole("dialog");
    await dialog.getByLabel("选择人群").selectOption({ label: `高消费会员 ${tag}` });
    await dialog.getByRole("button", { name: "确认发放" }).click();
    await dialog.getByText(/已向 \d+ 位会员中的 \d+ 位发放/).waitFor();
    await dialog.getByRole("button", { name: "关闭" }).click();
    const template = await h.env.db.couponTemplate.findFirstOrThrow({ where: { name: `满100减10 ${tag}` } });
    ids.coupon = template.id;
    expect(await h.env.db.coupon.count({ where: { templateId: template.id } })).toBeGreaterThan(0);
    await row.filter({ hasText: /已发 [1-9]/ }).waitFor();
    await page.evaluate(() => window.scrollTo(0, 0));
    await h.screenshot(page, "admin-coupons", { fullPage: true });
    await page.context().close();
  });

  it("receives stock into the shop", async () => {
    await open(h, manager, "/inventory/receive");
    await manager.getByLabel("收货库位").selectOption({ label: storeNames.sh });
    await manager.getByLabel("送货单号").fill(`DN-${tag}`);
    await pickVariant(manager, productName, /规格/);
    await manager.getByLabel("黑 M 的数量").fill("20");
    await manager.getByLabel("进价（元）").fill("80");
    await manager.getByRole("button", { name: "确认收货" }).click();
    await manager.getByText(`已收货 20 件到 ${storeNames.sh}`).waitFor();
    const level = await h.env.db.stockLevel.findUniqueOrThrow({
      where: { variantId_locationId: { variantId: ids.variantM, locationId: h.env.demo.storeIds.shanghai } },
    });
    expect(level.onHand).toBe(20);
    await open(h, manager, "/inventory");
    await manager.getByRole("searchbox").first().fill(productName);
    await manager
      .getByRole("cell", { name: new RegExp(productName) })
      .first()
      .waitFor();
    await manager.evaluate(() => window.scrollTo(0, 0));
    await h.screenshot(manager, "admin-inventory");
  });

  it("transfers stock to Beijing, which receives it there", async () => {
    await open(h, manager, "/inventory/transfers/new");
    await manager.getByLabel("调出库位").selectOption({ label: storeNames.sh });
    await manager.getByLabel("调入库位").selectOption({ label: storeNames.bj });
    await pickVariant(manager, productName, /规格/);
    await manager.getByLabel("黑 M 的数量").fill("5");
    await manager.getByRole("button", { name: "提交调拨申请" }).click();
    await manager.waitForURL((url) => /^\/inventory\/transfers\/(?!new$)[^/]+$/.test(url.pathname));
    ids.transfer = manager.url().split("/").at(-1) ?? "";
    await manager.getByRole("button", { name: "发货" }).click();
    await manager.getByRole("dialog").getByRole("button", { name: "确认" }).click();
    await manager.getByText("已发货，货品在途").waitFor();
    await manager.evaluate(() => window.scrollTo(0, 0));
    await h.screenshot(manager, "admin-transfer");

    const bj = await h.newPage();
    await signIn(h, bj, "manager.bj", `/inventory/transfers/${ids.transfer}`);
    await bj.getByRole("button", { name: "收货" }).click();
    await bj.getByRole("dialog").getByRole("button", { name: "确认" }).click();
    await bj.getByText("已收货入库").waitFor();
    await bj.context().close();
    const stock = async (locationId: string) =>
      (await h.env.db.stockLevel.findUniqueOrThrow({ where: { variantId_locationId: { variantId: ids.variantM, locationId } } })).onHand;
    expect(await stock(h.env.demo.storeIds.shanghai)).toBe(15);
    expect(await stock(h.env.demo.storeIds.beijing)).toBe(5);
  });

  it("fulfils an online order to shipped", async () => {
    const [item] = await pickItems(h.env, h.env.demo.storeIds.warehouse, 1);
    const { member, checkout } = await checkedOut(h.env, "13944448888", [{ variantId: item!.variantId, quantity: 1 }]);
    await member.ok(SIMULATE, { p: checkout.payment.id, o: "SUCCEEDED" });
    ids.online = checkout.orderId;

    const clerk = await h.newPage();
    await signIn(h, clerk, "clerk.wh", "/orders");
    await clerk.getByRole("combobox", { name: "渠道" }).selectOption({ label: "线上商城" });
    const order = await h.env.db.order.findUniqueOrThrow({ where: { id: ids.online } });
    await clerk.getByRole("link", { name: order.number }).click();
    await clerk.getByRole("button", { name: "开始拣货" }).click();
    await clerk.getByRole("button", { name: "打包完成" }).click();
    await clerk.getByLabel("运单号").fill(`SF${tag}001`);
    await clerk.getByRole("button", { name: "发货", exact: true }).click();
    await clerk.getByText(`顺丰速运 SF${tag}001`).first().waitFor();
    expect((await h.env.db.order.findUniqueOrThrow({ where: { id: ids.online } })).status).toBe("SHIPPED");
    await clerk.evaluate(() => window.scrollTo(0, 0));
    await h.screenshot(clerk, "admin-order", { fullPage: true });
    await clerk.context().close();
  });

  it("refunds part of a till sale", async () => {
    const storeId = h.env.demo.storeIds.shanghai;
    const register = await h.env.db.register.findFirstOrThrow({ where: { storeId }, orderBy: { code: "asc" } });
    const cashier = await h.env.as("cashier.sh");
    const sale = await cashier.ok(SALE, {
      i: {
        clientSaleId: randomUUID(),
        storeId,
        registerId: register.id,
        lines: [{ variantId: ids.variantM, quantity: 2 }],
        tenders: [{ tender: "CASH", amount: 40000 }],
      },
    });
    expect(sale.createPosSale.__typename).toBe("PosSale");
    ids.sale = sale.createPosSale.orderId;

    await open(h, manager, `/orders/${ids.sale}`);
    await manager.getByLabel(/的退货数量$/).fill("1");
    await manager.getByRole("button", { name: "退款", exact: true }).click();
    await manager.getByRole("dialog").getByRole("button", { name: "确认退款" }).click();
    await manager.getByText(/退货单 .+ 已完成，退款/).waitFor();
    const order = await h.env.db.order.findUniqueOrThrow({ where: { id: ids.sale } });
    expect(order.refundedTotal).toBeGreaterThan(0);
    expect(order.refundedTotal).toBeLessThan(order.total);
    await manager.getByTestId("refunded-total").waitFor();
    await open(h, manager, "/orders");
    await manager.getByRole("link", { name: order.number }).waitFor();
    await manager.evaluate(() => window.scrollTo(0, 0));
    await h.screenshot(manager, "admin-orders");
  });

  it("finds all of it in the audit log", async () => {
    const owner = await h.newPage({ viewport: { width: 1366, height: 900 } });
    await signIn(h, owner, "owner", "/audit");
    const since = new Date(Date.now() - 15 * 60_000);
    const receipt = await h.env.db.auditLog.findFirstOrThrow({
      where: { createdAt: { gte: since }, storeId: h.env.demo.storeIds.shanghai, action: { contains: "receiv" } },
    });
    const entities = [ids.product, ids.override, ids.promotion, ids.coupon, receipt.entityId, ids.transfer, ids.online, ids.sale];
    for (const entityId of entities) {
      expect(entityId).toBeTruthy();
      expect(await h.env.db.auditLog.count({ where: { entityId } })).toBeGreaterThan(0);
      await owner.getByLabel("对象 ID").fill(entityId ?? "");
      await owner
        .getByRole("cell")
        .filter({ hasText: entityId ?? "" })
        .first()
        .waitFor();
    }
    await owner.getByLabel("对象 ID").fill("");
    await owner.getByLabel("操作人").selectOption({ label: "陈静（manager.sh）" });
    await owner
      .getByRole("cell", { name: /Product/ })
      .first()
      .waitFor();
    await owner.evaluate(() => window.scrollTo(0, 0));
    await h.screenshot(owner, "admin-audit");
    expect(h.pageErrors).toEqual([]);
    await owner.context().close();
  });
});
