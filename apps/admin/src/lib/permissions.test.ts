import type { Me } from "@o2o/client";
import { describe, expect, it } from "vitest";
import { canInStore, canMerchantWide, canUseConsole } from "./permissions";

const grant = (permission: string, storeIds: string[] = []) => ({ permission, allStores: storeIds.length === 0, storeIds });
const me = (...permissions: ReturnType<typeof grant>[]): Me => ({ kind: "STAFF", id: "s1", displayName: "x", permissions });

describe("console access", () => {
  it("keeps till-only accounts out and lets back-office roles in", () => {
    const cashier = me(
      grant("catalog:read", ["sh"]),
      grant("sale:create", ["sh"]),
      grant("refund:create", ["sh"]),
      grant("member:write", ["sh"]),
    );
    expect(canUseConsole(cashier)).toBe(false);
    expect(canUseConsole(me(grant("stock:write", ["wh"])))).toBe(true);
    expect(canUseConsole(me(grant("marketing:read")))).toBe(true);
  });

  it("scopes a grant to its stores", () => {
    const manager = me(grant("price:write", ["sh"]));
    expect(canInStore(manager, "price:write", "sh")).toBe(true);
    expect(canInStore(manager, "price:write", "bj")).toBe(false);
    expect(canMerchantWide(manager, "price:write")).toBe(false);
    expect(canMerchantWide(me(grant("price:write")), "price:write")).toBe(true);
  });
});
