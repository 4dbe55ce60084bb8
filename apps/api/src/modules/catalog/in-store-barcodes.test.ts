import { randomUUID } from "node:crypto";
import { isValidEan13 } from "@o2o/domain";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestEnv, type TestEnv } from "../../../test/test-env.ts";

let env: TestEnv;
beforeAll(async () => {
  env = await createTestEnv();
});
afterAll(async () => {
  await env?.close();
});

describe("in-store barcodes", () => {
  it("gives items created without a barcode a unique, valid in-store EAN-13 that the till can scan", async () => {
    const owner = await env.as("owner");
    const sku = () => `GEN-${randomUUID().slice(0, 8)}`;
    const created = await Promise.all(
      [1, 2, 3].map(() =>
        owner.ok(`mutation($i: CreateProductInput!) { createProduct(input: $i) { id variants { name barcodes { code isPrimary } } } }`, {
          i: {
            name: "散装鸡蛋",
            status: "ACTIVE",
            variants: [
              { sku: sku(), name: "500g", basePrice: 1290 },
              { sku: sku(), name: "1kg", basePrice: 2490 },
            ],
          },
        }),
      ),
    );
    const codes = created.flatMap((c) =>
      c.createProduct.variants.flatMap((v: { barcodes: { code: string }[] }) => v.barcodes.map((b) => b.code)),
    );
    expect(codes).toHaveLength(6);
    expect(new Set(codes).size).toBe(6);
    for (const code of codes) {
      expect(code).toMatch(/^29\d{11}$/);
      expect(isValidEan13(code)).toBe(true);
    }
    const big = created[0]?.createProduct.variants.find((v: { name: string }) => v.name === "1kg");
    const found = await owner.ok(`query($c: String!) { variantByBarcode(code: $c) { sku name } }`, { c: big.barcodes[0].code });
    expect(found.variantByBarcode.name).toBe("1kg");
  });
});
