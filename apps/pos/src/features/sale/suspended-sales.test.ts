import { describe, expect, it } from "vitest";
import { EMPTY_DRAFT } from "./sale-draft";
import { suspendDraft, takeSuspended } from "./suspended-sales";

const line = { variantId: "v1", productName: "T恤", variantName: "", sku: "S1", unitPrice: 5900, quantity: 2 };
const draft = { ...EMPTY_DRAFT, lines: [line], approval: { username: "manager.sh", pin: "1234" } };

describe("suspended sales", () => {
  it("parks newest first without the approval PIN, and counts items and list total", () => {
    const list = suspendDraft(suspendDraft([], draft, "a", new Date(0)), draft, "b", new Date(1000));
    expect(list.map((s) => s.id)).toEqual(["b", "a"]);
    expect(list[0]).toMatchObject({ itemCount: 2, listTotal: 11800 });
    expect(list[0]?.draft.approval).toBeNull();
  });

  it("keeps at most 20", () => {
    let list = suspendDraft([], draft, "0", new Date());
    for (let i = 1; i < 25; i++) list = suspendDraft(list, draft, String(i), new Date());
    expect(list).toHaveLength(20);
    expect(list[0]?.id).toBe("24");
  });

  it("takes one out by id", () => {
    const list = suspendDraft(suspendDraft([], draft, "a", new Date()), draft, "b", new Date());
    const { sale, rest } = takeSuspended(list, "a");
    expect(sale?.id).toBe("a");
    expect(rest.map((s) => s.id)).toEqual(["b"]);
    expect(takeSuspended(list, "x").sale).toBeNull();
  });
});
