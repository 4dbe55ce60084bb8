import {
  Arg,
  Ctx,
  FieldResolver,
  ID,
  Resolver,
  Root,
  Subscription,
  type SubscribeResolverData,
  type SubscriptionHandlerData,
} from "type-graphql";
import type { Context } from "../../context.ts";
import { badInput } from "../../errors/api-errors.ts";
import { ChannelType, type PriceScope } from "../../generated/prisma/enums.ts";
import { type PriceChangedPayload, Topic } from "../../outbox/topics.ts";
import { PriceChangeEvent } from "./pricing.types.ts";

type PriceChangedArgs = { variantIds?: string[] | null; storeId?: string | null };

const MAX_WATCHED_VARIANTS = 500;

/** Live prices. Public: the storefront shows guests live prices. */
@Resolver(() => PriceChangeEvent)
export class PriceSubscriptionResolver {
  @Subscription(() => PriceChangeEvent, {
    description:
      "Committed price changes of the viewer's merchant, optionally of some variants and as seen in one store (changes for every store included). Public.",
    topics: ({ args }: SubscribeResolverData<unknown, PriceChangedArgs, Context>) => {
      if ((args.variantIds?.length ?? 0) > MAX_WATCHED_VARIANTS) {
        throw badInput(`Follow at most ${MAX_WATCHED_VARIANTS} variants.`, [{ field: "variantIds", message: "too many" }]);
      }
      return Topic.PRICE_CHANGED;
    },
    filter: ({ payload, args, context }: SubscriptionHandlerData<PriceChangedPayload, PriceChangedArgs, Context>) =>
      (!context.viewer || context.viewer.merchantId === payload.merchantId) &&
      (!args.variantIds?.length || args.variantIds.includes(payload.variantId)) &&
      (!args.storeId || payload.storeId === null || payload.storeId === args.storeId),
  })
  priceChanged(
    @Root() payload: PriceChangedPayload,
    @Arg("variantIds", () => [ID], { nullable: true }) _variantIds: string[] | null,
    @Arg("storeId", () => ID, { nullable: true }) _storeId: string | null,
  ): PriceChangeEvent {
    return {
      variantId: payload.variantId,
      productId: payload.productId,
      scope: payload.scope as PriceScope,
      storeId: payload.storeId,
      channelId: payload.channelId,
      price: payload.price,
      at: new Date(payload.at),
    };
  }

  @FieldResolver(() => ChannelType, { nullable: true, description: "The channel of a CHANNEL or STORE_CHANNEL price." })
  async channel(@Root() event: PriceChangeEvent, @Ctx() ctx: Context): Promise<ChannelType | null> {
    return event.channelId ? ((await ctx.loaders.salesChannel.load(event.channelId))?.type ?? null) : null;
  }
}
