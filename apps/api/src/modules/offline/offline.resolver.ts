import { Arg, Ctx, Mutation, Query, Resolver } from "type-graphql";
import { authz } from "../../auth/viewer.ts";
import type { Context } from "../../context.ts";
import { toSaleError } from "../checkout/sale-errors.ts";
import { OfflineSyncService } from "./offline-sync.service.ts";
import {
  OfflineSaleInput,
  OfflineSaleSynced,
  PosSnapshotArgs,
  PosSnapshotPage,
  PosSnapshotReference,
  SyncOfflineSaleResult,
} from "./offline.types.ts";
import { PosSnapshotService } from "./pos-snapshot.service.ts";

@Resolver()
export class OfflineResolver {
  @Mutation(() => SyncOfflineSaleResult, {
    description:
      "Delivers a sale the till made offline (sale:create in the store). Exactly once by sale.clientSaleId; differences from the server's pricing and stock are recorded as SYNC_CONFLICT exceptions, never dropped.",
  })
  async syncOfflineSale(
    @Arg("input", () => OfflineSaleInput) input: OfflineSaleInput,
    @Ctx() ctx: Context,
  ): Promise<typeof SyncOfflineSaleResult> {
    const staff = authz.requireInStore(ctx.viewer, "sale:create", input.sale.storeId);
    const service = new OfflineSyncService(ctx.db, ctx.services.posSales);
    const outcome = await service.deliver(
      staff,
      { ...input.sale, couponCodes: input.sale.couponCodes ?? [], offline: { soldAt: input.soldAt, expectedTotal: input.expectedTotal } },
      ctx.audit,
    );
    if (!outcome.ok) {
      ctx.audit.written = true; // the refusal is in the exception log
      return toSaleError(outcome);
    }
    return Object.assign(new OfflineSaleSynced(), outcome);
  }

  @Query(() => PosSnapshotPage, {
    description: "A page of the till's offline catalogue with the store's prices (sale:create in the store).",
  })
  async posSnapshotVariants(@Arg("args", () => PosSnapshotArgs) args: PosSnapshotArgs, @Ctx() ctx: Context): Promise<PosSnapshotPage> {
    const staff = authz.requireInStore(ctx.viewer, "sale:create", args.storeId);
    return new PosSnapshotService(ctx.db, ctx.services.pricingReference).variants(staff.merchantId, args.storeId, args);
  }

  @Query(() => PosSnapshotPage, { description: "A page of members for offline lookup at the till (member:read in the store)." })
  async posSnapshotMembers(@Arg("args", () => PosSnapshotArgs) args: PosSnapshotArgs, @Ctx() ctx: Context): Promise<PosSnapshotPage> {
    const staff = authz.requireInStore(ctx.viewer, "member:read", args.storeId);
    return new PosSnapshotService(ctx.db, ctx.services.pricingReference).members(staff.merchantId, args.storeId, args);
  }

  @Query(() => PosSnapshotReference, {
    description: "Settings, categories and active promotions for offline pricing (sale:create in the store).",
  })
  async posSnapshotReference(@Arg("storeId", () => String) storeId: string, @Ctx() ctx: Context): Promise<PosSnapshotReference> {
    const staff = authz.requireInStore(ctx.viewer, "sale:create", storeId);
    return new PosSnapshotService(ctx.db, ctx.services.pricingReference).reference(staff.merchantId, storeId);
  }
}
