import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from "type-graphql";
import { authz } from "../../auth/viewer.ts";
import type { Context } from "../../context.ts";
import { Variant } from "../catalog/catalog.types.ts";
import { Store } from "../stores/stores.types.ts";
import { StockLevel } from "./inventory.types.ts";
import { GoodsReceipt, GoodsReceiptLine, ReceiveGoodsInput, SetLowStockThresholdInput } from "./receiving.types.ts";

@Resolver(() => GoodsReceipt)
export class GoodsReceiptResolver {
  @Mutation(() => GoodsReceipt, {
    description: "Receives a supplier delivery into a location (stock:write there): RECEIPT movements, once per receiptId.",
  })
  async receiveGoods(@Arg("input", () => ReceiveGoodsInput) input: ReceiveGoodsInput, @Ctx() ctx: Context): Promise<GoodsReceipt> {
    const staff = authz.requireInStore(ctx.viewer, "stock:write", input.locationId);
    const receipt = await ctx.services.receiving.receive(staff, input, ctx.audit);
    if (receipt.replayed) ctx.audit.written = true; // nothing changed this time
    return Object.assign(new GoodsReceipt(), { ...receipt, receivedAt: new Date(receipt.receivedAt) });
  }

  @Mutation(() => StockLevel, {
    description: "Sets or clears a level's low-stock threshold (stock:write in the location); alerts at once when already low.",
  })
  async setLowStockThreshold(
    @Arg("input", () => SetLowStockThresholdInput) input: SetLowStockThresholdInput,
    @Ctx() ctx: Context,
  ): Promise<StockLevel> {
    const staff = authz.requireInStore(ctx.viewer, "stock:write", input.locationId);
    return Object.assign(new StockLevel(), await ctx.services.receiving.setThreshold(staff, input, ctx.audit));
  }

  @FieldResolver(() => Store)
  async location(@Root() receipt: GoodsReceipt, @Ctx() ctx: Context): Promise<Store> {
    return (await ctx.loaders.store.load(receipt.locationId)) as Store;
  }
}

@Resolver(() => GoodsReceiptLine)
export class GoodsReceiptLineResolver {
  @FieldResolver(() => Variant)
  async variant(@Root() line: GoodsReceiptLine, @Ctx() ctx: Context): Promise<Variant> {
    return (await ctx.loaders.variant.load(line.variantId)) as Variant;
  }
}
