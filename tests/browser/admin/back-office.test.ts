// Back-office screens beyond the daily flow: a member file imported after a preview with row errors, the tier ladder,
// a new staff account given a role in a store, a category with its icon, and a store's details edited.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type BrowserEnv, startBrowserEnv } from "../harness.ts";
import { open, signIn } from "./admin-helpers.ts";

describe("back office", () => {
  let h: BrowserEnv;
  beforeAll(async () => {
    h = await startBrowserEnv({ apps: ["admin"] });
  });
  afterAll(async () => {
    await h?.close();
  });

  it("imports members after a preview that points at the bad row", async () => {
    const page = await h.newPage({ viewport: { width: 1366, height: 900 } });
    await signIn(h, page, "owner", "/members/import");
    const csv = "手机号,姓名\n13977770001,王小明\n12345,坏号码\n13977770002,李小红\n";
    await page.getByLabel("文件").setInputFiles({ name: "members.csv", mimeType: "text/csv", buffer: Buffer.from(csv, "utf8") });
    await page.getByRole("button", { name: "预览" }).click();
    await page.getByText("预览结果（尚未写入）").waitFor();
    await page.getByRole("cell", { name: "12345" }).waitFor();
    await h.screenshot(page, "admin-member-import");
    await page.getByRole("button", { name: "跳过错误行并导入" }).click();
    await page.getByText("导入完成").waitFor();
    expect(await h.env.db.member.count({ where: { phone: { in: ["13977770001", "13977770002"] } } })).toBe(2);

    await open(h, page, "/members/tiers");
    await page.getByRole("columnheader", { name: "积分倍率" }).waitFor();
    await page.getByRole("button", { name: "立即重新评估全部会员" }).click();
    await page.getByRole("dialog").getByRole("button", { name: "确认" }).click();
    await page.getByText(/已评估 \d+ 位会员/).waitFor();
    await page.context().close();
  });

  it("creates a staff account and gives it a role in one store", async () => {
    const page = await h.newPage({ viewport: { width: 1366, height: 900 } });
    await signIn(h, page, "owner", "/staff");
    await page.getByLabel("用户名").fill("cashier.sh2");
    await page.getByLabel("姓名").fill("周敏");
    await page.getByLabel("初始密码（至少 8 位）").fill("demo12345");
    await page.getByRole("button", { name: "创建账号" }).click();
    await page.getByText("已创建员工 周敏").waitFor();
    const row = page.getByRole("row").filter({ hasText: "cashier.sh2" });
    await row.getByLabel("周敏 的新角色").selectOption({ label: "收银员 Cashier" });
    const sh = await h.env.db.store.findUniqueOrThrow({ where: { id: h.env.demo.storeIds.shanghai } });
    await row.getByLabel("门店").selectOption({ label: sh.name });
    await row.getByRole("button", { name: "分配" }).click();
    await row.locator(".chip").filter({ hasText: "收银员 Cashier" }).waitFor();
    const user = await h.env.db.staffUser.findFirstOrThrow({ where: { username: "cashier.sh2" }, include: { assignments: true } });
    expect(user.assignments).toEqual([expect.objectContaining({ storeId: sh.id })]);
    await h.screenshot(page, "admin-staff");
    await page.context().close();
  });

  it("adds a category with an icon and edits a store's phone", async () => {
    const page = await h.newPage({ viewport: { width: 1366, height: 900 } });
    await signIn(h, page, "owner", "/catalog/categories");
    await page.getByLabel("分类名称").fill("玩具");
    await page.getByRole("button", { name: "🧸" }).click();
    await page.getByRole("button", { name: "添加分类" }).click();
    await page.getByText("已添加分类“玩具”").waitFor();
    expect(await h.env.db.category.findFirst({ where: { name: "玩具" } })).toMatchObject({ icon: "🧸", parentId: null });
    await h.screenshot(page, "admin-categories");

    await open(h, page, "/settings");
    const sh = await h.env.db.store.findUniqueOrThrow({ where: { id: h.env.demo.storeIds.shanghai } });
    await page.getByRole("row").filter({ hasText: sh.code }).getByRole("button", { name: "编辑" }).click();
    const dialog = page.getByRole("dialog").filter({ hasText: "编辑" });
    await dialog.getByLabel("电话").fill("021-60000001");
    await dialog.getByRole("button", { name: "保存" }).click();
    await page.getByRole("row").filter({ hasText: "021-60000001" }).waitFor();
    expect((await h.env.db.store.findUniqueOrThrow({ where: { id: sh.id } })).phone).toBe("021-60000001");
    expect(h.pageErrors).toEqual([]);
    await page.context().close();
  });
});
