// The ticket inbox: a member's ticket shows up for the store's manager, whose reply reaches the member live.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type BrowserEnv, startBrowserEnv } from "../harness.ts";
import { signIn } from "./admin-helpers.ts";

describe("ticket inbox", () => {
  let h: BrowserEnv;
  beforeAll(async () => {
    h = await startBrowserEnv({ apps: ["admin"] });
  });
  afterAll(async () => {
    await h?.close();
  });

  it("a manager replies to a member's ticket and the member receives it live", async () => {
    const member = await h.env.asMember("13800000002");
    const created = await member.ok(`mutation($i: CreateTicketInput!) { createTicket(input: $i) { id } }`, {
      i: {
        subject: "外套尺码偏小，可以换大一码吗？",
        body: "上周在南京路店买的外套，穿着有点紧。",
        category: "RETURN_REFUND",
        storeId: h.env.demo.storeIds.shanghai,
      },
    });
    const ticketId = created.createTicket.id as string;
    const feed = member.subscribe(`subscription($t: ID!) { ticketMessages(ticketId: $t) { id author body } }`, { t: ticketId });

    const page = await h.newPage({ viewport: { width: 1366, height: 900 } });
    await signIn(h, page, "manager.sh", "/members/tickets");
    await page.getByRole("button", { name: /外套尺码偏小/ }).click();
    await page.getByRole("list", { name: "对话" }).getByText("穿着有点紧").waitFor();
    await page.getByLabel("回复会员").fill("您好，带上小票到店即可免费换大一码。");
    await page.getByRole("button", { name: "发送回复" }).click();
    await page.getByRole("list", { name: "对话" }).getByText("免费换大一码").waitFor();

    await feed.next();
    expect(feed.errors).toEqual([]);
    expect(feed.events.map((e) => e.ticketMessages)).toContainEqual(
      expect.objectContaining({ author: "STAFF", body: "您好，带上小票到店即可免费换大一码。" }),
    );
    await feed.close();
    await page.evaluate(() => window.scrollTo(0, 0));
    await h.screenshot(page, "admin-tickets");
    expect(h.pageErrors).toEqual([]);
    await page.context().close();
  });
});
