import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from "type-graphql";
import { authz } from "../../auth/viewer.ts";
import type { Context } from "../../context.ts";
import { Register, SalesChannel, Store, UpdateStoreInput } from "./stores.types.ts";

@Resolver(() => Store)
export class StoresResolver {
  @Query(() => [Store], { description: "Active stores and warehouses. Public: shoppers pick a pickup store from this list." })
  async stores(@Ctx() ctx: Context): Promise<Store[]> {
    const merchantId = ctx.viewer?.merchantId;
    return ctx.db.store.findMany({
      where: { active: true, ...(merchantId ? { merchantId } : {}) },
      orderBy: [{ code: "asc" }],
    }) as Promise<Store[]>;
  }

  @Query(() => Store, { nullable: true })
  async store(@Arg("id", () => ID) id: string, @Ctx() ctx: Context): Promise<Store | null> {
    return ctx.loaders.store.load(id) as Promise<Store | null>;
  }

  @Query(() => [SalesChannel])
  async salesChannels(@Ctx() ctx: Context): Promise<SalesChannel[]> {
    const { staff } = authz.require(ctx.viewer, "store:read");
    return ctx.db.salesChannel.findMany({ where: { merchantId: staff.merchantId }, orderBy: [{ type: "asc" }] });
  }

  @FieldResolver(() => [Register], { description: "Tills of the store (staff only)." })
  async registers(@Root() store: Store, @Ctx() ctx: Context): Promise<Register[]> {
    const { scope } = authz.require(ctx.viewer, "store:read");
    if (!authz.canSeeStore(scope, store.id)) return [];
    return ctx.loaders.registersByStore.load(store.id);
  }

  @Mutation(() => Store, { description: "Changes a store's details. Needs store:write in that store." })
  async updateStore(
    @Arg("id", () => ID) id: string,
    @Arg("input", () => UpdateStoreInput) input: UpdateStoreInput,
    @Ctx() ctx: Context,
  ): Promise<Store> {
    const staff = authz.requireInStore(ctx.viewer, "store:write", id);
    return (await ctx.services.stores.update(staff.merchantId, id, input, ctx.audit)) as Store;
  }
}
