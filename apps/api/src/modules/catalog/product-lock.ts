import type { Tx } from "../../db/client.ts";
import { notFound } from "../../errors/api-errors.ts";

/** Reads the product under a row lock, so concurrent edits apply one after the other and audit rows chain. */
export async function lockProduct(tx: Tx, merchantId: string, id: string) {
  await tx.$queryRaw`SELECT id FROM "Product" WHERE id = ${id} AND "merchantId" = ${merchantId} FOR UPDATE`;
  const product = await tx.product.findFirst({ where: { id, merchantId } });
  if (!product) throw notFound("Product", id);
  return product;
}
