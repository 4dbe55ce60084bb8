// Settings that take effect in the clients: the owner changes the receipt footer and disables Alipay in the console;
// the till's snapshot then carries the new footer, the server refuses an Alipay till sale and the shop stops offering it.
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type BrowserEnv, startBrowserEnv } from "../harness.ts";
import { open, signIn } from "./admin-helpers.ts";

const FOOTER = "会员日每周三 · 积分双倍";

describe("admin settings", () => {
  let h: BrowserEnv;
  beforeAll(async () => {
    h = await startBrowserEnv({ apps: ["admin"] });
  });
  afterAll(async () => {
    await h?.close();
  });

  it("changes the receipt footer and disables Alipay; the till and the shop follow", async () => {
    const page = await h.newPage({ viewport: { width: 1366, height: 900 } });
    await signIn(h, page, "owner", "/settings/receipt");

    const footer = page.getByLabel("页脚（每行一条，最多 6 行）");
    await footer.waitFor();
    // A line wider than 58 mm paper is caught before saving, with the API's own rule.
    await page.getByLabel("58 mm（每行 32 个字符宽）").check();
    await footer.fill("退".repeat(17));
    await page.getByText("第 1 行占 34 个字符宽，58 mm 纸每行只能打 32 个").waitFor();
    await page.getByLabel("80 mm（每行 48 个字符宽）").check();
    await footer.fill(`7 天无理由退换，凭小票办理\n${FOOTER}`);
    await page.getByTestId("receipt-preview").filter({ hasText: FOOTER }).waitFor();
    await h.screenshot(page, "admin-settings-receipt", { fullPage: true });
    await page.getByRole("button", { name: "保存" }).first().click();
    await page.getByText("小票模板已保存").waitFor();

    await open(h, page, "/settings/payments");
    const till = page.getByRole("group", { name: "收银台付款方式" });
    await till.getByLabel("支付宝").uncheck();
    await page.getByRole("group", { name: "线上商城付款方式" }).getByLabel("支付宝").uncheck();
    expect(await till.getByLabel("现金").isDisabled()).toBe(true);
    await h.screenshot(page, "admin-settings-payments");
    await page.getByRole("button", { name: "保存" }).click();
    const confirm = page.getByRole("dialog").filter({ hasText: "停用 支付宝" });
    await confirm.getByRole("button", { name: "确认" }).click();
    await page.getByText("付款方式已保存").waitFor();
    expect(h.pageErrors).toEqual([]);
    await page.context().close();

    // The till, through the API it syncs from: the new footer and tenders, and an Alipay sale refused.
    const cashier = await h.env.as("cashier.sh");
    const storeId = h.env.demo.storeIds.shanghai;
    const ref = await cashier.ok(`query($s: String!) { posSnapshotReference(storeId: $s) { tillTenders receipt { footerLines } } }`, {
      s: storeId,
    });
    expect(ref.posSnapshotReference).toEqual({
      tillTenders: ["CASH", "CARD", "WECHAT_PAY", "POINTS", "STORE_CREDIT"],
      receipt: { footerLines: ["7 天无理由退换，凭小票办理", FOOTER] },
    });
    const register = await h.env.db.register.findFirstOrThrow({ where: { storeId }, orderBy: { code: "asc" } });
    const level = await h.env.db.stockLevel.findFirstOrThrow({
      where: { locationId: storeId, onHand: { gt: 5 }, variant: { status: "ACTIVE" } },
    });
    const sale = await cashier.ok(`mutation($i: PosSaleInput!) { createPosSale(input: $i) { __typename ... on ErrorResult { code } } }`, {
      i: {
        clientSaleId: randomUUID(),
        storeId,
        registerId: register.id,
        lines: [{ variantId: level.variantId, quantity: 1 }],
        tenders: [{ tender: "ALIPAY", amount: 100, authCode: "281234567890123456" }],
      },
    });
    expect(sale.createPosSale).toEqual({ __typename: "TenderError", code: "TENDER_DISABLED" });
    expect((await h.env.anon.ok(`query { shopSettings { onlineWallets } }`)).shopSettings.onlineWallets).toEqual(["WECHAT_PAY"]);
  });
});
