import { describe, expect, it } from "vitest";
import { addressInput, EMPTY_ADDRESS, storesWithStock, validateAddress } from "./delivery-address";

describe("delivery address", () => {
  const ok = {
    recipient: "张三",
    phone: "138 0000 9999",
    province: "上海市",
    city: "上海市",
    district: "黄浦区",
    line: "南京东路1号",
    postalCode: "",
  };
  it("accepts a full address and drops an empty postal code", () => {
    expect(validateAddress(ok)).toEqual({});
    expect(addressInput(ok)).not.toHaveProperty("postalCode");
  });
  it("names every problem", () => {
    expect(validateAddress(EMPTY_ADDRESS)).toMatchObject({ recipient: "required", phone: "required", line: "required" });
    expect(validateAddress({ ...ok, phone: "12345", postalCode: "20001" })).toEqual({ phone: "phone", postalCode: "postalCode" });
  });
});

describe("storesWithStock", () => {
  it("keeps stores that cover every line", () => {
    const lines = [
      { variantId: "a", quantity: 2 },
      { variantId: "b", quantity: 1 },
    ];
    const stock = [
      { storeId: "SH", variantId: "a", available: 2 },
      { storeId: "SH", variantId: "b", available: 5 },
      { storeId: "BJ", variantId: "a", available: 1 },
      { storeId: "BJ", variantId: "b", available: 5 },
    ];
    expect([...storesWithStock(lines, stock)]).toEqual(["SH"]);
  });
});
