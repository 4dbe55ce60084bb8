import { closeTransfer, inTransit } from "@o2o/domain";
import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from "type-graphql";
import { authz, type StaffViewer } from "../../auth/viewer.ts";
import type { Context } from "../../context.ts";
import { forbidden, notFound } from "../../errors/api-errors.ts";
import type { Permission } from "../../auth/permissions.ts";
import { PageArgs } from "../../graphql/pagination.ts";
import { Variant } from "../catalog/catalog.types.ts";
import { Store } from "../stores/stores.types.ts";
import { domainLine } from "./transfer-claims.ts";
import type { TransferOutcome, TransferWithLines } from "./transfers.service.ts";
import {
  ReceiveTransferInput,
  RequestTransferInput,
  ShipTransferInput,
  ShipTransferResult,
  StockShortage,
  Transfer,
  TransferConnection,
  TransferError,
  TransferFilter,
  TransferLine,
  TransferResult,
  TransferStockError,
} from "./transfers.types.ts";

/** The GraphQL view of a transfer: in transit until closed, then what never arrived is lost. */
export function toTransfer(row: TransferWithLines): Transfer {
  const closed = row.status === "RECEIVED";
  const lines = row.lines.map((l) =>
    Object.assign(new TransferLine(), {
      id: l.id,
      variantId: l.variantId,
      requested: l.quantityRequested,
      shipped: l.quantityShipped,
      received: l.quantityReceived,
      inTransit: closed || row.status === "CANCELLED" ? 0 : inTransit(domainLine(l)),
      lost: closed ? closeTransfer(domainLine(l)).lost : 0,
    }),
  );
  return Object.assign(new Transfer(), { ...row, lines });
}

function toResult(ctx: Context, outcome: TransferOutcome): Transfer | TransferError | TransferStockError {
  if (outcome.ok) return toTransfer(outcome.transfer);
  ctx.audit.written = true; // rolled back: nothing changed, so no generic audit row either
  if (outcome.kind === "STOCK") {
    const shortages = outcome.shortages.map((s) => Object.assign(new StockShortage(), s));
    return Object.assign(new TransferStockError(), { code: outcome.code, message: outcome.message, shortages });
  }
  const { code, message, status, variantId } = outcome;
  return Object.assign(new TransferError(), { code, message, transferStatus: status, variantId });
}

/** Staff with `permission` in the source or the destination. */
function requireAtEitherEnd(ctx: Context, permission: Permission, from: string, to: string): StaffViewer {
  const { staff, scope } = authz.require(ctx.viewer, permission);
  if (!authz.canSeeStore(scope, from) && !authz.canSeeStore(scope, to)) {
    throw forbidden(`Missing permission ${permission} in either location of the transfer.`);
  }
  return staff;
}

async function loadTransfer(ctx: Context, id: string): Promise<TransferWithLines> {
  const staff = authz.requireStaff(ctx.viewer);
  const transfer = await ctx.services.transfers.get(staff.merchantId, id);
  if (!transfer) throw notFound("Transfer", id);
  return transfer;
}

@Resolver(() => Transfer)
export class TransferResolver {
  @Query(() => TransferConnection, {
    description:
      "Transfers, newest first (stock:read in the source or the destination). Without a location: every location the viewer may read.",
  })
  async transfers(
    @Arg("filter", () => TransferFilter, { nullable: true }) filter: TransferFilter | null,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: Context,
  ): Promise<TransferConnection> {
    const { staff, scope } = filter?.locationId
      ? { staff: authz.requireInStore(ctx.viewer, "stock:read", filter.locationId), scope: "ALL" as const }
      : authz.require(ctx.viewer, "stock:read");
    const found = await ctx.services.transfers.list(staff.merchantId, scope, filter, page);
    const edges = found.edges.map((e) => ({ cursor: e.cursor, node: toTransfer(e.node) }));
    return { ...found, edges } as unknown as TransferConnection;
  }

  @Query(() => Transfer, {
    nullable: true,
    description: "One transfer; null unless the viewer holds stock:read in its source or destination.",
  })
  async transfer(@Arg("id", () => ID) id: string, @Ctx() ctx: Context): Promise<Transfer | null> {
    const { staff, scope } = authz.require(ctx.viewer, "stock:read");
    const row = await ctx.services.transfers.get(staff.merchantId, id);
    if (!row || (!authz.canSeeStore(scope, row.fromLocationId) && !authz.canSeeStore(scope, row.toLocationId))) return null;
    return toTransfer(row);
  }

  @Mutation(() => Transfer, {
    description: "Asks for stock to move (transfer:write in either location: a store asking the warehouse, or the warehouse pushing).",
  })
  async requestTransfer(@Arg("input", () => RequestTransferInput) input: RequestTransferInput, @Ctx() ctx: Context): Promise<Transfer> {
    const staff = requireAtEitherEnd(ctx, "transfer:write", input.fromLocationId, input.toLocationId);
    return toTransfer(await ctx.services.transfers.request(staff, input, ctx.audit));
  }

  @Mutation(() => ShipTransferResult, { description: "Ships a requested transfer (transfer:write in the source). All lines or none." })
  async shipTransfer(
    @Arg("input", () => ShipTransferInput) input: ShipTransferInput,
    @Ctx() ctx: Context,
  ): Promise<typeof ShipTransferResult> {
    const transfer = await loadTransfer(ctx, input.transferId);
    const staff = authz.requireInStore(ctx.viewer, "transfer:write", transfer.fromLocationId);
    return toResult(ctx, await ctx.services.transfers.ship(staff, input, ctx.audit));
  }

  @Mutation(() => TransferResult, {
    description: "Receives what arrived (transfer:write in the destination); short receipts stay in transit until received or closed.",
  })
  async receiveTransfer(
    @Arg("input", () => ReceiveTransferInput) input: ReceiveTransferInput,
    @Ctx() ctx: Context,
  ): Promise<typeof TransferResult> {
    const transfer = await loadTransfer(ctx, input.transferId);
    const staff = authz.requireInStore(ctx.viewer, "transfer:write", transfer.toLocationId);
    return toResult(ctx, await ctx.services.transfers.receive(staff, input, ctx.audit)) as typeof TransferResult;
  }

  @Mutation(() => TransferResult, {
    description: "Closes a shipped transfer (transfer:write in the destination), writing off what is still in transit as lost.",
  })
  async closeTransfer(@Arg("transferId", () => ID) transferId: string, @Ctx() ctx: Context): Promise<typeof TransferResult> {
    const transfer = await loadTransfer(ctx, transferId);
    const staff = authz.requireInStore(ctx.viewer, "transfer:write", transfer.toLocationId);
    return toResult(ctx, await ctx.services.transfers.close(staff, transferId, ctx.audit)) as typeof TransferResult;
  }

  @Mutation(() => TransferResult, { description: "Cancels a transfer that has not shipped (transfer:write in either location)." })
  async cancelTransfer(@Arg("transferId", () => ID) transferId: string, @Ctx() ctx: Context): Promise<typeof TransferResult> {
    const transfer = await loadTransfer(ctx, transferId);
    const staff = requireAtEitherEnd(ctx, "transfer:write", transfer.fromLocationId, transfer.toLocationId);
    return toResult(ctx, await ctx.services.transfers.cancel(staff, transferId, ctx.audit)) as typeof TransferResult;
  }

  @FieldResolver(() => Store)
  async from(@Root() transfer: Transfer, @Ctx() ctx: Context): Promise<Store> {
    return (await ctx.loaders.store.load(transfer.fromLocationId)) as Store;
  }

  @FieldResolver(() => Store)
  async to(@Root() transfer: Transfer, @Ctx() ctx: Context): Promise<Store> {
    return (await ctx.loaders.store.load(transfer.toLocationId)) as Store;
  }
}

@Resolver(() => TransferLine)
export class TransferLineResolver {
  @FieldResolver(() => Variant)
  async variant(@Root() line: TransferLine, @Ctx() ctx: Context): Promise<Variant> {
    return (await ctx.loaders.variant.load(line.variantId)) as Variant;
  }
}

@Resolver(() => StockShortage)
export class StockShortageResolver {
  @FieldResolver(() => Variant)
  async variant(@Root() shortage: StockShortage, @Ctx() ctx: Context): Promise<Variant> {
    return (await ctx.loaders.variant.load(shortage.variantId)) as Variant;
  }
}
